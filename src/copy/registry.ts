/**
 * The page's language tables, kept in the page registry (`src/core/registry.ts`) so that every copy
 * of the library on the page shares them: a language module loaded by one copy serves them all.
 * Kept tiny and free of the English table: every npm language module carries it.
 */
import { pageEntry } from '../core/registry.js';
import type { CopyOverrides } from './en.js';

/** The primary language subtag of a tag, lower-cased (`de-AT`, `de_AT`, `DE` → `de`). */
export const primarySubtag = (tag: string): string => tag.split(/[-_]/)[0].toLowerCase();

const tables = () => pageEntry('locales', () => new Map());

/** Stores `table` as the page's table for `lang` (its primary subtag), replacing any earlier one. */
export function storeLocale(lang: string, table: CopyOverrides): void {
  tables().set(primarySubtag(lang), table);
}

/**
 * Adds a part of a language (the strings an on-demand part shows, see parts.ts) to the page's
 * table for `lang`. Strings the table already has stay: a site's own table keeps its wording.
 */
export function addToLocale(lang: string, part: CopyOverrides): void {
  tables().set(primarySubtag(lang), { ...part, ...storedLocale(lang) });
}

/** The page's table for a language tag's primary subtag, if one was stored. */
export const storedLocale = (tag: string): CopyOverrides | undefined =>
  tables().get(primarySubtag(tag));

/** The primary subtags of every table stored on the page. */
export const storedLanguages = (): string[] => [...tables().keys()];
