/**
 * `consent-elements`: the element classes, the store API, the event types and the documented
 * helpers. No registration side effect: import `consent-elements/define` to register the tags.
 * Internals (copy resolution, URL and cookie-string helpers, the test reset) stay unexported.
 */
export {
  ConsentCookieNotice,
  type NoticeLayout,
  type NoticePosition,
} from './components/cookie-notice/cookie-notice.js';
export { ConsentOptOutToggle } from './components/opt-out-toggle/opt-out-toggle.js';
export {
  ConsentPolicyBanner,
  type BannerPosition,
} from './components/policy-banner/policy-banner.js';
export { ConsentEmbed } from './components/embed/embed.js';
export { VERSION } from './version.js';
export {
  ConsentStore,
  configureConsent,
  getConsentStore,
  resolveConfig,
  DEFAULT_CATEGORIES,
  deriveState,
  parseConsentCookie,
  serializeConsentCookie,
} from './store/index.js';
export type * from './core/types.js';
export type { ConfigProblem } from './core/config.js';
export type { ConsentChangeEvent } from './events/consent-change.js';
export type { ConsentErrorEvent } from './events/consent-error.js';
export { registerLocale } from './copy/register-locale.js';
export type { CopyKey, CopyOverrides, CopyTable } from './copy/index.js';
