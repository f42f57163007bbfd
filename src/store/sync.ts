/**
 * Tab sync. A BroadcastChannel named after the cookie carries each new cookie value ('' when the
 * decision was reset) to the other tabs of the site; as a fallback for browsers or frames without
 * it, the store re-reads the cookie whenever the page becomes visible, gains focus or is restored.
 */

/** A live sync connection. */
export interface Sync {
  /** Tells the other tabs about a new cookie value (`''` after a reset). */
  post(value: string): void;
  /** Closes the channel and removes the listeners. */
  close(): void;
}

const WAKE = ['visibilitychange', 'focus', 'pageshow'];

/**
 * @param name the cookie name: tabs using the same cookie share a channel.
 * @param onValue called with a value another tab posted.
 * @param onWake called when this page becomes visible, focused or is shown from the cache.
 */
export function connectSync(
  name: string,
  onValue: (value: string) => void,
  onWake: () => void,
): Sync {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('consent-elements:' + name);
    channel.onmessage = (e) => onValue(String(e.data));
  } catch {
    // No BroadcastChannel (old browser, opaque origin): the wake events still resync.
  }
  const wake = () => document.visibilityState !== 'hidden' && onWake();
  for (const t of WAKE) addEventListener(t, wake);
  return {
    post(value) {
      try {
        channel?.postMessage(value);
      } catch {
        // A closed channel: nothing to tell.
      }
    },
    close() {
      channel?.close();
      for (const t of WAKE) removeEventListener(t, wake);
    },
  };
}
