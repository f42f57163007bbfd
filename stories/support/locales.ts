/**
 * Every language table in src/copy/locales/, registered on import: in the stories and the component
 * tests, what a page gets by importing `consent-elements/locales/<lang>` for each language.
 */
import { en, registerLocale, type CopyTable } from '../../src/copy/index.js';

const modules = import.meta.glob<CopyTable>('../../src/copy/locales/*.ts', {
  eager: true,
  import: 'default',
});

/** Each table by language code (`…/locales/de.ts` → `de`), English included. */
export const languageTables: Record<string, CopyTable> = { en };
for (const [path, table] of Object.entries(modules)) {
  const lang = path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);
  registerLocale(lang, table);
  languageTables[lang] = table;
}
