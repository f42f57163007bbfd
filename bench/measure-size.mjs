// Bytes a site ships, measured one way for everyone: minified bytes, gzip -9 and brotli q11 (via
// scripts/size.mjs's measure()). Peers are measured as the dist files their docs tell a site to load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { budgetFor, measure, measureAll } from '../scripts/size.mjs';
import { bundle, bundleSource, cleanTmp } from './bundle.mjs';

const require = createRequire(import.meta.url);

/** A package's installed directory (its package.json may not export ./package.json, so go via main). */
function packageDir(name) {
  const main = require.resolve(name);
  let dir = dirname(main);
  while (!dir.endsWith(`node_modules/${name}`)) dir = dirname(dir);
  return dir;
}

export const PEER_FILES = {
  'vanilla-cookieconsent': ['dist/cookieconsent.umd.js', 'dist/cookieconsent.css'],
  // klaro.js is the documented default: minified, CSS included (injected at runtime).
  klaro: ['dist/klaro.js'],
};

export function peerFile(name, file) {
  return readFileSync(join(packageDir(name), file));
}

const sum = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/**
 * Returns rows { group, name, min, gzip, brotli, budget? }. Our rows (the shipped CDN file, the core,
 * the store, each element, each integration alone) come from scripts/size.mjs's measureAll(), so the
 * bench and `npm run size` never disagree. Throws if our sources do not bundle.
 */
export async function measureSizes() {
  try {
    return await sizeRows();
  } finally {
    cleanTmp();
  }
}

async function sizeRows() {
  const rows = [];
  const add = (group, name, size, budget) => rows.push({ group, name, ...size, budget });

  for (const [name, size] of Object.entries(await measureAll()))
    add('consent-elements', name, size, budgetFor(name));

  add(
    'floor',
    'Lit alone (LitElement + html + css)',
    measure(await bundleSource('lit-alone.js', "export { LitElement, html, css } from 'lit';\n")),
  );
  add(
    'floor',
    'Lit + minimal notice (the timing floor page)',
    measure(await bundle(resolve('bench/fixtures/lit-floor-notice.js'))),
  );

  const [vccJs, vccCss] = PEER_FILES['vanilla-cookieconsent'].map((f) =>
    measure(peerFile('vanilla-cookieconsent', f)),
  );
  add('peer', 'vanilla-cookieconsent 3.1.0 cookieconsent.umd.js', vccJs);
  add('peer', 'vanilla-cookieconsent 3.1.0 cookieconsent.css', vccCss);
  add('peer', 'vanilla-cookieconsent 3.1.0 JS + CSS (two files)', sum(vccJs, vccCss));
  add('peer', 'klaro 0.7.22 klaro.js (CSS included)', measure(peerFile('klaro', 'dist/klaro.js')));
  return rows;
}
