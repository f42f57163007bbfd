import { afterEach, describe, expect, it } from 'vitest';

describe('consent-elements/store in Node (no DOM)', () => {
  afterEach(async () => (await import('../../src/store/index.js')).resetConsentStoreForTests());

  it('imports without a DOM and keeps decisions in memory', async () => {
    expect(typeof document).toBe('undefined');
    const { getConsentStore } = await import('../../src/store/index.js');
    const store = getConsentStore();
    expect(store.state.needsNotice).toBe(true);
    expect(store.isGranted('analytics')).toBe(false);
    store.acceptAll();
    expect(store.isGranted('analytics')).toBe(true);
    expect(store.state.storage).toBe('memory');
  });

  it('shares one store per page through a global symbol', async () => {
    const { getConsentStore } = await import('../../src/store/index.js');
    const store = getConsentStore();
    const key = Symbol.for('consent-elements.store.v1');
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(store);
    expect(getConsentStore()).toBe(getConsentStore());
  });
});
