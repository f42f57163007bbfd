/**
 * Languages loaded on demand. The CDN entry configures this with the languages built beside it and
 * a loader (a dynamic import of `./locales/<lang>.js`); elements then wait for their language before
 * their first render, so a page never shows English and then switches. Unconfigured (npm builds),
 * nothing is loaded: the languages a site imports are the ones it has.
 */
import { reportConsentError } from '../events/consent-error.js';
import { primarySubtag, storedLocale } from './registry.js';

/** Loads the module of one language, which registers its table when it runs. */
export type LanguageModuleLoader = (lang: string) => Promise<unknown>;

class LocaleLoader {
  #available = new Set<string>();
  #load?: LanguageModuleLoader;
  readonly #loading = new Map<string, Promise<void>>();
  readonly #failed = new Set<string>();

  /** The languages that can be loaded (none until configured). */
  get languages(): string[] {
    return [...this.#available];
  }

  /** Sets the languages that can be loaded and how; forgets earlier failures. */
  configure(languages: readonly string[], load: LanguageModuleLoader): void {
    this.#available = new Set(languages);
    this.#load = load;
    this.#failed.clear();
  }

  /**
   * For the candidate language tags in order of preference (config `locale`, nearest `lang`): a
   * promise that settles once the first one with a table on the page, or one that can be loaded,
   * is ready (or has failed: English is used then). `undefined` when there is nothing to wait for.
   */
  ready(...candidates: (string | null | undefined)[]): Promise<void> | undefined {
    for (const tag of candidates) {
      if (!tag) continue;
      const lang = primarySubtag(tag);
      if (lang === 'en' || storedLocale(lang)) return undefined;
      if (this.#load && this.#available.has(lang) && !this.#failed.has(lang)) {
        return this.#loadOnce(lang, this.#load);
      }
    }
    return undefined;
  }

  #loadOnce(lang: string, load: LanguageModuleLoader): Promise<void> {
    let loading = this.#loading.get(lang);
    if (!loading) {
      loading = load(lang)
        .then(
          () => {
            if (!storedLocale(lang)) this.#fail(lang, 'it did not register a table');
          },
          (error: unknown) => this.#fail(lang, String(error)),
        )
        .finally(() => this.#loading.delete(lang));
      this.#loading.set(lang, loading);
    }
    return loading;
  }

  /** English is used from now on; says so once, in the console and as `consent-error`. */
  #fail(lang: string, reason: string): void {
    this.#failed.add(lang);
    reportConsentError({
      code: 'locale-unavailable',
      message: `the "${lang}" language module could not be loaded (${reason}); English is shown instead.`,
    });
  }
}

/** The page's one loader of on-demand languages (per library copy; the tables themselves are shared). */
export const localeLoader = new LocaleLoader();
