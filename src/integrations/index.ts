/**
 * `consent-elements/integrations`: optional connections between the consent store and the tools a
 * site runs. Each lives in its own side-effect-free module, so a bundler keeps only what is used.
 * No Lit here: these run wherever the store runs.
 */
export {
  connectGoogleConsentMode,
  toGoogleConsent,
  DEFAULT_GOOGLE_CONSENT_MAP,
  type GoogleConsentModeOptions,
  type GoogleConsentMap,
  type GoogleConsentPayload,
  type GoogleConsentType,
  type GoogleConsentValue,
} from './google-consent-mode.js';
export { gateScripts, type GateScriptsOptions } from './script-gate.js';
export { onConsent } from './on-consent.js';
export { connectConsentLog, type ConsentLogOptions, type ConsentReceipt } from './consent-log.js';
export { connectMixpanel, type MixpanelAdapterOptions, type MixpanelLike } from './mixpanel.js';
export { connectPostHog, type PostHogAdapterOptions, type PostHogLike } from './posthog.js';
export type { Disposer, IntegrationOptions } from './shared.js';
export type { ConsentRevokeDetail, ConsentRevokeEvent } from '../events/consent-revoke.js';
