// The CDN entry's connectGoogleConsentMode(): the defaults go out before the call returns, the
// `update`s come with a chunk loaded on the first call, and a choice made while it loads is not lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentStoreApi } from '../../src/store/types.js';
import {
  ALL_DENIED,
  clearDataLayer,
  consentCalls,
  layer,
} from '../integrations/consent-mode-helpers.js';
import { freshStore, resetPage } from '../integrations/helpers.js';

type Connect = typeof import('../../src/on-demand/google-consent-mode.js').connectGoogleConsentMode;
/** A copy of the module nobody has connected with yet: its update chunk has not arrived. */
let copies = 0;
async function freshConnect(): Promise<Connect> {
  const path = `../../src/on-demand/google-consent-mode.ts?copy=${++copies}`;
  return ((await import(/* @vite-ignore */ path)) as { connectGoogleConsentMode: Connect })
    .connectGoogleConsentMode;
}

const actions = () => layer().map(([command, action]) => `${String(command)} ${String(action)}`);
const updates = () => consentCalls('update');

let store: ConsentStoreApi;
let connect: Connect;
let dispose: (() => void) | undefined;

beforeEach(async () => {
  resetPage();
  clearDataLayer();
  store = freshStore({
    categories: [
      { id: 'analytics', label: 'Analytics' },
      { id: 'marketing', label: 'Marketing' },
    ],
  });
  connect = await freshConnect();
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  clearDataLayer();
  resetPage();
});

describe('connectGoogleConsentMode from the CDN entry (updates loaded on demand)', () => {
  it('has the default, the region defaults and the sets in the data layer when the call returns', () => {
    dispose = connect({ store, regions: { 'US-CA': 'granted' }, adsDataRedaction: true });
    expect(layer()).toEqual([
      ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ['consent', 'default', expect.objectContaining({ ad_storage: 'granted', region: ['US-CA'] })],
      ['set', 'ads_data_redaction', true],
    ]);
  });

  it('grants nothing before the chunk has arrived, then pushes the decision already on record', async () => {
    store.acceptAll();
    dispose = connect({ store });
    expect(actions()).toEqual(['consent default']);
    await expect.poll(updates, { timeout: 10_000 }).toHaveLength(1);
    expect(updates()[0][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted' });
  });

  it('pushes a choice made while the chunk loads once it has arrived, then every later change', async () => {
    dispose = connect({ store });
    store.setCategories({ analytics: true, marketing: false });
    await expect.poll(updates, { timeout: 10_000 }).toHaveLength(1);
    expect(updates()[0][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    store.setCategory('analytics', false);
    expect(updates()).toHaveLength(2);
    expect(updates()[1][2]).toMatchObject({ analytics_storage: 'denied' });
    expect(actions()).toEqual(['consent default', 'consent update', 'consent update']);
  });

  it('pushes the withdrawal, not the grant, when consent is given and withdrawn while the chunk loads', async () => {
    dispose = connect({ store });
    store.acceptAll();
    store.rejectAll();
    await expect.poll(updates, { timeout: 10_000 }).toHaveLength(1);
    expect(updates()[0][2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
  });

  it('mount → unmount → mount before the chunk has arrived: one default, one update per change', async () => {
    connect({ store })();
    dispose = connect({ store });
    store.rejectAll();
    await expect.poll(updates, { timeout: 10_000 }).toHaveLength(1);
    store.setCategory('analytics', true);
    expect(actions()).toEqual(['consent default', 'consent update', 'consent update']);
  });

  it('pushes nothing when disposed before the chunk has arrived', async () => {
    connect({ store })();
    store.acceptAll();
    // The chunk has arrived for every importer once this import has resolved and a task has run
    // (the connection's callbacks are microtasks queued when the module arrives).
    await import('../../src/integrations/google-consent-updates.js');
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.setCategory('analytics', false);
    expect(actions()).toEqual(['consent default']);
  });
});
