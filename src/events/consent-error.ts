import type { ConsentErrorDetail } from '../store/types.js';

export type { ConsentErrorDetail };

/**
 * Fired on `document` (bubbles, composed) and on the store when the store refused or could not do
 * something (invalid config, cookies unavailable, corrupt cookie, unknown category) and what it did
 * instead. The store never throws into the page; a `[consent-elements]` warning is logged too.
 */
export type ConsentErrorEvent = CustomEvent<ConsentErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-error': ConsentErrorEvent;
  }
  interface DocumentEventMap {
    'consent-error': ConsentErrorEvent;
  }
}

/**
 * Reports a problem found outside the store (a module loaded on demand that could not load): a
 * `[consent-elements]` warning, and `consent-error` on `document` (bubbles, composed).
 */
export function reportConsentError(detail: ConsentErrorDetail): void {
  console.warn(`[consent-elements] ${detail.message}`);
  document.dispatchEvent(
    new CustomEvent('consent-error', { detail, bubbles: true, composed: true }),
  );
}
