/**
 * The integrations as the CDN entry exports them: every name of `consent-elements/integrations`,
 * but a page downloads integration code only when it uses it.
 * - On demand (a chunk each): the script gate, once the page has gated markup; the receipts
 *   (`connectConsentLog`), once called. Neither lets anything through early while it loads (see
 *   their modules).
 * - In the entry: Google Consent Mode and the analytics adapters. Their first effect must be done
 *   when the call returns (the `default` before the next tag runs, an SDK's opt-out before it
 *   sends), and so must every later withdrawal: a download in between could let data through.
 *   `onConsent` is the same few lines the adapters share; a chunk round trip would cost more time
 *   than its bytes.
 */
export * from '../integrations/google-consent-mode.js';
export * from '../integrations/mixpanel.js';
export * from '../integrations/posthog.js';
export * from '../integrations/on-consent.js';
export * from './script-gate.js';
export * from './consent-log.js';
export type { ConsentReceipt } from '../integrations/consent-log.js';
export type { Disposer, IntegrationOptions } from '../integrations/shared.js';
export type { ConsentRevokeDetail, ConsentRevokeEvent } from '../events/consent-revoke.js';
