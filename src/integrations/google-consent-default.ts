/**
 * The synchronous part of Google Consent Mode: the data layer and `gtag` stub, and the one-time
 * set-up every tag must find before it runs (the `default`s and the `set` commands). The connection
 * that follows the store afterwards (google-consent-updates.ts) is joined at once by
 * `consent-elements/integrations`, and loaded as a chunk by the CDN entry
 * (on-demand/google-consent-mode.ts), so a page that never connects downloads none of it.
 */
import { pageEntry } from '../core/registry.js';
import type {
  GoogleConsentMap,
  GoogleConsentPayload,
  GoogleConsentValue,
} from './google-consent-signals.js';
import type { IntegrationOptions } from './shared.js';

const DENIED_DEFAULT: Readonly<Required<GoogleConsentPayload>> = /* @__PURE__ */ Object.freeze({
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
});

export interface GoogleConsentModeOptions extends IntegrationOptions {
  /**
   * Category id → the Google consent types it grants. Replaces the default map
   * (`analytics` → `analytics_storage`; `marketing` → `ad_storage`, `ad_user_data`,
   * `ad_personalization`; `preferences` → `functionality_storage`, `personalization_storage`).
   * A key may be a service id instead (`{ 'marketing.google-ads': ['ad_storage', 'ad_user_data',
   * 'ad_personalization'] }`): the types then follow that service's grant.
   * A type controlled by several categories is granted only when all of them are granted.
   * A type no configured category or service controls stays at its default.
   */
  map?: GoogleConsentMap;
  /** Milliseconds Google tags wait for an `update` after the `default`. Default 500. */
  waitForUpdate?: number;
  /** Push `gtag('set', 'ads_data_redaction', value)` after the default. Not set by default. */
  adsDataRedaction?: boolean;
  /** Push `gtag('set', 'url_passthrough', value)` after the default. Not set by default. */
  urlPassthrough?: boolean;
  /**
   * Extra region-specific defaults, each pushed as its own
   * `gtag('consent', 'default', { …, region: [...] })` after the global default.
   * Key: one ISO 3166-2 region code or several separated by commas (`'DE,FR,IT'`, `'US-CA'`).
   * Value: `'granted'` or `'denied'` for every type except `security_storage` (always granted),
   * or an explicit per-type payload.
   * @example { 'US-CA,US-NY': 'granted', 'DE,FR': 'denied' }
   */
  regions?: Record<string, GoogleConsentValue | GoogleConsentPayload>;
  /** Name of the global data layer array. Default `dataLayer` (change it only if your GTM snippet does). */
  dataLayerName?: string;
}

export type Gtag = (...args: unknown[]) => void;

/**
 * The data layer (created if missing) and a `gtag` that calls the page's: Google's own stub if the page
 * has none, which queues the `arguments` object itself (gtag.js only processes Arguments objects).
 */
function ensureGtag(dataLayerName: string): { layer: unknown[]; gtag: Gtag } {
  const w = window as unknown as Record<string, unknown>;
  const layer = (w[dataLayerName] ??= []) as unknown[];
  if (typeof w.gtag !== 'function') {
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      layer.push(arguments);
    };
  }
  return { layer, gtag: (...args: unknown[]) => (w.gtag as Gtag)(...args) };
}

/**
 * What this library has told one data layer and who is connected to it; its existence means the
 * `default`s and `set`s went out. Shared by every copy of the library on the page (two bundles; a CDN
 * copy and a bundled one) under a versioned global key, and keyed by the data layer array itself: an
 * array that replaced `window.dataLayer` starts afresh. Its shape is shared with other copies: keep it.
 */
export interface LayerState {
  /** The last `update` pushed (`undefined` while only the `default` stands), kept across reconnections. */
  last?: GoogleConsentPayload;
  /** The live connection: how many callers hold it, and how to stop it when the last lets go. */
  live?: { holders: number; stop: () => void };
  /** A second concurrent call was reported already. */
  warned?: boolean;
}

/** A data layer once it is set up: its state shared by every copy, `gtag`, and its global name. */
export interface DataLayerLink {
  layer: LayerState;
  gtag: Gtag;
  name: string;
}

/**
 * The commands that set a data layer up: the defaults (global, then per region) and the `set`s.
 * All of them, not only the global default, go out synchronously: a tag that runs next must find
 * its region's default and `ads_data_redaction` already there (a later one would leave what that
 * tag sent unredacted).
 */
function pushDefaults(gtag: Gtag, options: GoogleConsentModeOptions): void {
  gtag('consent', 'default', { ...DENIED_DEFAULT, wait_for_update: options.waitForUpdate ?? 500 });
  for (const [codes, value] of Object.entries(options.regions ?? {})) {
    const region = codes
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    if (region.length === 0) continue;
    const payload: GoogleConsentPayload =
      typeof value === 'string'
        ? Object.fromEntries(
            Object.keys(DENIED_DEFAULT).map((type) => [
              type,
              type === 'security_storage' ? 'granted' : value,
            ]),
          )
        : value;
    gtag('consent', 'default', { ...payload, region });
  }
  if (options.adsDataRedaction !== undefined) {
    gtag('set', 'ads_data_redaction', options.adsDataRedaction);
  }
  if (options.urlPassthrough !== undefined) gtag('set', 'url_passthrough', options.urlPassthrough);
}

/**
 * Sets up the data layer `options` name, the first time any copy of the library connects to it:
 * every command there must be before a tag runs, so this part never waits for a download.
 */
export function setUpDataLayer(options: GoogleConsentModeOptions): DataLayerLink {
  const name = options.dataLayerName ?? 'dataLayer';
  const { layer, gtag } = ensureGtag(name);
  // Shared by every copy of the library on the page (page registry): one state per data layer.
  const states = pageEntry('consentMode', () => new WeakMap()) as WeakMap<object, LayerState>;
  let shared = states.get(layer);
  if (!shared) {
    // The first connection to this data layer: the one-time set-up.
    states.set(layer, (shared = {}));
    pushDefaults(gtag, options);
  }
  return { layer: shared, gtag, name };
}
