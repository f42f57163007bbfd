// With the elements defined, config validation also checks what visitors will read: a category
// without a label, a locale whose copy is not on the page, a copy key no element reads. Each is printed once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/define.js';
import type { ConsentErrorEvent } from '../src/events/consent-error.js';
import { configureConsent, getConsentStore } from '../src/store/index.js';
import { resetConsent } from './consent-test-helpers.js';

afterEach(() => {
  resetConsent();
  vi.restoreAllMocks();
});

describe('config warnings registered by the elements', () => {
  it('names an unknown locale, an unknown copy key and a category without a label, once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    resetConsent({
      locale: 'pt-BR',
      copy: { 'notice.titel': 'Cookies' },
      categories: [{ id: 'stats' } as { id: string; label: string }],
    });
    const errors: string[] = [];
    getConsentStore().addEventListener('consent-error', (event) =>
      errors.push((event as ConsentErrorEvent).detail.key ?? ''),
    );
    void getConsentStore().state;
    configureConsent({ locale: 'pt-BR', copy: { 'notice.titel': 'Cookies' } });
    // Every resolution reports them (the second without the category); the console shows each once.
    await expect
      .poll(() => errors)
      .toEqual([
        'categories[0].label',
        'locale',
        'copy.notice.titel',
        'locale',
        'copy.notice.titel',
      ]);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      "[consent-elements] categories[0] ('stats') has no label: visitors will read its id",
      "[consent-elements] locale: 'pt-BR' has no copy on this page (en): English is shown until its language is registered (import 'consent-elements/locales/<lang>', or registerLocale)",
      "[consent-elements] copy: 'notice.titel' is not a copy key; did you mean 'notice.title'?",
    ]);
  });
});
