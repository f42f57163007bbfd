/**
 * The preferences dialog is a module of its own, loaded the first time a visitor asks for it or
 * shows the intent to (see `ConsentCookieNotice`), so a page whose visitors answer on the first
 * layer never downloads it.
 */
import { ModuleOnDemand } from '../../events/module-on-demand.js';

export type PreferencesDialogModule = typeof import('./preferences-dialog.js');

/** The one loader of the preferences dialog, shared by every notice of this copy of the library. */
export const preferencesDialogLoader = new ModuleOnDemand<PreferencesDialogModule>(
  'the preferences dialog',
  () => import('./preferences-dialog.js'),
  "the notice's first layer still works",
);
