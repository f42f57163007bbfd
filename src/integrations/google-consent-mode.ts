/**
 * `connectGoogleConsentMode()` as `consent-elements/integrations` exports it: the set-up and the
 * connection that pushes the `update`s, both at once. (The CDN entry loads the connection on
 * demand: on-demand/google-consent-mode.ts.)
 */
import { setUpDataLayer, type GoogleConsentModeOptions } from './google-consent-default.js';
import { joinConnection } from './google-consent-updates.js';
import type { Disposer } from './shared.js';

export * from './google-consent-signals.js';
export type { GoogleConsentModeOptions };

/**
 * Connects the consent store to Google Consent Mode v2 (gtag.js, Google Tag Manager).
 *
 * Call it before any Google tag loads. It pushes, in this order:
 * 1. `gtag('consent', 'default', { every type 'denied', security_storage: 'granted', wait_for_update })`;
 * 2. one `default` per entry of `regions`, with `region: [...]`;
 * 3. `gtag('set', 'ads_data_redaction', …)` / `gtag('set', 'url_passthrough', …)` when asked;
 * 4. at once, `gtag('consent', 'update', …)` when the visitor has already decided
 *    (or the opt-out regime grants categories before any decision);
 * 5. then one `update` per consent change that alters the Google consent state or records a decision.
 *
 * Works before gtag.js loads: `window.dataLayer` and the standard `gtag` stub are created if missing.
 *
 * Idempotent per data layer, so that React StrictMode, a component mounted twice or two bundles that
 * each call it cannot push a second `default`:
 * - A call while another connection to the same data layer is live pushes nothing, warns once (per
 *   data layer) and shares that connection; its options are ignored. The connection is
 *   reference-counted: it keeps pushing one `update` per change until every caller has called its
 *   disposer (each disposer counts once, however often it is called).
 * - Steps 1–3 happen once per data layer for the life of the page, also across a disconnection.
 *   Google's consent mode guide sets the `default` once per page load, before any tag reads consent,
 *   and reports every later choice with `update`: a `default` after an `update` is outside that
 *   contract (it does not say "the visitor changed their mind", and tags that already read the
 *   updated state must not be told the pre-consent state again). The region defaults and `set`
 *   commands belong to that same one-time set-up. So a new connection after the last disposer
 *   (StrictMode's mount → unmount → mount, say) pushes only what changed in between: an `update` when
 *   the Google consent state differs from the last `update` pushed (or, when none was pushed yet, by
 *   the rule of step 4). A different data layer (`dataLayerName`, or an array that replaced
 *   `window.dataLayer`) is a separate one and gets its own `default`.
 *
 * @returns a disposer that lets go of the connection (what was pushed stays pushed); updates stop
 *   once every caller sharing the connection has called its disposer.
 */
export function connectGoogleConsentMode(options: GoogleConsentModeOptions = {}): Disposer {
  return joinConnection(setUpDataLayer(options), options);
}
