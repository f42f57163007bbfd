import { ConsentOptOutToggle } from './opt-out-toggle.js';
import * as view from './opt-out-toggle-view.js';
import { optOutToggleViewLoader } from './view-loader.js';
import { defineElement } from '../shared/define-element.js';

// Imported with the element, so a toggle draws in its first update, as the other elements do (the
// CDN entry defines the toggle in on-demand/elements.ts and fetches its view as a chunk instead).
optOutToggleViewLoader.use(view);
defineElement('consent-opt-out-toggle', ConsentOptOutToggle);

export { ConsentOptOutToggle };

declare global {
  interface HTMLElementTagNameMap {
    'consent-opt-out-toggle': ConsentOptOutToggle;
  }
}
