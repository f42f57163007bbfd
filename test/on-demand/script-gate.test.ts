// The CDN entry's gateScripts(): the gate itself loads once the page has gated markup; the clean-up
// after a withdrawal runs at once, without waiting for any download.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gateScripts } from '../../src/on-demand/script-gate.js';
import type { ConsentRevokeEvent } from '../../src/events/consent-revoke.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { clearRuns, freshGateHost, freshStore, ran, resetPage } from '../integrations/helpers.js';

let host: HTMLElement;
let store: ConsentStoreApi;
const disposers: (() => void)[] = [];

const inline = (name: string) =>
  `<script type="text/plain" data-consent-category="analytics">(window.ran ??= []).push(${JSON.stringify(name)});</script>`;
const mount = (html: string) => host.append(document.createRange().createContextualFragment(html));
const gate = () => disposers.push(gateScripts({ store, root: host }));

beforeEach(() => {
  host = freshGateHost();
  store = freshStore({
    categories: [{ id: 'analytics', label: 'Analytics', cookies: ['_ga'] }],
  });
});
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  host.remove();
  clearRuns();
  resetPage();
});

describe('gateScripts from the CDN entry (the gate loaded on demand)', () => {
  it('runs a gated script that is on the page, once its category is granted', async () => {
    mount(inline('present'));
    gate();
    store.setCategory('analytics', true);
    await expect.poll(ran, { timeout: 10_000 }).toEqual(['present']);
  });

  it('runs a gated script added after the call', async () => {
    gate();
    store.setCategory('analytics', true);
    mount(inline('added later'));
    await expect.poll(ran, { timeout: 10_000 }).toEqual(['added later']);
  });

  it('runs nothing for a gate disposed before its code arrived', async () => {
    mount(inline('disposed'));
    gate();
    disposers.splice(0).forEach((dispose) => dispose());
    // A second gate on another root: once its script ran, the gate code had arrived for both.
    const other = document.createElement('div');
    document.body.append(other);
    other.append(document.createRange().createContextualFragment(inline('witness')));
    disposers.push(gateScripts({ store, root: other }), () => other.remove());
    store.setCategory('analytics', true);
    await expect.poll(ran, { timeout: 10_000 }).toEqual(['witness']);
  });

  it('clears the cookies of a withdrawn category and says so before the change returns, gated markup or not', () => {
    const events: ConsentRevokeEvent[] = [];
    const listen = (event: ConsentRevokeEvent) => events.push(event);
    document.addEventListener('consent-revoke', listen);
    try {
      gate();
      store.setCategory('analytics', true);
      document.cookie = '_ga=GA1.1; Path=/';
      store.setCategory('analytics', false);
      expect(document.cookie).not.toContain('_ga=');
      expect(events.map((event) => event.detail)).toEqual([
        { categories: ['analytics'], services: [], removedCookies: ['_ga'] },
      ]);
    } finally {
      document.removeEventListener('consent-revoke', listen);
    }
  });

  it('throws at once for a root outside a document, as the gate does', () => {
    const detached = document.implementation.createHTMLDocument('').createDocumentFragment();
    Object.defineProperty(detached, 'ownerDocument', { value: null });
    expect(() => gateScripts({ store, root: detached })).toThrow(TypeError);
  });
});
