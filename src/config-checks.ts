/**
 * The checks of what visitors read, registered for the page's store: a category without a label, a
 * `locale` without copy, an unknown `copy` key each get a warning. Imported by whatever defines the
 * elements (`consent-elements/define`, the CDN entry).
 */
import { en } from './copy/index.js';
import { loadableLanguages } from './copy/languages-on-demand.js';
import { storedLanguages } from './copy/registry.js';
import { configWarnings, type CopyVocabulary } from './core/config-warnings.js';
import { pageRegistry } from './core/registry.js';

const vocabulary: CopyVocabulary = {
  // Read when a config is checked: English, the languages registered by then and those the CDN
  // entry can load.
  get locales() {
    return [...new Set(['en', ...storedLanguages(), ...loadableLanguages()])];
  },
  keys: Object.keys(en),
};
pageRegistry().configChecks ??= (config, input) => configWarnings(config, input, vocabulary);
