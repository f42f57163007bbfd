/**
 * `consent-elements/store`: the headless consent store (no Lit, no DOM at import).
 *
 * The page has one store, shared by every copy of the library on it through
 * `globalThis[Symbol.for('consent-elements.store.v1')]`. On first use it reads every
 * `<script type="application/json" data-consent-config>` in document order and merges them key by
 * key at the top level (a later script's `cookie` replaces an earlier one's); a script that is not
 * a JSON object is ignored with a `consent-error` (`invalid-config`). `configureConsent(config)`
 * is applied on top of that declarative base and replaces any earlier `configureConsent` config.
 */
import { ConsentStore } from './store.js';
import type { ConsentConfig } from './types.js';

export type * from './types.js';
export type { ConsentChangeEvent } from '../events/consent-change.js';
export type { ConsentErrorEvent } from '../events/consent-error.js';
export type { ConfigProblem } from './config.js';
export { ConsentStore } from './store.js';
export { resolveConfig, DEFAULT_CATEGORIES } from './config.js';
export { deriveState } from './rules.js';
export { parseConsentCookie, serializeConsentCookie, readCookieValues } from './codec.js';

const KEY: unique symbol = Symbol.for('consent-elements.store.v1');
const slot = globalThis as { [KEY]?: ConsentStore };

/** The page's one consent store (the same object for every caller and every library copy). */
export const getConsentStore = (): ConsentStore => (slot[KEY] ??= new ConsentStore());

/** Configures the page's store; announces `consent-change` (source `config`) if the state changed. */
export const configureConsent = (config: ConsentConfig): void =>
  getConsentStore().configure(config);

/**
 * @internal Disposes the page's store and forgets it, so the next `getConsentStore()` creates a
 * fresh one (reading config and cookie again). For tests only.
 */
export const resetConsentStoreForTests = (): void => {
  slot[KEY]?.dispose();
  delete slot[KEY];
};
