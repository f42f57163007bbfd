// Languages loaded on demand (as the CDN entry configures it): elements hold their first render
// until the language is there, and fall back to English when it cannot be loaded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/define.js';
import { en, registerLocale } from '../src/copy/index.js';
import { localeLoader } from '../src/copy/locale-loader.js';
import de from '../src/copy/locales/de.js';
import { pageRegistry } from '../src/core/registry.js';
import type { ConsentCookieNotice } from '../src/index.js';
import type { ConsentErrorEvent } from '../src/store/index.js';
import { part, resetConsent, text } from './consent-test-helpers.js';

const forgetLanguages = () => pageRegistry().locales?.clear();

/** A language module load the test finishes (or fails) itself. */
function pendingLoads() {
  const requested: string[] = [];
  let finish!: (outcome: 'register' | 'fail') => void;
  const loaded = new Promise<'register' | 'fail'>((resolve) => (finish = resolve));
  localeLoader.configure(['de', 'fr'], async (lang) => {
    requested.push(lang);
    if ((await loaded) === 'fail')
      throw new TypeError('Failed to fetch dynamically imported module');
    registerLocale(lang, de);
  });
  return { requested, finish };
}

/** Two animation frames: anything Lit would render unheld has been painted by then. */
const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let host: HTMLElement;

/** A notice inside `<div lang=…>`, connected without waiting for its update. */
function noticeIn(lang: string): ConsentCookieNotice {
  host = document.createElement('div');
  host.lang = lang;
  host.innerHTML = '<consent-cookie-notice></consent-cookie-notice>';
  document.body.append(host);
  return host.querySelector('consent-cookie-notice')!;
}

beforeEach(() => {
  forgetLanguages();
  resetConsent();
});

afterEach(() => {
  host?.remove();
  localeLoader.configure([], () => Promise.resolve());
  vi.restoreAllMocks();
});

describe('a language loaded on demand', () => {
  it('holds the first render until it is there, then paints it, never English first', async () => {
    const loads = pendingLoads();
    const el = noticeIn('de-AT');
    const painted: (string | undefined)[] = [];
    const watch = new MutationObserver(() => painted.push(text(el, 'accept')));
    watch.observe(el.shadowRoot ?? el, { subtree: true, childList: true, characterData: true });
    await twoFrames();
    expect(loads.requested).toEqual(['de']);
    expect(part(el, 'accept')).toBeNull();
    loads.finish('register');
    await el.updateComplete;
    expect(text(el, 'accept')).toBe('Alle akzeptieren');
    watch.disconnect();
    expect(painted).not.toContain(en['notice.accept']);
  });

  it('is loaded for a config locale too, and only once for many elements', async () => {
    const loads = pendingLoads();
    resetConsent({ locale: 'fr' });
    const first = noticeIn('en');
    const toggle = document.createElement('consent-opt-out-toggle');
    host.append(toggle);
    await twoFrames();
    expect(part(first, 'accept')).toBeNull();
    loads.finish('register');
    await first.updateComplete;
    expect(loads.requested).toEqual(['fr']);
    expect(first.locale).toBe('fr');
  });

  it('falls back to English with a warning and a consent-error when it fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: ConsentErrorEvent[] = [];
    document.addEventListener('consent-error', (event) => errors.push(event), { once: true });
    const loads = pendingLoads();
    const el = noticeIn('de');
    loads.finish('fail');
    await vi.waitFor(() => expect(text(el, 'accept')).toBe(en['notice.accept']), {
      timeout: 10_000,
    });
    expect(el.locale).toBe('en');
    expect(errors.map((e) => e.detail.code)).toEqual(['locale-unavailable']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"de" language module'));
  });

  it('renders English pages at once, loading nothing', async () => {
    const loads = pendingLoads();
    const el = noticeIn('en-GB');
    await el.updateComplete;
    expect(text(el, 'accept')).toBe(en['notice.accept']);
    expect(loads.requested).toEqual([]);
  });
});
