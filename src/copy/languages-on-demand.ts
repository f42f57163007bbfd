/**
 * What the elements and the config checks ask of languages loaded on demand. Only the CDN entry
 * loads languages (it installs its locale loader, locale-loader.ts): npm builds have the languages
 * a site imports, so they ask nothing and ship none of the loading code.
 */
import type { LanguagePart } from './parts.js';

/** Candidate language tags, in order of preference (config `locale`, nearest `lang`). */
export type LanguageCandidates = readonly (string | null | undefined)[];

/** Loads languages on demand (the CDN entry's locale loader). */
export interface LanguageLoader {
  /** The languages it can load. */
  readonly languages: readonly string[];
  /**
   * A promise that settles once the first candidate with a table on the page, or one that can be
   * loaded, is ready with the strings of `parts` too (or has failed: English is used then);
   * `undefined` when there is nothing to wait for.
   */
  ready(candidates: LanguageCandidates, parts?: readonly LanguagePart[]): Promise<void> | undefined;
  /**
   * Starts fetching the strings of `part` in the languages in use; settles once they are there or
   * have failed.
   */
  preload(part: LanguagePart): Promise<void>;
}

/** The loader of this copy of the library, once the CDN entry installed one. */
let installed: LanguageLoader | undefined;

/** Makes `loader` the one the elements wait for (`undefined`: none, as in npm builds). */
export function installLanguageLoader(loader: LanguageLoader | undefined): void {
  installed = loader;
}

/** For the elements: `LanguageLoader.ready` of the installed loader; `undefined` where nothing loads on demand. */
export const waitForLanguage = (
  candidates: LanguageCandidates,
  parts?: readonly LanguagePart[],
): Promise<void> | undefined => installed?.ready(candidates, parts);

/** The languages that can be loaded on demand (none where nothing loads on demand). */
export const loadableLanguages = (): readonly string[] => installed?.languages ?? [];

/**
 * Fetches the strings of an on-demand part (`'toggle'`, `'embed'`, …) in the page's languages, to
 * be called where the part's code is fetched, so both travel in parallel. Does nothing where no
 * language is loaded on demand (npm builds, English pages).
 */
export const loadLanguagePart = (part: LanguagePart): Promise<void> =>
  installed?.preload(part) ?? Promise.resolve();
