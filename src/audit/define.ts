import { ConsentAudit } from './consent-audit.js';
import { defineElement } from '../components/shared/define-element.js';

defineElement('consent-audit', ConsentAudit);

export { ConsentAudit };

declare global {
  interface HTMLElementTagNameMap {
    'consent-audit': ConsentAudit;
  }
}
