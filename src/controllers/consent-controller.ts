import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConsentStore } from '../store/index.js';
import type { ConsentStoreApi } from '../store/types.js';

/** Picks the values an element shows; the host re-renders only when one of them changes. */
export type ConsentSelector = (store: ConsentStoreApi) => readonly unknown[];

/**
 * The one connection between an element and the consent store.
 *
 * Subscribes in `hostConnected`, compares the selected slice (item by item, `Object.is`) after
 * every store change and calls `requestUpdate()` only when it differs; unsubscribes in
 * `hostDisconnected`. Nothing is read before the host connects (SSR-safe).
 *
 * @example
 * ```ts
 * private consent = new ConsentController(this, (s) => [s.state.gpcApplied]);
 * ```
 */
export class ConsentController implements ReactiveController {
  /** The store, once the host is connected. */
  store?: ConsentStoreApi;
  private slice: readonly unknown[] = [];
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: ConsentSelector,
    /** Where the store comes from (a test or a nested scope may pass its own). */
    private readonly getStore: () => ConsentStoreApi = getConsentStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const store = (this.store = this.getStore());
    this.slice = this.select(store);
    this.unsubscribe = store.subscribe(() => {
      const next = this.select(store);
      if (next.length !== this.slice.length || next.some((v, i) => !Object.is(v, this.slice[i]))) {
        this.slice = next;
        this.host.requestUpdate();
      }
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
