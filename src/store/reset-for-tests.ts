/**
 * For tests only, and behind no package entry (so no bundle ships it): forgets the page's store
 * and the warnings already printed, so the next `getConsentStore()` creates a fresh store that
 * reads the config and the cookie again.
 */
import { pageRegistry } from '../core/registry.js';
import type { ConsentStore } from './store.js';

export function resetConsentStoreForTests(): void {
  const registry = pageRegistry();
  (registry.store as ConsentStore | undefined)?.dispose();
  delete registry.store;
  registry.warned?.clear();
}
