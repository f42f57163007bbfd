/**
 * The preferences dialog is a module of its own, loaded the first time a visitor asks for it or
 * shows the intent to (see `ConsentCookieNotice`), so a page whose visitors answer on the first
 * layer never downloads it. One load per copy of the library; a failed load is reported (a warning
 * and `consent-error`) and the next request tries again.
 */
import { reportConsentError } from '../../events/consent-error.js';

export type PreferencesDialogModule = typeof import('./preferences-dialog.js');

class PreferencesDialogLoader {
  #module?: PreferencesDialogModule;
  #loading?: Promise<PreferencesDialogModule | undefined>;

  /** The dialog module once loaded; until then `undefined`. */
  get module(): PreferencesDialogModule | undefined {
    return this.#module;
  }

  /** Loads the dialog module (once); settles with it, or with `undefined` after a reported failure. */
  load(): Promise<PreferencesDialogModule | undefined> {
    this.#loading ??= import('./preferences-dialog.js').then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#loading = undefined;
        this.#fail(error);
        return undefined;
      },
    );
    return this.#loading;
  }

  /** Says so once per failure: the first layer still works, and the next request tries again. */
  #fail(error: unknown): void {
    reportConsentError({
      code: 'module-unavailable',
      message: `the preferences dialog could not be loaded (${String(error)}); the notice's first layer still works.`,
    });
  }
}

/** The one loader of the preferences dialog, shared by every notice of this copy of the library. */
export const preferencesDialogLoader = new PreferencesDialogLoader();
