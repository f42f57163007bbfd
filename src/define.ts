/**
 * `consent-elements/define`: registers `<consent-cookie-notice>`, `<consent-opt-out-toggle>` and
 * `<consent-policy-banner>` (skipping any tag already defined), and re-exports their classes.
 */
export { ConsentCookieNotice } from './components/cookie-notice/define.js';
export { ConsentOptOutToggle } from './components/opt-out-toggle/define.js';
export { ConsentPolicyBanner } from './components/policy-banner/define.js';
