import { pageEntry } from '../core/registry.js';
import type { ConsentState } from '../store/types.js';
import { resolveStore, type Disposer, type IntegrationOptions } from './shared.js';

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

type Gtag = (...args: unknown[]) => void;

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

function samePayload(a: GoogleConsentPayload, b: GoogleConsentPayload): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<GoogleConsentType>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * What this library has told one data layer and who is connected to it; its existence means the
 * `default`s and `set`s went out. Shared by every copy of the library on the page (two bundles; a CDN
 * copy and a bundled one) under a versioned global key, and keyed by the data layer array itself: an
 * array that replaced `window.dataLayer` starts afresh.
 */
interface LayerState {
  /** The last `update` pushed (`undefined` while only the `default` stands), kept across reconnections. */
  last?: GoogleConsentPayload;
  /** The live connection: how many callers hold it, and how to stop it when the last lets go. */
  live?: { holders: number; stop: () => void };
  /** A second concurrent call was reported already. */
  warned?: boolean;
}

/** The commands that set a data layer up: the defaults (global, then per region) and the `set`s. */
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
  const name = options.dataLayerName ?? 'dataLayer';
  const { layer, gtag } = ensureGtag(name);
  // Shared by every copy of the library on the page (page registry): one connection per data layer.
  const states = pageEntry('consentMode', () => new WeakMap()) as WeakMap<object, LayerState>;
  let shared = states.get(layer);
  if (!shared) {
    // The first connection to this data layer: the one-time set-up (steps 1–3).
    states.set(layer, (shared = {}));
    pushDefaults(gtag, options);
  }

  if (shared.live) {
    if (!shared.warned) {
      shared.warned = true;
      console.warn(
        `consent-elements: connectGoogleConsentMode() is already connected to window.${name}: this call shares that connection and pushes no second consent default.`,
      );
    }
  } else {
    const store = resolveStore(options);
    const map = options.map ?? DEFAULT_GOOGLE_CONSENT_MAP;
    const update = (payload: GoogleConsentPayload): void => {
      shared.last = payload;
      gtag('consent', 'update', { ...payload });
    };
    const initial = store.state;
    const current = toGoogleConsent(initial, map);
    // A first connection follows the visitor's decision; a reconnection catches up on any change.
    if (
      shared.last
        ? !samePayload(current, shared.last)
        : initial.decided || initial.regime === 'opt-out'
    ) {
      update(current);
    }
    shared.live = {
      holders: 0,
      stop: store.subscribe(({ state, previous }) => {
        const next = toGoogleConsent(state, map);
        // Until the first update, compare with the state at connection (which the default stands for).
        if (!samePayload(next, shared.last ?? current) || state.decided !== previous.decided) {
          update(next);
        }
      }),
    };
  }

  const live = shared.live;
  live.holders++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--live.holders > 0) return;
    live.stop();
    if (shared.live === live) shared.live = undefined;
  };
}
