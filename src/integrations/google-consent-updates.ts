/**
 * The connection of Google Consent Mode to the store, once the data layer is set up
 * (google-consent-default.ts): one reference-counted connection per data layer, shared by every
 * caller, that pushes one `gtag('consent', 'update', …)` for the state found when it starts (if it
 * differs from what the data layer was last told) and one per later change that alters it. The CDN
 * entry loads this as a chunk when `connectGoogleConsentMode()` is called: a change made while it
 * loads is caught up on when the connection starts, since it compares that moment's state with
 * what was pushed.
 */
import {
  DEFAULT_GOOGLE_CONSENT_MAP,
  toGoogleConsent,
  type GoogleConsentMap,
  type GoogleConsentPayload,
  type GoogleConsentType,
} from './google-consent-signals.js';
import type { DataLayerLink, GoogleConsentModeOptions } from './google-consent-default.js';
import { resolveStore, type Disposer } from './shared.js';
import type { ConsentStoreApi } from '../store/types.js';

function samePayload(a: GoogleConsentPayload, b: GoogleConsentPayload): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<GoogleConsentType>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Pushes the `update`s for `store` through `map` until the returned function is called. */
function followConsent(
  { layer, gtag }: DataLayerLink,
  store: ConsentStoreApi,
  map: GoogleConsentMap,
): Disposer {
  const update = (payload: GoogleConsentPayload): void => {
    layer.last = payload;
    gtag('consent', 'update', { ...payload });
  };
  const initial = store.state;
  const current = toGoogleConsent(initial, map);
  // A first connection follows the visitor's decision; a reconnection catches up on any change.
  if (
    layer.last ? !samePayload(current, layer.last) : initial.decided || initial.regime === 'opt-out'
  ) {
    update(current);
  }
  return store.subscribe(({ state, previous }) => {
    const next = toGoogleConsent(state, map);
    // Until the first update, compare with the state at connection (which the default stands for).
    if (!samePayload(next, layer.last ?? current) || state.decided !== previous.decided) {
      update(next);
    }
  });
}

/**
 * Joins the data layer's live connection, or starts it with `options` (store and map) when there is
 * none; a second concurrent caller warns once per data layer. Returns the caller's disposer: the
 * connection stops when every caller has let go (each disposer counts once).
 */
export function joinConnection(link: DataLayerLink, options: GoogleConsentModeOptions): Disposer {
  const shared = link.layer;
  if (shared.live) {
    if (!shared.warned) {
      shared.warned = true;
      console.warn(
        `consent-elements: connectGoogleConsentMode() is already connected to window.${link.name}: this call shares that connection and pushes no second consent default.`,
      );
    }
  } else {
    const store = resolveStore(options);
    const map = options.map ?? DEFAULT_GOOGLE_CONSENT_MAP;
    shared.live = { holders: 0, stop: followConsent(link, store, map) };
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
