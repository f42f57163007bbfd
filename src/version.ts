/**
 * Replaced at build time by the `version` of package.json (see scripts/version.mjs). A dotted name:
 * Vite replaces it in every build, and vitest (which turns plain-name defines into runtime globals
 * that its browser projects miss) leaves it to Vite too.
 */
declare const __CONSENT_ELEMENTS__: { readonly version: string };

/** The library version carried by every element class (`static version`), checked on registration. */
export const VERSION: string = __CONSENT_ELEMENTS__.version;
