import type { ConsentRegime, ConsentSource } from '../store/types.js';
import { resolveStore, type Disposer, type IntegrationOptions } from './shared.js';

/** One consent receipt, as POSTed to the endpoint (JSON). It holds no personal data. */
export interface ConsentReceipt {
  /** The random id of the visitor's decision chain (`state.record.id`); the last one after a reset; null if none. */
  consentId: string | null;
  /** When the change happened (ISO 8601, UTC). */
  timestamp: string;
  /** Effective grant per category after the change. */
  categories: Record<string, boolean>;
  /** Category ids whose grant changed (plus `policy` for a policy acknowledgement). */
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

export interface ConsentLogOptions extends IntegrationOptions {
  /** Where receipts are POSTed (same origin, or CORS allowing `content-type: application/json`). */
  endpoint: string;
  /**
   * Extra request headers for the `fetch` fallback only (`sendBeacon` cannot send headers).
   * `content-type: application/json` is always sent.
   */
  headers?: Record<string, string>;
  /** Use `fetch` even where `sendBeacon` exists (to send `headers`, say). Default false. */
  useFetch?: boolean;
}

function send(endpoint: string, body: string, options: ConsentLogOptions): void {
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
 * Sends one JSON receipt (`ConsentReceipt`) to `endpoint` for every consent change: consent id,
 * ISO timestamp, the effective categories, what changed, policy version, regime, GPC and source.
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
  if (!options?.endpoint) throw new TypeError('connectConsentLog: an endpoint is required');
  const store = resolveStore(options);
  let unsubscribe: (() => void) | undefined = store.subscribe(
    ({ state, previous, changed, source }) => {
      if (source === 'sync') return;
      const record = state.record;
      const receipt: ConsentReceipt = {
        consentId: record?.id ?? previous.record?.id ?? null,
        timestamp: new Date().toISOString(),
        categories: { ...state.categories },
        changed: [...changed],
        decided: state.decided,
        policyVersion: record?.policyVersion ?? store.config.policy.version ?? null,
        acknowledgedPolicy: record?.acknowledgedPolicy ?? null,
        regime: state.regime,
        gpc: state.gpc,
        source,
      };
      send(options.endpoint, JSON.stringify(receipt), options);
    },
  );
  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };
}
