/**
 * Languages loaded on demand. The CDN entry makes one with the languages built beside it and a
 * loader (a dynamic import of `./locales/<lang>.js`, or of `./locales/<lang>/<part>.js` for the
 * strings of a part loaded on demand, see parts.ts), and adds the strings each module exports to
 * the page's table of its language; elements then wait for their language, and for the parts they
 * show, before they render, so a page never shows English and then switches. The CDN entry
 * installs it (languages-on-demand.ts); npm builds never import this module.
 */
import { reportConsentError } from '../events/consent-error.js';
import type { CopyOverrides } from './en.js';
import type { LanguageCandidates, LanguageLoader } from './languages-on-demand.js';
import { PART_MARKERS, type LanguagePart } from './parts.js';
import { addToLocale, primarySubtag, storedLocale } from './registry.js';

/**
 * Loads one module of a language: its first paint, or with `part` that part's strings, as the
 * module's default export (plain data: the loader registers it).
 */
export type LanguageModuleLoader = (lang: string, part?: LanguagePart) => Promise<LanguageModule>;

/** A language module as imported: its default export should be its strings (it may be anything). */
export interface LanguageModule {
  default?: unknown;
}

/** The name of a language module: `de` (its first paint), `de/preferences` (a part's strings). */
const moduleName = (lang: string, part?: LanguagePart): string => (part ? `${lang}/${part}` : lang);

/** Whether the page's table for `lang` has the strings of its first paint, or with `part` that part's. */
const has = (lang: string, part?: LanguagePart): boolean => {
  const table = storedLocale(lang);
  return part ? typeof table?.[PART_MARKERS[part]] === 'string' : table !== undefined;
};

export class LocaleLoader implements LanguageLoader {
  readonly #available: ReadonlySet<string>;
  readonly #load: LanguageModuleLoader;
  /** Loads under way, by module name. */
  readonly #loading = new Map<string, Promise<void>>();
  /** Modules that failed to load: English stands in for their strings from then on. */
  readonly #failed = new Set<string>();
  /** The languages elements have asked for, so a part fetched ahead of its element is in theirs. */
  readonly #inUse = new Set<string>();

  /** Loads `languages` (primary subtags) with `load`. */
  constructor(languages: readonly string[], load: LanguageModuleLoader) {
    this.#available = new Set(languages);
    this.#load = load;
  }

  /** The languages that can be loaded. */
  get languages(): string[] {
    return [...this.#available];
  }

  /**
   * For the candidate language tags: a promise that settles once the first one with a table on the
   * page, or one that can be loaded, is ready with the strings of `parts` too (or has failed:
   * English is used then). `undefined` when there is nothing to wait for.
   */
  ready(
    candidates: LanguageCandidates,
    parts: readonly LanguagePart[] = [],
  ): Promise<void> | undefined {
    for (const tag of candidates) {
      if (!tag) continue;
      const lang = primarySubtag(tag);
      if (lang === 'en') return undefined;
      if (!has(lang) && !this.#loadable(lang)) continue;
      this.#inUse.add(lang);
      const loads = [undefined, ...parts]
        .filter((part) => !has(lang, part) && this.#loadable(lang, part))
        .map((part) => this.#loadOnce(lang, part));
      return loads.length > 0 ? Promise.all(loads).then(() => undefined) : undefined;
    }
    return undefined;
  }

  /**
   * Starts fetching the strings of `part` for the languages in use (those elements asked for, and
   * the page's `lang`), beside the part's own code, so the part does not wait for them after.
   * Settles once they are there or have failed (reported; English stands in).
   */
  preload(part: LanguagePart): Promise<void> {
    const pageLang = globalThis.document?.documentElement.lang;
    const loads = [...this.#inUse, pageLang].map((lang) => this.ready([lang], [part]));
    return Promise.all(loads).then(() => undefined);
  }

  /** Whether `lang` (or its `part`) is built beside the entry and has not failed to load. */
  #loadable(lang: string, part?: LanguagePart): boolean {
    return (
      this.#available.has(lang) &&
      !this.#failed.has(lang) &&
      !this.#failed.has(moduleName(lang, part))
    );
  }

  #loadOnce(lang: string, part?: LanguagePart): Promise<void> {
    const name = moduleName(lang, part);
    let loading = this.#loading.get(name);
    if (!loading) {
      loading = this.#load(lang, part)
        .then(
          ({ default: strings }) => {
            if (strings && typeof strings === 'object') addToLocale(lang, strings as CopyOverrides);
            if (!has(lang, part)) this.#fail(name, 'it did not bring its strings');
          },
          (error: unknown) => this.#fail(name, String(error)),
        )
        .finally(() => this.#loading.delete(name));
      this.#loading.set(name, loading);
    }
    return loading;
  }

  /** English is used from now on; says so once, in the console and as `consent-error`. */
  #fail(name: string, reason: string): void {
    this.#failed.add(name);
    reportConsentError({
      code: 'locale-unavailable',
      message: `the "${name}" language module could not be loaded (${reason}); English is shown instead.`,
    });
  }
}
