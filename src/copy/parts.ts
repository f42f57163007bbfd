/**
 * Which strings travel with which part of the library. A language's strings are split by what
 * shows them: the first paint (the notice's first layer, the policy banner, their links) comes with
 * the language module itself; each part loaded on demand brings its own strings, in a module of
 * its own per language (`locales/de/preferences.js` beside `locales/de.js`), fetched beside the
 * part's code. One table per language stays the source: the split is made by key, here.
 */

/** The parts of the library loaded on demand that bring their own strings. */
export type LanguagePart = 'preferences' | 'toggle' | 'embed';

/** Every part, in the order the build writes their modules. */
export const LANGUAGE_PARTS: readonly LanguagePart[] = ['preferences', 'toggle', 'embed'];

/**
 * Per part, one key its strings always include (every language module of the part carries it, a
 * whole table too): the page's table has a part's strings when it has this key.
 */
export const PART_MARKERS: Readonly<Record<LanguagePart, string>> = {
  preferences: 'notice.categories',
  toggle: 'toggle.label',
  embed: 'embed.load',
};

/** Keys shown only in the notice's preferences dialog (its title, switches, save and close). */
const PREFERENCES_KEYS = new Set([
  'notice.save',
  'notice.close',
  'notice.categories',
  'notice.alwaysOn',
  'notice.mixed',
]);

/**
 * The parts that show `key`; none for a key of the first paint. Category texts
 * (`category.<id>.label`, `….description`) are shown both by the preferences' rows and by the
 * toggle, so each of those parts brings them.
 */
export function partsOf(key: string): LanguagePart[] {
  if (key.startsWith('category.')) return ['preferences', 'toggle'];
  if (key.startsWith('toggle.')) return ['toggle'];
  if (key.startsWith('embed.')) return ['embed'];
  return PREFERENCES_KEYS.has(key) ? ['preferences'] : [];
}

/** The entries of `table` that `part` shows, or with no part those of the first paint. */
export function pickPart<Table extends Record<string, string | undefined>>(
  table: Table,
  part?: LanguagePart,
): Partial<Table> {
  return Object.fromEntries(
    Object.entries(table).filter(([key]) => {
      const parts = partsOf(key);
      return part ? parts.includes(part) : parts.length === 0;
    }),
  ) as Partial<Table>;
}
