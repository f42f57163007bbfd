// In-memory bundling through scripts/size.mjs's `bundle` (ES2022, fully minified, one chunk), so that
// every figure in the report is produced the same way.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundle } from '../scripts/size.mjs';

export { bundle };

/** Scratch directory inside the repo (gitignored) so that bare imports like `lit` resolve. */
export const TMP_DIR = resolve('bench/.tmp');

/** Writes a throwaway entry module into bench/.tmp and bundles it. */
export async function bundleSource(name, source, options) {
  mkdirSync(TMP_DIR, { recursive: true });
  const file = resolve(TMP_DIR, name);
  writeFileSync(file, source);
  return bundle(file, options);
}

/** Removes bench/.tmp (the throwaway entries) so no stray files are left for linters to find. */
export function cleanTmp() {
  rmSync(TMP_DIR, { recursive: true, force: true });
}

/** Bundles a source module (TypeScript included) and imports it into Node, for its pure helpers. */
export async function importBundled(entry) {
  const code = await bundle(resolve(entry));
  return import(`data:text/javascript;base64,${code.toString('base64')}`);
}
