// In-memory bundling with Vite's build API, the same settings as scripts/size.mjs (ES2022, fully
// minified, one chunk) so that every figure in the report is produced the same way.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** Scratch directory inside the repo (gitignored) so that bare imports like `lit` resolve. */
export const TMP_DIR = resolve('bench/.tmp');

/**
 * Bundles one entry file into a single minified ES module and returns its code as a Buffer.
 * `external` lists bare module ids left out of the bundle (e.g. analytics SDKs an adapter only talks to).
 */
export async function bundle(entry, { external = [] } = {}) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      // As in scripts/size.mjs: Vite keeps whitespace in ES library builds unless the output
      // minifier is asked directly.
      minify: 'oxc',
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external, output: { codeSplitting: false, minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return Buffer.from(chunks.find((c) => c.type === 'chunk').code);
}

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
