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

/** Which Google consent types each consent category controls. */
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
   * A type controlled by several categories is granted only when all of them are granted.
   * A type no configured category controls stays at its default.
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

/** Google's own stub: queue the `arguments` object itself (gtag.js only processes Arguments objects). */
function ensureGtag(dataLayerName: string): Gtag {
  const w = window as unknown as Record<string, unknown>;
  const layer = (w[dataLayerName] ??= []) as unknown[];
  if (typeof w.gtag !== 'function') {
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      layer.push(arguments);
    };
  }
  return (...args: unknown[]) => (w.gtag as Gtag)(...args);
}

/** The Google consent payload that reflects `state` through `map`. */
export function toGoogleConsent(
  state: Pick<ConsentState, 'categories'>,
  map: GoogleConsentMap = DEFAULT_GOOGLE_CONSENT_MAP,
): GoogleConsentPayload {
  const payload: GoogleConsentPayload = {};
  for (const [category, types] of Object.entries(map)) {
    if (!Object.hasOwn(state.categories, category)) continue;
    const granted = state.categories[category] === true;
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
 * @returns a disposer that stops the updates (what was pushed stays pushed).
 */
export function connectGoogleConsentMode(options: GoogleConsentModeOptions = {}): Disposer {
  const store = resolveStore(options);
  const map = options.map ?? DEFAULT_GOOGLE_CONSENT_MAP;
  const gtag = ensureGtag(options.dataLayerName ?? 'dataLayer');

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

  const initial = store.state;
  let last: GoogleConsentPayload = toGoogleConsent(initial, map);
  if (initial.decided || initial.regime === 'opt-out') gtag('consent', 'update', { ...last });

  let unsubscribe: (() => void) | undefined = store.subscribe(({ state, previous }) => {
    const next = toGoogleConsent(state, map);
    if (samePayload(next, last) && state.decided === previous.decided) return;
    last = next;
    gtag('consent', 'update', { ...next });
  });
  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };
}
