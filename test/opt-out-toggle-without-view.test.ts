// The toggle's class as `consent-elements` exports it does not import its view: the entry that
// registers the tag hands it over (npm `define`: the module; CDN entry: a loader of its chunk). A
// page that registers the class by itself, without either, must hear why the toggle stays empty.
// This file imports no define module (each browser test file runs in a page of its own).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ConsentOptOutToggle } from '../src/index.js';
import type { ConsentErrorEvent } from '../src/events/consent-error.js';
import * as view from '../src/components/opt-out-toggle/opt-out-toggle-view.js';
import { useOptOutToggleView } from '../src/components/opt-out-toggle/view-source.js';
import { part, resetConsent } from './consent-test-helpers.js';

customElements.define('consent-opt-out-toggle', ConsentOptOutToggle);

let warn: MockInstance<typeof console.warn>;
const errors: ConsentErrorEvent[] = [];
const onError = (event: ConsentErrorEvent) => errors.push(event);

beforeEach(() => {
  resetConsent({ regime: 'opt-out' });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  document.addEventListener('consent-error', onError);
});
afterEach(() => {
  document.removeEventListener('consent-error', onError);
  warn.mockRestore();
  document.body.replaceChildren();
});

async function addToggle(category: string): Promise<ConsentOptOutToggle> {
  const toggle = document.createElement('consent-opt-out-toggle');
  toggle.category = category;
  document.body.append(toggle);
  await toggle.updateComplete;
  return toggle;
}

describe('<consent-opt-out-toggle> registered without its view', () => {
  it('draws nothing and says so once, naming what to import; handed the view later, it draws', async () => {
    const first = await addToggle('analytics');
    const second = await addToggle('marketing');
    // Updates after the first do not repeat the report.
    first.allow = true;
    await first.updateComplete;

    for (const toggle of [first, second]) expect(part(toggle, 'switch')).toBeNull();
    expect(first.shadowRoot?.childElementCount).toBe(0);
    expect(errors.map((event) => event.detail.code)).toEqual(['module-unavailable']);
    const { message } = errors[0].detail;
    expect(message).toContain('<consent-opt-out-toggle> view is missing');
    expect(message).toContain("import 'consent-elements/define'");
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0][0])).toBe(`[consent-elements] ${message}`);

    // The view handed over afterwards (a define module imported later): the next update draws.
    useOptOutToggleView({ module: view, load: () => Promise.resolve(view) });
    first.requestUpdate();
    await first.updateComplete;
    expect(part(first, 'switch')?.getAttribute('role')).toBe('switch');
    expect(part(first, 'label')?.textContent).toContain('Allow analytics cookies');
    expect(errors).toHaveLength(1);
  });
});
