import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectConsentLog, type ConsentReceipt } from '../../src/integrations/index.js';
import { configureConsent, getConsentStore } from '../../src/store/index.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { freshStore, resetPage } from './helpers.js';

let store: ConsentStoreApi;
let dispose: (() => void) | undefined;

const ENDPOINT = '/consent-receipts';

beforeEach(() => {
  resetPage();
  store = freshStore({
    categories: [
      { id: 'necessary', label: 'Necessary', required: true },
      { id: 'analytics', label: 'Analytics' },
      { id: 'marketing', label: 'Marketing' },
    ],
    policy: { version: '2026-01' },
  });
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  vi.restoreAllMocks();
  resetPage();
});

/** Captures what sendBeacon is given, answering `accept`. */
function spyBeacon(accept = true) {
  return vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => accept);
}
function spyFetch() {
  return vi
    .spyOn(window, 'fetch')
    .mockImplementation(async () => new Response(null, { status: 204 }));
}
async function receiptOf(data: BodyInit | null | undefined): Promise<ConsentReceipt> {
  expect(data).toBeInstanceOf(Blob);
  expect((data as Blob).type).toBe('application/json');
  return JSON.parse(await (data as Blob).text()) as ConsentReceipt;
}

describe('connectConsentLog', () => {
  it('sends one JSON receipt per change with sendBeacon', async () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    expect(beacon).not.toHaveBeenCalled();
    store.setCategories({ analytics: true, marketing: false }, { source: 'notice' });
    store.setCategory('marketing', true, { source: 'toggle' });
    expect(beacon).toHaveBeenCalledTimes(2);
    expect(beacon.mock.calls[0][0]).toBe(ENDPOINT);
    const first = await receiptOf(beacon.mock.calls[0][1]);
    expect(first).toEqual({
      consentId: store.state.record!.id,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      categories: { necessary: true, analytics: true, marketing: false },
      services: {},
      changed: ['analytics'],
      decided: true,
      policyVersion: '2026-01',
      acknowledgedPolicy: null,
      regime: 'opt-in',
      gpc: false,
      source: 'notice',
    });
    const second = await receiptOf(beacon.mock.calls[1][1]);
    expect(second).toMatchObject({
      consentId: first.consentId,
      categories: { necessary: true, analytics: true, marketing: true },
      changed: ['marketing'],
      source: 'toggle',
    });
  });

  it('names the services: their grants, and those that changed', async () => {
    const beacon = spyBeacon();
    store = freshStore({
      categories: [
        {
          id: 'marketing',
          label: 'Marketing',
          services: [
            { id: 'youtube', label: 'YouTube' },
            { id: 'maps', label: 'Maps' },
          ],
        },
      ],
    });
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    store.setService('marketing.youtube', true);
    expect(await receiptOf(beacon.mock.calls[0][1])).toMatchObject({
      categories: { marketing: false },
      services: { 'marketing.youtube': true, 'marketing.maps': false },
      changed: ['marketing.youtube'],
    });
  });

  it('holds no personal data: no user agent, URL, query or language', async () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    store.acceptAll();
    const text = await (beacon.mock.calls[0][1] as Blob).text();
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(
      [
        'acknowledgedPolicy',
        'categories',
        'changed',
        'consentId',
        'decided',
        'gpc',
        'policyVersion',
        'regime',
        'services',
        'source',
        'timestamp',
      ].sort(),
    );
    expect(text).not.toContain(navigator.userAgent);
    expect(text).not.toContain(location.host);
  });

  it('keeps the consent id of the withdrawn decision in a reset receipt', async () => {
    store.acceptAll();
    const id = store.state.record!.id;
    const beacon = spyBeacon();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    store.reset();
    const receipt = await receiptOf(beacon.mock.calls[0][1]);
    expect(receipt).toMatchObject({ consentId: id, decided: false });
  });

  it('falls back to fetch with keepalive when sendBeacon refuses', async () => {
    const beacon = spyBeacon(false);
    const fetchSpy = spyFetch();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    store.acceptAll();
    expect(beacon).toHaveBeenCalledTimes(1);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0];
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(init!.body as string)).toMatchObject({
      consentId: store.state.record!.id,
      categories: { analytics: true, marketing: true },
    });
  });

  it('falls back to fetch when sendBeacon is missing', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'sendBeacon')!;
    Object.defineProperty(Navigator.prototype, 'sendBeacon', {
      value: undefined,
      configurable: true,
    });
    try {
      const fetchSpy = spyFetch();
      dispose = connectConsentLog({ endpoint: ENDPOINT, store });
      store.acceptAll();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(Navigator.prototype, 'sendBeacon', original);
    }
  });

  it('uses fetch with extra headers when asked', () => {
    const beacon = spyBeacon();
    const fetchSpy = spyFetch();
    dispose = connectConsentLog({
      endpoint: ENDPOINT,
      store,
      useFetch: true,
      headers: { 'x-site': 'shop' },
    });
    store.acceptAll();
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchSpy.mock.calls[0][1]!.headers).toEqual({
      'x-site': 'shop',
      'content-type': 'application/json',
    });
  });

  it('never breaks the page when the receipt cannot be sent', () => {
    vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => {
      throw new TypeError('blocked');
    });
    vi.spyOn(window, 'fetch').mockImplementation(() => Promise.reject(new TypeError('offline')));
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    expect(() => store.acceptAll()).not.toThrow();
    expect(store.isGranted('analytics')).toBe(true);
  });

  it('does not resend a change that came from another tab', async () => {
    const config = { categories: [{ id: 'analytics', label: 'Analytics' }] };
    const otherTab = freshStore(config);
    const thisTab = freshStore(config);
    void thisTab.state;
    const beacon = spyBeacon();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store: thisTab });
    otherTab.acceptAll();
    // The other tab's decision reaches this one (source "sync") through the store's tab sync.
    await expect.poll(() => thisTab.isGranted('analytics')).toBe(true);
    expect(beacon).not.toHaveBeenCalled();
    thisTab.setCategory('analytics', false);
    expect(beacon).toHaveBeenCalledTimes(1);
  });

  it('follows the page store when no store is given', () => {
    const beacon = spyBeacon();
    configureConsent({ categories: [{ id: 'analytics', label: 'Analytics' }] });
    dispose = connectConsentLog({ endpoint: ENDPOINT });
    getConsentStore().acceptAll();
    expect(beacon).toHaveBeenCalledTimes(1);
  });

  it('requires an endpoint', () => {
    expect(() => connectConsentLog({ endpoint: '', store })).toThrow(TypeError);
  });

  it('stops sending after the disposer', () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ endpoint: ENDPOINT, store });
    dispose();
    store.acceptAll();
    expect(beacon).not.toHaveBeenCalled();
  });
});
