import { ConsentOptOutToggle } from './opt-out-toggle.js';
import { createView } from './opt-out-toggle-view.js';
import { optOutToggleView } from './view-source.js';
import { defineElement } from '../shared/define-element.js';
import { viewAtHand } from '../shared/view-source.js';

// Handed over with the element, so a toggle draws in its first update, as the other elements do
// (the CDN entry defines the toggle in on-demand/elements.ts and hands over a loader of a chunk).
optOutToggleView.use(viewAtHand({ createView }));
defineElement('consent-opt-out-toggle', ConsentOptOutToggle);

export { ConsentOptOutToggle };

declare global {
  interface HTMLElementTagNameMap {
    'consent-opt-out-toggle': ConsentOptOutToggle;
  }
}
