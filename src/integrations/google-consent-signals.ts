/**
 * The signal mapping of Google Consent Mode: which Google consent types each category (or service)
 * controls, and the payload a consent state maps to. Used by the set-up (in the CDN entry) and by
 * the `update`s (a chunk there).
 */
import type { ConsentState } from '../store/types.js';

/** The consent types of Google Consent Mode v2. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

export type GoogleConsentValue = 'granted' | 'denied';

/** A consent state in the shape `gtag('consent', …)` takes. */
export type GoogleConsentPayload = Partial<Record<GoogleConsentType, GoogleConsentValue>>;

/** Which Google consent types each consent category (or service, `marketing.google-ads`) controls. */
export type GoogleConsentMap = Record<string, readonly GoogleConsentType[]>;

/** The default category → Google consent type map. */
export const DEFAULT_GOOGLE_CONSENT_MAP: Readonly<GoogleConsentMap> = /* @__PURE__ */ Object.freeze(
  {
    analytics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    preferences: ['functionality_storage', 'personalization_storage'],
  },
);

/** The Google consent payload that reflects `state` through `map` (keys: category or service ids). */
export function toGoogleConsent(
  state: Pick<ConsentState, 'categories'> & Partial<Pick<ConsentState, 'services'>>,
  map: GoogleConsentMap = DEFAULT_GOOGLE_CONSENT_MAP,
): GoogleConsentPayload {
  const payload: GoogleConsentPayload = {};
  const services = state.services ?? {};
  for (const [id, types] of Object.entries(map)) {
    const grants = Object.hasOwn(state.categories, id) ? state.categories : services;
    if (!Object.hasOwn(grants, id)) continue;
    const granted = grants[id] === true;
    for (const type of types) {
      // Several categories on one type: granted only if every one of them is.
      payload[type] = payload[type] === 'denied' || !granted ? 'denied' : 'granted';
    }
  }
  return payload;
}
