import { ConsentOptOutToggle } from './opt-out-toggle.js';
import { defineElement } from '../shared/define-element.js';

defineElement('consent-opt-out-toggle', ConsentOptOutToggle);

export { ConsentOptOutToggle };

declare global {
  interface HTMLElementTagNameMap {
    'consent-opt-out-toggle': ConsentOptOutToggle;
  }
}
