/**
 * The integrations as the CDN entry exports them: every name of `consent-elements/integrations`,
 * but a page downloads integration code only when it uses it.
 * - On demand (a chunk each): the script gate, once the page has gated markup; the receipts
 *   (`connectConsentLog`), once called; Consent Mode's connection (its `update`s), once
 *   `connectGoogleConsentMode()` is called. None lets anything through early while it loads (see
 *   their modules): Consent Mode's `default`s go out before the call returns.
 * - In the entry: the signal mapping (`toGoogleConsent`, the default map), Consent Mode's set-up,
 *   and the analytics adapters. An adapter's first effect (an SDK's opt-out) must be done when the
 *   call returns, and so must every later withdrawal, or data could go out in between. What is left
 *   of an adapter besides that is one `subscribe` call (`followConsent` in shared.ts): a loader for
 *   it would weigh more than it. `onConsent` is the same few lines.
 */
export * from '../integrations/google-consent-signals.js';
export type { GoogleConsentModeOptions } from '../integrations/google-consent-default.js';
export * from './google-consent-mode.js';
export * from '../integrations/mixpanel.js';
export * from '../integrations/posthog.js';
export * from '../integrations/on-consent.js';
export * from './script-gate.js';
export * from './consent-log.js';
export type { ConsentReceipt } from '../integrations/consent-log.js';
export type { Disposer, IntegrationOptions } from '../integrations/shared.js';
export type { ConsentRevokeDetail, ConsentRevokeEvent } from '../events/consent-revoke.js';
