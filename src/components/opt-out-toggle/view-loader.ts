/**
 * The toggle's view (opt-out-toggle-view.ts: its template, styles and switch behaviour) is a module
 * of its own, loaded when the first toggle connects, so a page without a toggle never downloads it
 * while the element itself is registered at once. The npm `define` entry hands it over statically.
 */
import { ModuleOnDemand } from '../../events/module-on-demand.js';

export type OptOutToggleViewModule = typeof import('./opt-out-toggle-view.js');

/** The one loader of the toggle's view, shared by every toggle of this copy of the library. */
export const optOutToggleViewLoader = new ModuleOnDemand<OptOutToggleViewModule>(
  'the <consent-opt-out-toggle> view',
  () => import('./opt-out-toggle-view.js'),
  'the toggle shows nothing until a later update loads it',
);
