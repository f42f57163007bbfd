/**
 * Warnings about a valid configuration that probably does not read as meant: what visitors see.
 * The elements register these checks in the page registry (see `src/define.ts`), so a headless
 * store neither ships nor runs them. Only the detection is here; the words (and the "did you mean")
 * are `describeConfigProblems`', loaded when a warning exists.
 */
import { isPlainObject } from './config.js';
import type { ConfigProblem } from './config-problems.js';
import type { ResolvedConsentConfig } from './types.js';

/** What copy the page knows: built-in (or registered) locales and the copy keys of the tables. */
export interface CopyVocabulary {
  /** Primary language subtags with a table (`en`, `de`, …). */
  locales: readonly string[];
  /** Every copy key of the English table. */
  keys: readonly string[];
}

/** A copy key for one category (`category.<id>.label`) or a plural variant (`banner.upcoming.one`). */
const CATEGORY_COPY_KEY = /^category\.[^.]+\.(label|description)$/;
const PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;

/**
 * Things in a valid configuration that probably do not do what the site owner meant: a category
 * without a label (its id is shown), and, when `vocabulary` is known, a locale without a built-in
 * table (English is shown) or a copy key no element reads.
 */
export function configWarnings(
  config: ResolvedConsentConfig,
  input: unknown,
  vocabulary?: CopyVocabulary,
): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  const given = isPlainObject(input) && Array.isArray(input.categories) ? input.categories : [];
  given.forEach((category: unknown, i) => {
    if (isPlainObject(category) && typeof category.id === 'string' && !('label' in category))
      warnings.push({ key: `categories[${i}].label`, rule: 'category-label', value: category.id });
  });
  if (!vocabulary) return warnings;
  const { locale } = config;
  // Listing the page's languages is work (the elements' vocabulary gathers them when asked): only
  // a configured locale needs them.
  if (locale !== undefined) {
    const { locales } = vocabulary;
    if (!locales.includes(locale.split(/[-_]/)[0].toLowerCase()))
      warnings.push({ key: 'locale', rule: 'locale-copy', value: locale, known: locales });
  }
  for (const key of Object.keys(config.copy)) {
    const known =
      vocabulary.keys.includes(key) ||
      vocabulary.keys.includes(key.replace(PLURAL_SUFFIX, '')) ||
      CATEGORY_COPY_KEY.test(key);
    if (!known)
      warnings.push({ key: `copy.${key}`, rule: 'copy-key', value: key, known: vocabulary.keys });
  }
  return warnings;
}
