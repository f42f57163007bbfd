import { ConsentPolicyBanner } from './policy-banner.js';
import { defineElement } from '../shared/define-element.js';

defineElement('consent-policy-banner', ConsentPolicyBanner);

export { ConsentPolicyBanner };

declare global {
  interface HTMLElementTagNameMap {
    'consent-policy-banner': ConsentPolicyBanner;
  }
}
