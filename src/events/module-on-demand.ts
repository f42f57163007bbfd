/**
 * A module loaded on demand: in the CDN build each `import()` is a chunk file beside the entry. A
 * failed download (offline, a folder uploaded in part) never throws into the page: it says what was
 * lost and what still works, as a `[consent-elements]` warning and a `consent-error` event
 * (`module-unavailable`).
 */
import { reportConsentError } from './consent-error.js';

/** Says that `what` could not be loaded, and what the page does without it. */
function reportUnavailable(what: string, meanwhile: string, error: unknown): void {
  reportConsentError({
    code: 'module-unavailable',
    message: `${what} could not be loaded (${String(error)}); ${meanwhile}.`,
  });
}

/**
 * Loads a module once; resolves with it, or with `undefined` after the failure is reported.
 * @param what the feature the module provides, as the warning names it.
 * @param meanwhile what the page does without it, as the warning says.
 */
export async function loadModule<Module>(
  what: string,
  load: () => Promise<Module>,
  meanwhile = 'it does not run on this page',
): Promise<Module | undefined> {
  try {
    return await load();
  } catch (error) {
    reportUnavailable(what, meanwhile, error);
    return undefined;
  }
}

/**
 * A part of an element that is a module of its own (the notice's preferences dialog, the toggle's
 * view): loaded on first need, once per copy of the library for every element that needs it. After
 * a failure the next request tries again.
 */
export class ModuleOnDemand<Module> {
  #module?: Module;
  #loading?: Promise<Module | undefined>;
  readonly #what: string;
  readonly #import: () => Promise<Module>;
  readonly #meanwhile: string;

  /**
   * @param what the part, as a warning names it ("the preferences dialog").
   * @param importModule the `import()` of its module.
   * @param meanwhile what still works while it is missing, as the warning says.
   */
  constructor(what: string, importModule: () => Promise<Module>, meanwhile: string) {
    this.#what = what;
    this.#import = importModule;
    this.#meanwhile = meanwhile;
  }

  /** The module once loaded; until then `undefined`. */
  get module(): Module | undefined {
    return this.#module;
  }

  /** Loads the module (once); settles with it, or with `undefined` after a reported failure. */
  load(): Promise<Module | undefined> {
    this.#loading ??= this.#import().then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#loading = undefined;
        reportUnavailable(this.#what, this.#meanwhile, error);
        return undefined;
      },
    );
    return this.#loading;
  }
}
