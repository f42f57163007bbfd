import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onConsent } from '../../src/integrations/index.js';
import type { ConsentStoreApi } from '../../src/store/types.js';
import { ANALYTICS_AND_MARKETING, freshStore, resetPage } from './helpers.js';

let store: ConsentStoreApi;
let dispose: (() => void) | undefined;

beforeEach(() => {
  resetPage();
  store = freshStore({ categories: ANALYTICS_AND_MARKETING });
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  resetPage();
});

describe('onConsent', () => {
  it('calls onGrant at once when the category is already granted', () => {
    store.acceptAll();
    const grant = vi.fn();
    dispose = onConsent('analytics', grant, undefined, { store });
    expect(grant).toHaveBeenCalledTimes(1);
  });

  it('calls nothing at once while the category is not granted', () => {
    const grant = vi.fn();
    const revoke = vi.fn();
    dispose = onConsent('analytics', grant, revoke, { store });
    expect(grant).not.toHaveBeenCalled();
    expect(revoke).not.toHaveBeenCalled();
  });

  it('calls onGrant and onRevoke on each transition, in order', () => {
    const calls: string[] = [];
    dispose = onConsent(
      'analytics',
      () => calls.push('grant'),
      () => calls.push('revoke'),
      { store },
    );
    store.setCategory('analytics', true);
    store.setCategory('analytics', false);
    store.setCategory('analytics', true);
    expect(calls).toEqual(['grant', 'revoke', 'grant']);
  });

  it('ignores changes to other categories and changes that keep the grant', () => {
    const grant = vi.fn();
    const revoke = vi.fn();
    dispose = onConsent('analytics', grant, revoke, { store });
    store.setCategory('marketing', true);
    store.rejectAll();
    expect(grant).not.toHaveBeenCalled();
    expect(revoke).not.toHaveBeenCalled();
    store.setCategory('analytics', true);
    store.setCategory('marketing', false);
    store.acknowledgePolicy('2');
    expect(grant).toHaveBeenCalledTimes(1);
    expect(revoke).not.toHaveBeenCalled();
  });

  it('calls onRevoke when the decision is reset', () => {
    store.acceptAll();
    const revoke = vi.fn();
    dispose = onConsent('analytics', () => {}, revoke, { store });
    store.reset();
    expect(revoke).toHaveBeenCalledTimes(1);
  });

  it('works without an onRevoke callback', () => {
    const grant = vi.fn();
    dispose = onConsent('analytics', grant, undefined, { store });
    store.setCategory('analytics', true);
    store.setCategory('analytics', false);
    store.setCategory('analytics', true);
    expect(grant).toHaveBeenCalledTimes(2);
  });

  it('stops calling after the disposer', () => {
    const grant = vi.fn();
    dispose = onConsent('analytics', grant, undefined, { store });
    dispose();
    store.acceptAll();
    expect(grant).not.toHaveBeenCalled();
  });
});
