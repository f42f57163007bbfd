import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  connectGoogleConsentMode as connectFromIntegrations,
  toGoogleConsent,
  type GoogleConsentMap,
  type GoogleConsentType,
} from '../../src/integrations/index.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { connectGoogleConsentMode as connectFromCdn } from '../../src/on-demand/google-consent-mode.js';
import {
  ALL_DENIED,
  clearDataLayer,
  consentCalls,
  everyType,
  layer,
  win,
} from './consent-mode-helpers.js';
import { freshStore, resetPage } from './helpers.js';

const categories = [
  { id: 'necessary', label: 'Necessary', required: true },
  { id: 'analytics', label: 'Analytics' },
  { id: 'marketing', label: 'Marketing' },
  { id: 'preferences', label: 'Preferences' },
];

let store: ConsentStoreApi;
let dispose: (() => void) | undefined;

beforeEach(() => {
  resetPage();
  clearDataLayer();
  store = freshStore({ categories });
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  clearDataLayer();
  resetPage();
});

/**
 * The same rules hold for both exports. The CDN entry's loads its `update`s as a chunk on the first
 * call (test/on-demand/google-consent-mode.test.ts covers that wait); once it has arrived, it
 * behaves exactly like the integrations' one, synchronously.
 */
const variants = [
  ['', connectFromIntegrations],
  [' (CDN entry, update chunk arrived)', connectFromCdn],
] as const;
beforeAll(whenCdnUpdatesArrived);

/** Connects the CDN variant once, to its own data layer, until its first update shows the chunk is there. */
async function whenCdnUpdatesArrived(): Promise<void> {
  const w = window as unknown as Record<string, unknown[] | undefined>;
  delete win.gtag;
  const warmUp = freshStore({ categories, regime: 'opt-out', respectGpc: false });
  const release = connectFromCdn({ store: warmUp, dataLayerName: 'warmUpLayer' });
  await vi.waitFor(() => expect(w.warmUpLayer).toHaveLength(2), { timeout: 10_000 });
  release();
  delete w.warmUpLayer;
  delete win.gtag;
}

