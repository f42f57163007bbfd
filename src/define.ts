/**
 * `consent-elements/define`: registers `<consent-cookie-notice>`, `<consent-opt-out-toggle>` and
 * `<consent-policy-banner>` (skipping any tag already defined), and re-exports their classes. It
 * also registers the checks of what visitors read: a category without a label, a `locale` without
 * built-in copy, an unknown `copy` key each get a warning.
 */
import './config-checks.js';

export { ConsentCookieNotice } from './components/cookie-notice/define.js';
export { ConsentOptOutToggle } from './components/opt-out-toggle/define.js';
export { ConsentPolicyBanner } from './components/policy-banner/define.js';
