/**
 * Tab sync. A BroadcastChannel named after the cookie carries each new cookie value ('' when the
 * decision was reset) to the other tabs of the site; as a fallback for browsers or frames without
 * it, the store re-reads the cookie whenever the page becomes visible, gains focus or is restored.
 */

/** The page events after which the cookie may have changed while this tab was away. */
const WAKE_EVENTS = ['visibilitychange', 'focus', 'pageshow'];

/** A live sync connection for one cookie name, until `close()`. */
export class TabSync {
  readonly #channel: BroadcastChannel | undefined;
  readonly #onWake: (event: Event) => void;

  /**
   * @param name the cookie name: tabs using the same cookie share a channel.
   * @param onValue called with a value another tab posted.
   * @param onWake called when this page becomes visible, focused or is shown again from the cache.
   */
  constructor(name: string, onValue: (value: string) => void, onWake: () => void) {
    try {
      this.#channel = new BroadcastChannel('consent-elements:' + name);
      this.#channel.onmessage = (event) => onValue(String(event.data));
    } catch {
      // No BroadcastChannel (old browser, opaque origin): the wake events still resync.
    }
    this.#onWake = (event: Event) => {
      // The first `pageshow` (not `persisted`) is this page's own load: the store has just read
      // the cookie, and the channel has carried any change since. Only a page shown again from
      // the back/forward cache may have missed one.
      const shownAgain = (event as PageTransitionEvent).persisted !== false;
      if (shownAgain && !document.hidden) onWake();
    };
    for (const type of WAKE_EVENTS) addEventListener(type, this.#onWake);
  }

  /** Tells the other tabs about a new cookie value (`''` after a reset). */
  post(value: string): void {
    try {
      this.#channel?.postMessage(value);
    } catch {
      // A closed channel: nothing to tell.
    }
  }

  /** Closes the channel and removes the listeners. */
  close(): void {
    this.#channel?.close();
    for (const type of WAKE_EVENTS) removeEventListener(type, this.#onWake);
  }
}