for (const [variant, connectGoogleConsentMode] of variants) {
  describe(`connectGoogleConsentMode${variant}`, () => {
    it('pushes a default with every type denied (security granted) and wait_for_update 500, first', () => {
      dispose = connectGoogleConsentMode({ store });
      expect(layer()).toEqual([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    });

    it('defines the standard gtag stub, which queues Arguments objects on window.dataLayer', () => {
      dispose = connectGoogleConsentMode({ store });
      expect(typeof win.gtag).toBe('function');
      win.gtag!('event', 'page_view');
      const last = win.dataLayer!.at(-1);
      expect(Object.prototype.toString.call(last)).toBe('[object Arguments]');
      expect(Array.from(last as ArrayLike<unknown>)).toEqual(['event', 'page_view']);
    });

    it('keeps an existing dataLayer and gtag (gtag.js already loaded)', () => {
      const earlier = ['gtm.start'];
      const calls: unknown[][] = [];
      win.dataLayer = [earlier];
      win.gtag = (...args: unknown[]) => calls.push(args);
      dispose = connectGoogleConsentMode({ store });
      expect(win.dataLayer).toEqual([earlier]);
      expect(calls).toEqual([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    });

    it('pushes no update while the visitor has not decided (opt-in regime)', () => {
      dispose = connectGoogleConsentMode({ store });
      expect(consentCalls('update')).toEqual([]);
    });

    it('follows the default at once with an update when the visitor already decided', () => {
      store.setCategories({ analytics: true, marketing: false, preferences: true });
      dispose = connectGoogleConsentMode({ store });
      expect(layer()).toEqual([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        [
          'consent',
          'update',
          {
            analytics_storage: 'granted',
            ad_storage: 'denied',
            ad_user_data: 'denied',
            ad_personalization: 'denied',
            functionality_storage: 'granted',
            personalization_storage: 'granted',
          },
        ],
      ]);
    });

    it('pushes exactly one update per change, after the default', () => {
      dispose = connectGoogleConsentMode({ store });
      store.acceptAll();
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('granted')]]);
      store.setCategory('marketing', false);
      const updates = consentCalls('update');
      expect(updates).toHaveLength(2);
      expect(updates[1][2]).toMatchObject({
        analytics_storage: 'granted',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
      });
      const order = layer().map(([, action]) => action);
      expect(order).toEqual(['default', 'update', 'update']);
    });

    it('confirms a refusal with an all-denied update (tags stop waiting)', () => {
      dispose = connectGoogleConsentMode({ store });
      store.rejectAll();
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('denied')]]);
    });

    it('pushes no update for a change that leaves Google consent as it was (policy acknowledgement)', () => {
      store.acceptAll();
      dispose = connectGoogleConsentMode({ store });
      const before = consentCalls('update').length;
      store.acknowledgePolicy('2');
      expect(consentCalls('update')).toHaveLength(before);
    });

    it('grants the opt-out regime at once, before any decision', () => {
      store = freshStore({ categories, regime: 'opt-out', respectGpc: false });
      dispose = connectGoogleConsentMode({ store });
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('granted')]]);
    });

    it('takes wait_for_update, ads_data_redaction and url_passthrough options', () => {
      dispose = connectGoogleConsentMode({
        store,
        waitForUpdate: 2000,
        adsDataRedaction: true,
        urlPassthrough: true,
      });
      expect(layer()).toEqual([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 2000 }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
      ]);
    });

    it('pushes region-specific defaults in Google’s documented shape', () => {
      dispose = connectGoogleConsentMode({
        store,
        regions: {
          'US-CA, US-NY': 'granted',
          'DE,FR': 'denied',
          BR: { analytics_storage: 'granted' },
        },
      });
      expect(consentCalls('default')).toEqual([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        [
          'consent',
          'default',
          {
            ad_storage: 'granted',
            ad_user_data: 'granted',
            ad_personalization: 'granted',
            analytics_storage: 'granted',
            functionality_storage: 'granted',
            personalization_storage: 'granted',
            security_storage: 'granted',
            region: ['US-CA', 'US-NY'],
          },
        ],
        ['consent', 'default', { ...ALL_DENIED, region: ['DE', 'FR'] }],
        ['consent', 'default', { analytics_storage: 'granted', region: ['BR'] }],
      ]);
    });

    it('uses a custom category map', () => {
      store = freshStore({
        categories: [
          { id: 'stats', label: 'Statistics' },
          { id: 'ads', label: 'Ads' },
        ],
      });
      dispose = connectGoogleConsentMode({
        store,
        map: { stats: ['analytics_storage'], ads: ['ad_storage', 'ad_user_data'] },
      });
      store.setCategories({ stats: true, ads: false });
      expect(consentCalls('update')).toEqual([
        [
          'consent',
          'update',
          { analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' },
        ],
      ]);
    });

    it('stops updating after the disposer is called', () => {
      dispose = connectGoogleConsentMode({ store });
      dispose();
      store.acceptAll();
      expect(consentCalls('update')).toEqual([]);
    });

    it('writes to a custom data layer name', () => {
      const w = window as unknown as Record<string, unknown>;
      dispose = connectGoogleConsentMode({ store, dataLayerName: 'otherLayer' });
      expect((w.otherLayer as unknown[]).length).toBe(1);
      delete w.otherLayer;
    });
  });

  describe(`connectGoogleConsentMode${variant}, called more than once on a page`, () => {
    /** Disposers of the connections made here, released after each test. */
    const held: (() => void)[] = [];
    let warn: ReturnType<typeof vi.spyOn>;
    const connect = (options: Parameters<typeof connectGoogleConsentMode>[0] = { store }) => {
      const release = connectGoogleConsentMode(options);
      held.push(release);
      return release;
    };

    beforeEach(() => {
      warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    });
    afterEach(() => {
      for (const release of held.splice(0)) release();
      warn.mockRestore();
    });

    it('pushes exactly one default when connected twice (StrictMode, two bundles)', () => {
      connect();
      connect();
      expect(consentCalls('default')).toEqual([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
      ]);
      expect(layer()).toHaveLength(1);
    });

    it('pushes one update per change, not one per call', () => {
      connect();
      connect();
      store.acceptAll();
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('granted')]]);
      store.setCategory('marketing', false);
      expect(consentCalls('update')).toHaveLength(2);
      expect(layer().map(([, action]) => action)).toEqual(['default', 'update', 'update']);
    });

    it('pushes no second update for a visitor who already decided', () => {
      store.acceptAll();
      connect();
      connect();
      expect(layer()).toEqual([
        ['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }],
        ['consent', 'update', everyType('granted')],
      ]);
    });

    it('pushes one default when two copies of the library (two bundles) each connect', async () => {
      const copy = '../../src/integrations/google-consent-mode.ts?second-copy';
      const other = (await import(/* @vite-ignore */ copy)) as {
        connectGoogleConsentMode: typeof connectGoogleConsentMode;
      };
      expect(other.connectGoogleConsentMode).not.toBe(connectGoogleConsentMode);
      connect();
      held.push(other.connectGoogleConsentMode({ store }));
      store.acceptAll();
      expect(layer().map(([, action]) => action)).toEqual(['default', 'update']);
      expect(warn).toHaveBeenCalledTimes(1);
    });

    it('warns once, saying the call shares the connection; a single call does not warn', () => {
      connect();
      expect(warn).not.toHaveBeenCalled();
      connect();
      connect();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toMatch(
        /connectGoogleConsentMode\(\) is already connected to window\.dataLayer.*shares that connection.*no second consent default/,
      );
    });

    it('keeps updating until every caller has disposed (reference-counted; a disposer counts once)', () => {
      const first = connect();
      const second = connect();
      store.acceptAll();
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('granted')]]);
      first();
      first();
      store.setCategory('marketing', false);
      expect(consentCalls('update')).toHaveLength(2);
      second();
      store.rejectAll();
      expect(consentCalls('update')).toHaveLength(2);
    });

    it('mount → unmount → mount (StrictMode) leaves one default and nothing else', () => {
      connect()();
      connect();
      expect(layer()).toEqual([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
      expect(warn).not.toHaveBeenCalled();
      store.rejectAll();
      expect(consentCalls('update')).toEqual([['consent', 'update', everyType('denied')]]);
    });

    it('reconnects after disposing without a second default, catching up only on what changed meanwhile', () => {
      connect({ store, regions: { 'DE,FR': 'denied' }, urlPassthrough: true })();
      const setUp = layer();
      expect(setUp).toHaveLength(3);

      // Decided while connected: an update. Reconnecting with the same state pushes nothing more.
      const again = connect();
      store.acceptAll();
      again();
      connect()();
      expect(layer()).toEqual([...setUp, ['consent', 'update', everyType('granted')]]);

      // Changed while disconnected: the reconnection pushes one update, then follows changes.
      store.setCategory('marketing', false);
      expect(consentCalls('update')).toHaveLength(1);
      connect();
      const updates = consentCalls('update');
      expect(updates).toHaveLength(2);
      expect(updates[1][2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
      store.setCategory('analytics', false);
      expect(consentCalls('update')).toHaveLength(3);
      expect(consentCalls('default')).toHaveLength(2);
      expect(layer().filter(([command]) => command === 'set')).toHaveLength(1);
    });

    it('gives a data layer that replaced the first one its own default', () => {
      connect()();
      delete win.dataLayer;
      delete win.gtag;
      connect();
      expect(layer()).toEqual([['consent', 'default', { ...ALL_DENIED, wait_for_update: 500 }]]);
    });
  });
}

describe('toGoogleConsent', () => {
  const types: GoogleConsentType[] = ['ad_storage', 'analytics_storage', 'functionality_storage'];
  it('grants a type exactly when every configured category mapped to it is granted', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean()),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.subarray(types, { minLength: 1 })),
        (grants, map: GoogleConsentMap) => {
          const payload = toGoogleConsent({ categories: grants }, map);
          for (const type of types) {
            const owners = Object.keys(map).filter(
              (id) => map[id].includes(type) && Object.hasOwn(grants, id),
            );
            if (owners.length === 0) expect(payload[type]).toBeUndefined();
            else
              expect(payload[type]).toBe(owners.every((id) => grants[id]) ? 'granted' : 'denied');
          }
        },
      ),
    );
  });

  it('maps a service id onto its types: they follow the service, not its category', () => {
    const map: GoogleConsentMap = {
      analytics: ['analytics_storage'],
      'marketing.google-ads': ['ad_storage', 'ad_user_data'],
    };
    const state = {
      categories: { analytics: false, marketing: false },
      services: { 'marketing.google-ads': true, 'marketing.meta': false },
    };
    expect(toGoogleConsent(state, map)).toEqual({
      analytics_storage: 'denied',
      ad_storage: 'granted',
      ad_user_data: 'granted',
    });
    expect(toGoogleConsent({ ...state, services: {} }, map)).toEqual({
      analytics_storage: 'denied',
    });
  });
});
