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
