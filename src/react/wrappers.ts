/**
 * `consent-elements/react/wrappers`: the three elements as `@lit/react` components, for React 18
 * (which would set every prop as a string attribute and cannot listen to custom events) and for
 * typed props and events in any version. `@lit/react` is an optional peer dependency: only this
 * entry imports it, so `consent-elements/react` (hooks, provider, JSX types) works without it.
 *
 * The built file starts with `"use client"`: the wrappers can be rendered from a Server Component
 * file. Using a wrapper registers its tag (this module imports the three define modules).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ConsentCookieNotice as NoticeElement } from '../components/cookie-notice/define.js';
import { ConsentOptOutToggle as ToggleElement } from '../components/opt-out-toggle/define.js';
import { ConsentPolicyBanner as BannerElement } from '../components/policy-banner/define.js';

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
