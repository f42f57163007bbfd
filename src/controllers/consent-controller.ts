import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConsentStore } from '../store/index.js';
import type { ConsentStoreApi } from '../store/types.js';

/** Picks the values an element shows; the host re-renders only when one of them changes. */
export type ConsentSelector = (store: ConsentStoreApi) => readonly unknown[];

/**
 * The one connection between an element and the consent store.
 *
 * Subscribes in `hostConnected`, compares the selected slice (item by item, `Object.is`) after
 * every store change or new configuration (`consent-config`) and calls `requestUpdate()` only when
 * it differs; unsubscribes in `hostDisconnected`. The store is held from the constructor (the store
 * itself touches no DOM until used in a browser: SSR-safe).
 *
 * @example
 * ```ts
 * private consent = new ConsentController(this, (s) => [s.state.gpcApplied]);
 * ```
 */
export class ConsentController implements ReactiveController {
  /** The page's store (creating it reads nothing from the page: SSR-safe). */
  readonly store: ConsentStoreApi;
  readonly #host: ReactiveControllerHost;
  readonly #select: ConsentSelector;
  #slice: readonly unknown[] = [];
  #unsubscribe?: () => void;

  /**
   * @param host the element to re-render.
   * @param select what it shows from the store.
   * @param getStore where the store comes from (a test or a nested scope may pass its own).
   */
  constructor(
    host: ReactiveControllerHost,
    select: ConsentSelector,
    getStore: () => ConsentStoreApi = getConsentStore,
  ) {
    this.#host = host;
    this.#select = select;
    this.store = getStore();
    host.addController(this);
  }

  hostConnected(): void {
    const { store } = this;
    this.#slice = this.#select(store);
    const refresh = () => {
      const next = this.#select(store);
      const slice = this.#slice;
      if (next.length !== slice.length || next.some((v, i) => !Object.is(v, slice[i]))) {
        this.#slice = next;
        this.#host.requestUpdate();
      }
    };
    const unsubscribe = store.subscribe(refresh);
    // A new configuration (copy, locale, contact) can leave consent as it was: no consent-change.
    store.addEventListener('consent-config', refresh);
    this.#unsubscribe = () => {
      unsubscribe();
      store.removeEventListener('consent-config', refresh);
    };
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
