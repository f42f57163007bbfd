// The languages built beside English: one table per file in src/copy/locales/ (`de.ts` → `de`).
// The build discovers them here, so adding a language is adding its file.
import { readdirSync } from 'node:fs';

export const LOCALES_DIR = 'src/copy/locales';

/** The language codes of the tables in src/copy/locales/, sorted. */
export const builtInLanguages = () =>
  readdirSync(LOCALES_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
