import type { IntegrationOptions } from './shared.js';

/** Options of `connectConsentLog`. */
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

/** A call without an endpoint is a mistake the caller hears of at once. */
export function requireEndpoint(options: ConsentLogOptions | undefined): void {
  if (!options?.endpoint) throw new TypeError('connectConsentLog: an endpoint is required');
}
