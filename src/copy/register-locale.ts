/**
 * `registerLocale(lang, table)`: a site's own language, or its own version of a built-in one.
 */
import { en, type CopyOverrides } from './en.js';
import { storeLocale } from './registry.js';

const LANGUAGE_TAG = /^[a-z]{2,8}([-_][a-z\d]{1,8})*$/i;

/**
 * Makes `table` the page's copy for `lang` (its primary subtag: `pt-BR` registers `pt`), for every
 * element and every copy of the library on the page. A partial table is fine: each missing key
 * falls back to English, and a warning names them once. Bad input is ignored with a warning.
 */
export function registerLocale(lang: string, table: CopyOverrides): void {
  if (typeof lang !== 'string' || !LANGUAGE_TAG.test(lang)) {
    console.warn(
      `[consent-elements] registerLocale: "${String(lang)}" is not a language tag; ignored.`,
    );
    return;
  }
  if (!table || typeof table !== 'object') {
    console.warn(
      `[consent-elements] registerLocale("${lang}"): the table is not an object; ignored.`,
    );
    return;
  }
  const missing = Object.keys(en).filter((key) => typeof table[key] !== 'string');
  if (missing.length > 0) {
    console.warn(
      `[consent-elements] registerLocale("${lang}"): ${missing.length} key(s) fall back to English: ${missing.join(', ')}.`,
    );
  }
  storeLocale(lang, table);
}
