/**
 * The toggle's view (opt-out-toggle-view.ts: its template, styles and switch behaviour) is a module
 * of its own, loaded when the first toggle connects, so a page without a toggle never downloads it
 * while the element itself is registered at once. One load per copy of the library; a failed load
 * is reported (a warning and `consent-error`) and the toggle's next update tries again.
 */
import { reportConsentError } from '../../events/consent-error.js';

export type OptOutToggleViewModule = typeof import('./opt-out-toggle-view.js');

class OptOutToggleViewLoader {
  #module?: OptOutToggleViewModule;
  #loading?: Promise<OptOutToggleViewModule | undefined>;

  /** The view module once loaded; until then `undefined`. */
  get module(): OptOutToggleViewModule | undefined {
    return this.#module;
  }

  /** Takes the view module as imported statically (the npm `define` entry): no load to wait for. */
  use(module: OptOutToggleViewModule): void {
    this.#module = module;
  }

  /** Loads the view module (once); settles with it, or with `undefined` after a reported failure. */
  load(): Promise<OptOutToggleViewModule | undefined> {
    this.#loading ??= import('./opt-out-toggle-view.js').then(
      (module) => (this.#module = module),
      (error: unknown) => {
        this.#loading = undefined;
        reportConsentError({
          code: 'module-unavailable',
          message: `the <consent-opt-out-toggle> view could not be loaded (${String(error)}); the toggle shows nothing until a later update loads it.`,
        });
        return undefined;
      },
    );
    return this.#loading;
  }
}

/** The one loader of the toggle's view, shared by every toggle of this copy of the library. */
export const optOutToggleViewLoader = new OptOutToggleViewLoader();
