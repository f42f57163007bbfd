/**
 * The page's language tables, shared by every copy of the library on the page (through
 * `globalThis[Symbol.for('consent-elements.locales.v1')]`), so a language module loaded by one copy
 * serves them all. Kept tiny and free of the English table: every language module carries it.
 */
import type { CopyOverrides } from './en.js';

const KEY: unique symbol = Symbol.for('consent-elements.locales.v1');
const slot = globalThis as { [KEY]?: Map<string, CopyOverrides> };

/** The primary language subtag of a tag, lower-cased (`de-AT`, `de_AT`, `DE` → `de`). */
export const primarySubtag = (tag: string): string => tag.split(/[-_]/)[0].toLowerCase();

/** Stores `table` as the page's table for `lang` (its primary subtag), replacing any earlier one. */
export function storeLocale(lang: string, table: CopyOverrides): void {
  (slot[KEY] ??= new Map()).set(primarySubtag(lang), table);
}

/** The page's table for a language tag's primary subtag, if one was stored. */
export const storedLocale = (tag: string): CopyOverrides | undefined =>
  slot[KEY]?.get(primarySubtag(tag));
