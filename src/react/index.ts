/**
 * `consent-elements/react`: hooks, a provider and JSX types for the native tags. A separate entry so
 * the rest of the library never needs React, not even its types; it imports neither `@lit/react`
 * nor the elements (the wrappers are `consent-elements/react/wrappers`).
 *
 * - React 19 renders the custom elements natively (`<consent-cookie-notice>` in JSX): register them
 *   with `import 'consent-elements/define'`; this module's types add every tag to JSX (any import
 *   from it, or `import type {} from 'consent-elements/react'`). The tag types are generated from
 *   custom-elements.json (scripts/framework-types.mjs).
 * - `consent-change` is dispatched on `document`, never on an element: use `useConsent()`,
 *   `useConsentCategory(id)` or `useConsentChange(fn)`.
 * - `<ConsentProvider initialState={…}>` hands the hooks what the server read from the cookie, so
 *   the server render and hydration show the visitor's decision, not an undecided state.
 *
 * The built file starts with `"use client"`: the hooks and the provider are client code that a
 * Server Component file can render (the provider) or import types from.
 */
import * as React from 'react';
import { deriveState, getConsentStore } from '../store/index.js';
import type { ConsentListener, ConsentState, ConsentStoreApi } from '../store/types.js';

export type { ConsentIntrinsicElements } from '../frameworks/react.js';
export type { ConsentState } from '../store/types.js';

/** What `useConsent()` returns: the current state and the store's methods (stable functions). */
export type UseConsentResult = { state: ConsentState } & Pick<
  ConsentStoreApi,
  | 'isGranted'
  | 'acceptAll'
  | 'rejectAll'
  | 'setCategory'
  | 'setCategories'
  | 'acknowledgePolicy'
  | 'reset'
>;

/** The state the server rendered with, given by `ConsentProvider`; null without a provider. */
const InitialStateContext = React.createContext<ConsentState | null>(null);

export interface ConsentProviderProps {
  /**
   * The visitor's state as the server read it (`readConsent(…).state` from
   * `consent-elements/server`). The hooks render it on the server and while hydrating, so the
   * first HTML and the hydrated page agree with the visitor's decision.
   */
  initialState?: ConsentState | null;
  children?: React.ReactNode;
}

/**
 * Seeds the hooks below it with the state the server read from the consent cookie. Without it,
 * the server and hydration render a visitor who has not decided yet, and a visitor who accepted
 * sees the undecided UI until hydration ends.
 */
export function ConsentProvider({
  initialState = null,
  children,
}: ConsentProviderProps): React.ReactElement {
  return React.createElement(InitialStateContext.Provider, { value: initialState }, children);
}

const subscribe = (onChange: () => void): (() => void) => getConsentStore().subscribe(onChange);
const getState = (): ConsentState => getConsentStore().state;
const undecidedStates = new WeakMap<object, ConsentState>();
/**
 * The state of a visitor without a decision (the server-side store reads no cookie): what the
 * server renders without a `ConsentProvider`. Cached per configuration, as
 * `useSyncExternalStore` requires.
 */
const getUndecidedState = (): ConsentState => {
  const { config } = getConsentStore();
  let state = undecidedStates.get(config);
  if (!state)
    undecidedStates.set(config, (state = deriveState(config, null, Date.now(), false, 'memory')));
  return state;
};

/** What the server rendered: the provider's `initialState`, else the undecided state. */
function useServerState(): () => ConsentState {
  const initialState = React.useContext(InitialStateContext);
  return React.useCallback(() => initialState ?? getUndecidedState(), [initialState]);
}

/**
 * The page's consent state as React state: the component re-renders after every change, whatever
 * its source (notice, toggle, API, another tab). Also returns the store's methods. Works in
 * React 18 and 19 (`useSyncExternalStore`). On the server and while hydrating it returns what the
 * server read (`ConsentProvider initialState`), else the state of a visitor who has not decided
 * yet; the store's state follows right after hydration.
 */
export function useConsent(): UseConsentResult {
  const state = React.useSyncExternalStore(subscribe, getState, useServerState());
  const store = getConsentStore();
  return React.useMemo(
    () => ({
      state,
      isGranted: store.isGranted,
      acceptAll: store.acceptAll,
      rejectAll: store.rejectAll,
      setCategory: store.setCategory,
      setCategories: store.setCategories,
      acknowledgePolicy: store.acknowledgePolicy,
      reset: store.reset,
    }),
    [state, store],
  );
}

/**
 * Whether category `id` is granted now. The component re-renders only when that grant changes,
 * e.g. `const analytics = useConsentCategory('analytics')` to load a script only when `true`.
 */
export function useConsentCategory(id: string): boolean {
  const getServerState = useServerState();
  return React.useSyncExternalStore(
    subscribe,
    () => getState().categories[id] === true,
    () => getServerState().categories[id] === true,
  );
}

/**
 * Calls `listener` with the `consent-change` detail (`state`, `previous`, `changed`, `source`)
 * after every change while the component is mounted: the hook to use instead of an
 * `onConsentChange` prop. The latest `listener` is always the one called.
 */
export function useConsentChange(listener: ConsentListener): void {
  const latest = React.useRef(listener);
  React.useEffect(() => {
    latest.current = listener;
  });
  React.useEffect(() => getConsentStore().subscribe((detail) => latest.current(detail)), []);
}
