/**
 * `consent-elements/define`: registers `<consent-cookie-notice>`, `<consent-opt-out-toggle>` and
 * `<consent-policy-banner>` (skipping any tag already defined), and re-exports their classes. It
 * also registers the checks of what visitors read: a category without a label, a `locale` without
 * built-in copy, an unknown `copy` key each get a warning.
 */
import { en } from './copy/index.js';
import { localeLoader } from './copy/locale-loader.js';
import { storedLanguages } from './copy/registry.js';
import { configWarnings, type CopyVocabulary } from './core/config-warnings.js';
import { pageRegistry } from './core/registry.js';

export { ConsentCookieNotice } from './components/cookie-notice/define.js';
export { ConsentOptOutToggle } from './components/opt-out-toggle/define.js';
export { ConsentPolicyBanner } from './components/policy-banner/define.js';

const vocabulary: CopyVocabulary = {
  // Read when a config is checked: English, the languages registered by then and those the CDN
  // entry can load.
  get locales() {
    return [...new Set(['en', ...storedLanguages(), ...localeLoader.languages])];
  },
  keys: Object.keys(en),
};
pageRegistry().configWarnings ??= (config, input) => configWarnings(config, input, vocabulary);
