/** `detail` of the `consent-revoke` event. */
export interface ConsentRevokeDetail {
  /** Category ids the visitor just withdrew. */
  categories: string[];
  /** Service ids (`marketing.youtube`) just withdrawn, alone or with their category. */
  services: string[];
  /** Names of the cookies that were removed because they belong to those categories or services. */
  removedCookies: string[];
}

/**
 * Fired on `document` (bubbles, composed) by `gateScripts()` after consent to one or more categories
 * or services was withdrawn and their cookies were removed. Scripts that already ran cannot be unloaded: a host
 * that needs a clean page reloads here.
 */
export type ConsentRevokeEvent = CustomEvent<ConsentRevokeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-revoke': ConsentRevokeEvent;
  }
  interface DocumentEventMap {
    'consent-revoke': ConsentRevokeEvent;
  }
}
