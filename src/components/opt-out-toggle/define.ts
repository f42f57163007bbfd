import { ConsentOptOutToggle } from './opt-out-toggle.js';
import * as view from './opt-out-toggle-view.js';
import { useOptOutToggleView } from './view-source.js';
import { defineElement } from '../shared/define-element.js';

// Handed over with the element, so a toggle draws in its first update, as the other elements do
// (the CDN entry defines the toggle in on-demand/elements.ts and hands over a loader of a chunk).
useOptOutToggleView({ module: view, load: () => Promise.resolve(view) });
defineElement('consent-opt-out-toggle', ConsentOptOutToggle);

export { ConsentOptOutToggle };

declare global {
  interface HTMLElementTagNameMap {
    'consent-opt-out-toggle': ConsentOptOutToggle;
  }
}
