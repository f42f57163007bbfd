/**
 * Where every policy banner of this copy of the library gets its view (policy-banner-view.ts:
 * template, styles, the date's wording, Got it): the entry that registers the tag hands it over
 * (the npm `define` modules the module itself, the CDN entry a loader of its chunk, fetched only
 * when a banner has a policy change to announce; see ../shared/view-source.ts).
 */
import { ElementView } from '../shared/view-source.js';
import type { PolicyBannerHost, PolicyBannerView } from './policy-banner-view.js';

export const policyBannerView = new ElementView<PolicyBannerHost, PolicyBannerView>(
  'consent-policy-banner',
);
