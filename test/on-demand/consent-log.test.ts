// The CDN entry's connectConsentLog(): the receipt code loads when called, and no change made while
// it loads is lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectConsentLog } from '../../src/on-demand/consent-log.js';
import type { ConsentReceipt } from '../../src/integrations/consent-log.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { freshStore, resetPage } from '../integrations/helpers.js';

let store: ConsentStoreApi;
let dispose: (() => void) | undefined;

beforeEach(() => {
  resetPage();
  store = freshStore({ categories: [{ id: 'analytics', label: 'Analytics' }] });
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  vi.restoreAllMocks();
  resetPage();
});

/** The receipts sendBeacon was given, parsed. */
function receipts(beacon: ReturnType<typeof spyBeacon>): Promise<ConsentReceipt[]> {
  return Promise.all(
    beacon.mock.calls.map(
      async ([, data]) => JSON.parse(await (data as Blob).text()) as ConsentReceipt,
    ),
  );
}
const spyBeacon = () => vi.spyOn(navigator, 'sendBeacon').mockImplementation(() => true);

describe('connectConsentLog from the CDN entry (receipts loaded on demand)', () => {
  it('sends a change made right after the call, with the time it was made, once', async () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ store, endpoint: '/receipts' });
    const before = Date.now();
    store.acceptAll();
    const after = Date.now();
    await expect.poll(() => beacon.mock.calls.length, { timeout: 10_000 }).toBe(1);
    const [receipt] = await receipts(beacon);
    expect(receipt.categories).toEqual({ analytics: true });
    const at = Date.parse(receipt.timestamp);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
    expect(beacon.mock.calls[0][0]).toBe('/receipts');
  });

  it('sends later changes once the code is there', async () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ store, endpoint: '/receipts' });
    store.acceptAll();
    await expect.poll(() => beacon.mock.calls.length, { timeout: 10_000 }).toBe(1);
    store.rejectAll();
    expect(beacon).toHaveBeenCalledTimes(2);
    expect((await receipts(beacon))[1].categories).toEqual({ analytics: false });
  });

  it('sends nothing once disposed, even what waited for the code', async () => {
    const beacon = spyBeacon();
    dispose = connectConsentLog({ store, endpoint: '/receipts' });
    store.acceptAll();
    dispose();
    // The receipt code is fetched by now (another connection's first receipt says so).
    const witness = connectConsentLog({ store, endpoint: '/witness' });
    store.rejectAll();
    await expect.poll(() => beacon.mock.calls.length, { timeout: 10_000 }).toBe(1);
    witness();
    expect(beacon.mock.calls.map(([url]) => url)).toEqual(['/witness']);
  });

  it('refuses a call without an endpoint at once', () => {
    expect(() => connectConsentLog({ store } as never)).toThrow(
      'connectConsentLog: an endpoint is required',
    );
  });
});
