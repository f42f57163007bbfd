import type { ConsentRevokeDetail } from '../events/consent-revoke.js';
import type { ConsentStoreApi } from '../store/types.js';
import { pageEntry } from '../core/registry.js';
import { findService } from '../core/services.js';
import { removeCookies } from './cookies.js';

/** States whose withdrawal was already handled: two followers of one store announce it once. */
function firstToHandle(state: object): boolean {
  const handled = pageEntry('gateHandled', () => new WeakSet());
  if (handled.has(state)) return false;
  handled.add(state);
  return true;
}

/** The ids granted in `before` and no longer in `after`. */
const withdrawn = (before: Readonly<Record<string, boolean>>, after: typeof before): string[] =>
  Object.keys(before).filter((id) => before[id] === true && after[id] !== true);

/**
 * When consent to categories or services is withdrawn: expires their cookies (`cookies` on each
 * category and service in the consent config, plus `extraCookies` per category) and dispatches
 * `consent-revoke` on `doc` with `{ categories, services, removedCookies }`, once per change however
 * many followers run.
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
  const serviceCookies = (id: string): string[] =>
    findService(store.config, id)?.service.cookies ?? [];
  return store.subscribe(({ state, previous }) => {
    const revoked = withdrawn(previous.categories, state.categories);
    const services = withdrawn(previous.services, state.services);
    if (revoked.length + services.length === 0 || !firstToHandle(state)) return;
    const removedCookies = removeCookies(
      [...revoked.flatMap(configuredCookies), ...services.flatMap(serviceCookies)],
      doc,
    );
    doc.dispatchEvent(
      new CustomEvent<ConsentRevokeDetail>('consent-revoke', {
        bubbles: true,
        composed: true,
        detail: { categories: revoked, services, removedCookies },
      }),
    );
  });
}
