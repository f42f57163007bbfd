/**
 * Watches what a page stores and requests, for the audit: cookie names (CookieStore `change` events
 * where the browser has them, otherwise polling `document.cookie`), the keys of `localStorage` and
 * `sessionStorage` (polled: a page's own writes fire no event in the same page), and requests to
 * other hosts (resource timing entries, observed `buffered`, so what loaded before the audit counts).
 * Storage that throws (sandboxed frames, blocked cookies) reads as empty: watching never breaks the page.
 */
import { parseCookieString } from '../core/cookie-string.js';
import { isOtherHost } from './classify.js';
import type { StorageArea, WatchedSet } from './ledger.js';

export interface PageWatcherCallbacks {
  /** The names now in a watched set. */
  names(set: WatchedSet, names: string[]): void;
  /** A request to another host, with its start time (ms since the page's time origin). */
  request(url: string, startTime: number): void;
}

interface CookieStoreLike extends EventTarget {
  addEventListener(type: 'change', listener: () => void): void;
}

const STORAGE_AREAS: readonly StorageArea[] = ['localStorage', 'sessionStorage'];

export class PageWatcher {
  readonly #callbacks: PageWatcherCallbacks;
  readonly #pollInterval: number;
  #timer: ReturnType<typeof setInterval> | undefined;
  #observer: PerformanceObserver | undefined;
  #cookieStore: CookieStoreLike | undefined;
  readonly #onCookieChange = (): void => this.#scanCookies();

  constructor(callbacks: PageWatcherCallbacks, { pollInterval = 500 } = {}) {
    this.#callbacks = callbacks;
    this.#pollInterval = pollInterval;
  }

  start(): void {
    this.stop();
    this.#cookieStore = (globalThis as { cookieStore?: CookieStoreLike }).cookieStore;
    this.#cookieStore?.addEventListener('change', this.#onCookieChange);
    this.#timer = setInterval(() => this.#poll(), this.#pollInterval);
    this.#observeRequests();
    this.scan();
  }

  stop(): void {
    this.#cookieStore?.removeEventListener('change', this.#onCookieChange);
    this.#cookieStore = undefined;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Reads cookies and storage now (also on every consent change). */
  scan(): void {
    this.#scanCookies();
    this.#scanStorage();
  }

  /** Reads every resource timing entry now, not waiting for the observer's next callback. */
  sweepRequests(): void {
    if (typeof performance?.getEntriesByType === 'function') {
      this.#onEntries(performance.getEntriesByType('resource'));
    }
  }

  #onEntries(entries: PerformanceEntryList): void {
    const pageHost = location.hostname;
    for (const entry of entries) {
      if (isOtherHost(entry.name, pageHost)) this.#callbacks.request(entry.name, entry.startTime);
    }
  }

  /** What has no change event: storage keys, and cookies where there is no CookieStore. */
  #poll(): void {
    if (!this.#cookieStore) this.#scanCookies();
    this.#scanStorage();
  }

  #scanStorage(): void {
    for (const area of STORAGE_AREAS) this.#callbacks.names(area, storageKeys(area));
  }

  #scanCookies(): void {
    this.#callbacks.names('cookie', cookieNames());
  }

  #observeRequests(): void {
    if (typeof PerformanceObserver !== 'function') return;
    this.#observer = new PerformanceObserver((list) => this.#onEntries(list.getEntries()));
    try {
      this.#observer.observe({ type: 'resource', buffered: true });
    } catch {
      // A browser without resource timing: requests are not watched, cookies and storage still are.
      this.#observer = undefined;
    }
  }
}

function cookieNames(): string[] {
  try {
    return parseCookieString(document.cookie).map(([name]) => name);
  } catch {
    return [];
  }
}

function storageKeys(area: StorageArea): string[] {
  try {
    const storage = window[area];
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
