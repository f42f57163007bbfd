import type {
  ConsentChangeDetail,
  ConsentRegime,
  ConsentSource,
  ConsentStoreApi,
} from '../store/types.js';
import { requireEndpoint, type ConsentLogOptions } from './consent-log-options.js';
import { resolveStore, type Disposer } from './shared.js';

export type { ConsentLogOptions };

/** One consent receipt, as POSTed to the endpoint (JSON). It holds no personal data. */
export interface ConsentReceipt {
  /** The random id of the visitor's decision chain (`state.record.id`); the last one after a reset; null if none. */
  consentId: string | null;
  /** When the change happened (ISO 8601, UTC). */
  timestamp: string;
  /** Effective grant per category after the change. */
  categories: Record<string, boolean>;
  /** Effective grant per configured service (`marketing.youtube`) after the change. */
  services: Record<string, boolean>;
  /** Category and service ids whose grant changed (plus `policy` for a policy acknowledgement). */
  changed: string[];
  /** A valid decision exists after the change (false after a reset). */
  decided: boolean;
  /** The policy version the consent was given under (else the configured current version), or null. */
  policyVersion: string | null;
  /** The last policy version the visitor acknowledged, or null. */
  acknowledgedPolicy: string | null;
  regime: ConsentRegime;
  /** The browser sent Global Privacy Control. */
  gpc: boolean;
  /** Who made the change: `notice`, `toggle`, `banner`, `api`, … */
  source: ConsentSource;
}

/** POSTs one receipt to `options.endpoint`; a lost receipt never breaks the page. */
export function sendReceipt(receipt: ConsentReceipt, options: ConsentLogOptions): void {
  const { endpoint } = options;
  const body = JSON.stringify(receipt);
  if (!options.useFetch && typeof navigator.sendBeacon === 'function') {
    try {
      if (navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' }))) return;
    } catch {
      // fall through to fetch
    }
  }
  if (typeof fetch !== 'function') return;
  fetch(endpoint, {
    method: 'POST',
    keepalive: true,
    body,
    headers: { ...options.headers, 'content-type': 'application/json' },
  }).catch(() => {
    // A lost receipt must never break the page.
  });
}

/**
 * The receipt of one change made at `at`; `undefined` for a change from another tab
 * (`source: 'sync'`), which the tab that made it sent.
 */
export function receiptFor(
  { state, previous, changed, source }: ConsentChangeDetail,
  store: ConsentStoreApi,
  at: Date,
): ConsentReceipt | undefined {
  if (source === 'sync') return undefined;
  const record = state.record;
  return {
    consentId: record?.id ?? previous.record?.id ?? null,
    timestamp: at.toISOString(),
    categories: { ...state.categories },
    services: { ...state.services },
    changed: [...changed],
    decided: state.decided,
    policyVersion: record?.policyVersion ?? store.config.policy.version ?? null,
    acknowledgedPolicy: record?.acknowledgedPolicy ?? null,
    regime: state.regime,
    gpc: state.gpc,
    source,
  };
}

/**
 * Sends one JSON receipt (`ConsentReceipt`) to `endpoint` for every consent change: consent id,
 * ISO timestamp, the effective categories and services, what changed, policy version, regime, GPC and source.
 * No personal data: no user agent, IP-derived data, URL or query string is included.
 *
 * Sent with `navigator.sendBeacon` (a `Blob` of type `application/json`, survives page unload);
 * falls back to `fetch(endpoint, { method: 'POST', keepalive: true })` when `sendBeacon` is missing
 * or refuses. Changes that arrive from another tab (`source: 'sync'`) are not sent again: the tab
 * that made them did.
 *
 * @param options `endpoint` (required), `headers` and `useFetch` for the fetch path, `store`.
 * @returns a disposer that stops sending.
 */
export function connectConsentLog(options: ConsentLogOptions): Disposer {
  requireEndpoint(options);
  const store = resolveStore(options);
  let unsubscribe: (() => void) | undefined = store.subscribe((change) => {
    const receipt = receiptFor(change, store, new Date());
    if (receipt) sendReceipt(receipt, options);
  });
  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };
}
