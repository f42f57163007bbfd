/**
 * `consent-elements/store`: the headless consent store (no Lit, no DOM at import).
 *
 * The page has one store, shared by every copy of the library on it through the page registry
 * (`src/core/registry.ts`). On first use it reads every
 * `<script type="application/json" data-consent-config>` in document order and merges them key by
 * key at the top level (a later script's `cookie` replaces an earlier one's); a script that is not
 * a JSON object is ignored with a `consent-error` (`invalid-config`). `configureConsent(config)`
 * is applied on top of that declarative base and replaces any earlier `configureConsent` config.
 */
import { pageEntry } from '../core/registry.js';
import type { ConsentConfig } from '../core/types.js';
import { ConsentStore } from './store.js';

export type * from '../core/types.js';
export type { ConsentChangeEvent } from '../events/consent-change.js';
export type { ConsentErrorEvent } from '../events/consent-error.js';
export type { ConfigProblem } from '../core/config.js';
export { ConsentStore } from './store.js';
export { resolveConfig, DEFAULT_CATEGORIES } from '../core/config.js';
export { deriveState } from '../core/state.js';
export { parseConsentCookie, serializeConsentCookie } from '../core/codec.js';

/** The page's one consent store (the same object for every caller and every library copy). */
export const getConsentStore = (): ConsentStore =>
  pageEntry('store', () => new ConsentStore()) as ConsentStore;

/** Configures the page's store; announces `consent-change` (source `config`) if the state changed. */
export const configureConsent = (config: ConsentConfig): void =>
  getConsentStore().configure(config);
