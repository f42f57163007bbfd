import { isGranted } from '../core/state.js';
import { getConsentStore } from '../store/index.js';
import type { ConsentStoreApi } from '../store/types.js';

/** Options every integration accepts. */
export interface IntegrationOptions {
  /**
   * The store to follow. Default: the page's one store, `getConsentStore()`.
   * Pass another only in tests or for a scoped store.
   */
  store?: ConsentStoreApi;
}

/** The store an integration follows: the one passed in, else the page's store. */
export function resolveStore(options?: IntegrationOptions): ConsentStoreApi {
  return options?.store ?? getConsentStore();
}

/** A function that stops an integration. Calling it twice is harmless. */
export type Disposer = () => void;

/**
 * Calls `apply(granted)` at once with the current consent to `category` (a category id, or a service
 * id such as `marketing.youtube`), then after every change of it (never twice in a row with the same
 * value). The common core of `onConsent` and the adapters.
 */
export function followConsent(
  category: string,
  apply: (granted: boolean) => void,
  options?: IntegrationOptions,
): Disposer {
  const store = resolveStore(options);
  let granted = store.isGranted(category);
  let unsubscribe: (() => void) | undefined = store.subscribe(({ state }) => {
    const now = isGranted(state, category);
    if (now !== granted) apply((granted = now));
  });
  apply(granted);
  return () => {
    unsubscribe?.();
    unsubscribe = undefined;
  };
}

/** Options of the analytics adapters (Mixpanel, PostHog). */
export interface AdapterOptions extends IntegrationOptions {
  /** The consent category that governs the SDK. Default `analytics`. */
  category?: string;
}

/** An analytics SDK's opt-in switch, as the adapters see it. */
export interface OptInSwitch {
  optIn(): void;
  optOut(): void;
  /** `true` when the SDK already is opted in (`undefined`: it cannot tell). */
  optedIn(): boolean | undefined;
  /** `true` when the SDK already is opted out (`undefined`: it cannot tell). */
  optedOut(): boolean | undefined;
}

/**
 * Keeps an SDK's opt-in state in step with consent to `category` (default `analytics`): applied at
 * once, then on every change; a call is skipped when the SDK already is in that state.
 */
export function followOptIn(
  sdk: OptInSwitch,
  { category = 'analytics', ...options }: AdapterOptions = {},
): Disposer {
  return followConsent(
    category,
    (granted) => {
      if (granted) {
        if (sdk.optedIn() !== true) sdk.optIn();
      } else if (sdk.optedOut() !== true) {
        sdk.optOut();
      }
    },
    options,
  );
}
