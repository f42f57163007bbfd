import type { ConsentRevokeDetail } from '../events/consent-revoke.js';
import type { ConsentStoreApi } from '../store/types.js';
import { pageEntry } from '../core/registry.js';
import { removeCookies } from './cookies.js';

/** States whose withdrawal was already handled: two followers of one store announce it once. */
function firstToHandle(state: object): boolean {
  const handled = pageEntry('gateHandled', () => new WeakSet());
  if (handled.has(state)) return false;
  handled.add(state);
  return true;
}

/**
 * When consent to categories is withdrawn: expires their cookies (`cookies` on each category in the
 * consent config, plus `extraCookies`) and dispatches `consent-revoke` on `doc` with
 * `{ categories, removedCookies }`, once per change however many followers run.
 * The part of the script gate that needs no gated markup: the CDN entry runs it at once.
 * @returns stops following the store.
 */
export function followWithdrawals(
  store: ConsentStoreApi,
  doc: Document,
  extraCookies?: Record<string, readonly string[]>,
): () => void {
  const configuredCookies = (category: string): string[] => [
    ...(store.config.categories.find((c) => c.id === category)?.cookies ?? []),
    ...(extraCookies?.[category] ?? []),
  ];
  return store.subscribe(({ state, previous }) => {
    const revoked = Object.keys(previous.categories).filter(
      (id) => previous.categories[id] === true && state.categories[id] !== true,
    );
    if (revoked.length === 0 || !firstToHandle(state)) return;
    const removedCookies = removeCookies(revoked.flatMap(configuredCookies), doc);
    doc.dispatchEvent(
      new CustomEvent<ConsentRevokeDetail>('consent-revoke', {
        bubbles: true,
        composed: true,
        detail: { categories: revoked, removedCookies },
      }),
    );
  });
}
