/**
 * `consent-elements/react`: React bindings, a separate entry so the rest of the library never needs
 * React, not even its types.
 *
 * - React 19 renders the custom elements natively (`<consent-cookie-notice>` in JSX): register them
 *   with `import 'consent-elements/define'`; this module's types add the three tags to JSX (any
 *   import from it, or `import type {} from 'consent-elements/react'`).
 * - `ConsentCookieNotice`, `ConsentOptOutToggle` and `ConsentPolicyBanner` are `@lit/react`
 *   wrappers, for React 18 (which would set every prop as a string attribute and cannot listen to
 *   custom events) and for typed props and events in any version.
 * - `consent-change` is dispatched on `document`, never on an element, so no wrapper has an
 *   `onConsentChange` prop: use `useConsent()`, `useConsentCategory(id)` or `useConsentChange(fn)`.
 *
 * Using a wrapper registers its tag (this module imports the three define modules).
 */
import * as React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import { ConsentCookieNotice as NoticeElement } from '../components/cookie-notice/define.js';
import { ConsentOptOutToggle as ToggleElement } from '../components/opt-out-toggle/define.js';
import { ConsentPolicyBanner as BannerElement } from '../components/policy-banner/define.js';
import { deriveState, getConsentStore } from '../store/index.js';
import type { ConsentListener, ConsentState, ConsentStoreApi } from '../store/types.js';

/**
 * `<consent-cookie-notice>` as a React component. Props are set as element properties
 * (`position`, `policyUrl`, `copy`, …); kebab-case copy attributes (`accept-label`, …) pass through
 * as attributes. A `ref` gives the element, e.g. to call `show()`.
 */
export const ConsentCookieNotice = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'consent-cookie-notice',
  elementClass: NoticeElement,
  displayName: 'ConsentCookieNotice',
});

/**
 * `<consent-opt-out-toggle>` as a React component. `onChange` is called when the visitor flips the
 * switch; read `event.currentTarget.optedOut`. The store then announces the change to the hooks.
 */
export const ConsentOptOutToggle = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'consent-opt-out-toggle',
  elementClass: ToggleElement,
  events: { onChange: 'change' as EventName<Event & { currentTarget: ToggleElement }> },
  displayName: 'ConsentOptOutToggle',
});

/** `<consent-policy-banner>` as a React component (`policyVersion`, `effectiveDate`, … as props). */
export const ConsentPolicyBanner = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'consent-policy-banner',
  elementClass: BannerElement,
  displayName: 'ConsentPolicyBanner',
});

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

const subscribe = (onChange: () => void): (() => void) => getConsentStore().subscribe(onChange);
const getState = (): ConsentState => getConsentStore().state;
const serverStates = new WeakMap<object, ConsentState>();
/**
 * What the server rendered: the state of a visitor without a decision (the server-side store reads
 * no cookie). Used on the server and while hydrating, so hydration matches; React then re-renders
 * with the visitor's real state. Cached per configuration, as `useSyncExternalStore` requires.
 */
const getServerState = (): ConsentState => {
  const { config } = getConsentStore();
  let state = serverStates.get(config);
  if (!state)
    serverStates.set(config, (state = deriveState(config, null, Date.now(), false, 'memory')));
  return state;
};

/**
 * The page's consent state as React state: the component re-renders after every change, whatever
 * its source (notice, toggle, API, another tab). Also returns the store's methods. Works in
 * React 18 and 19 (`useSyncExternalStore`). On the server and while hydrating it returns the state
 * of a visitor who has not decided yet; the visitor's real state follows right after hydration.
 */
export function useConsent(): UseConsentResult {
  const state = React.useSyncExternalStore(subscribe, getState, getServerState);
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

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    /**
     * The three tags in React 19 JSX: element properties as props, plus every HTML attribute. On
     * the toggle, React 19 calls `onChange` for its `change` (`event.currentTarget.optedOut`).
     */
    interface IntrinsicElements {
      'consent-cookie-notice': WebComponentProps<NoticeElement>;
      'consent-opt-out-toggle': WebComponentProps<ToggleElement>;
      'consent-policy-banner': WebComponentProps<BannerElement>;
    }
  }
}
