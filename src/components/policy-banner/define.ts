import { ConsentPolicyBanner } from './policy-banner.js';
import { createView } from './policy-banner-view.js';
import { policyBannerView } from './view-source.js';
import { defineElement } from '../shared/define-element.js';
import { viewAtHand } from '../shared/view-source.js';

// Handed over with the element, so a banner draws in its first update, as the other elements do
// (the CDN entry defines the banner in on-demand/elements.ts and hands over a loader of a chunk).
policyBannerView.use(viewAtHand({ createView }));
defineElement('consent-policy-banner', ConsentPolicyBanner);

export { ConsentPolicyBanner };

declare global {
  interface HTMLElementTagNameMap {
    'consent-policy-banner': ConsentPolicyBanner;
  }
}
