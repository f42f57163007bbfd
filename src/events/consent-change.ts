import type { ConsentChangeDetail } from '../store/types.js';

export type { ConsentChangeDetail };

/**
 * Fired on `document` (bubbles, composed) once after every change of the consent state, whatever
 * its source (`detail.source`), including a change made in another tab (`sync`).
 */
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
  interface DocumentEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
