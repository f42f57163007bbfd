/**
 * `consent-elements`: the element classes, the store connection, the copy helpers and the whole
 * store API. No registration side effect: import `consent-elements/define` to register the tags.
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
export { ConsentElement } from './components/shared/consent-element.js';
export { ConsentLinkedElement } from './components/shared/linked-element.js';
export { defineElement } from './components/shared/define-element.js';
export { VERSION } from './components/shared/version.js';
export { ConsentController, type ConsentSelector } from './controllers/consent-controller.js';
export * from './copy/index.js';
export * from './store/index.js';
