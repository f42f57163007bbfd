import { getConsentStore } from '../store/index.js';
import type { ConsentStoreApi } from '../store/types.js';

/** Options every integration accepts. */
export interface IntegrationOptions {
  /**
   * The store to follow. Default: the page's one store, `getConsentStore()`.
   * Pass another only in tests or for a scoped store.
   */
  store?: ConsentStoreApi;
}

/** The store an integration follows: the one passed in, else the page's store. */
export function resolveStore(options?: IntegrationOptions): ConsentStoreApi {
  return options?.store ?? getConsentStore();
}

/** A function that stops an integration. Calling it twice is harmless. */
export type Disposer = () => void;

/**
 * Calls `apply(granted)` at once with the current consent to `category`, then after every change of
 * it (never twice in a row with the same value). The common core of `onConsent` and the adapters.
 */
export function followConsent(
  category: string,
  apply: (granted: boolean) => void,
  options?: IntegrationOptions,
): Disposer {
  const store = resolveStore(options);
  let granted = store.isGranted(category);
  let unsubscribe: (() => void) | undefined = store.subscribe(({ state }) => {
    const now = state.categories[category] === true;
    if (now !== granted) apply((granted = now));
  });
  apply(granted);
  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };
}
