/**
 * Where every toggle of this copy of the library gets its view (opt-out-toggle-view.ts: template,
 * styles, what the switch does). The element does not import the view, so each entry decides how
 * it arrives: the npm `define` modules hand over the module itself (a toggle draws in its first
 * update, and no npm bundle carries an `import()` of a chunk it never needs); the CDN entry hands
 * over a loader of its chunk, fetched when the first toggle connects (on-demand/elements.ts).
 */
import { reportConsentError } from '../../events/consent-error.js';

export type OptOutToggleViewModule = typeof import('./opt-out-toggle-view.js');

/** A source of the view (the CDN's is a `ModuleOnDemand`): the module once there, and a way to load it. */
export interface OptOutToggleViewSource {
  /** The module once it is there; `undefined` until then. */
  readonly module: OptOutToggleViewModule | undefined;
  /** Loads it (once); settles with it, or with `undefined` after a reported failure. */
  load(): Promise<OptOutToggleViewModule | undefined>;
}

/** The missing view has been reported (once per copy of the library, however many toggles wait). */
let reportedMissing = false;

/**
 * Until an entry hands over the view (the class registered from `consent-elements` alone), toggles
 * draw nothing: a warning and `consent-error` say so, and what to import.
 */
const missingView: OptOutToggleViewSource = {
  module: undefined,
  load() {
    if (!reportedMissing) {
      reportedMissing = true;
      reportConsentError({
        code: 'module-unavailable',
        message:
          "the <consent-opt-out-toggle> view is missing (import 'consent-elements/define', which hands it over); the toggle shows nothing.",
      });
    }
    return Promise.resolve(undefined);
  },
};

/** Where toggles get their view now: until an entry hands one over, the missing view. */
export let optOutToggleViewSource: OptOutToggleViewSource = missingView;

/** Hands every toggle its view: the module imported statically, or a loader of its chunk. */
export function useOptOutToggleView(source: OptOutToggleViewSource): void {
  optOutToggleViewSource = source;
}
