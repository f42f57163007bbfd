/** The store's public types, defined with the core they describe. */
export type * from '../core/types.js';
