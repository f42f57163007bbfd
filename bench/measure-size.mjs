// Bytes a site ships, measured one way for everyone: minified bytes, gzip -9 and brotli q11 (via
// scripts/size.mjs's measure()). Peers are measured as the dist files their docs tell a site to load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { measure, measureAll } from '../scripts/size.mjs';
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

/**
 * Each integration as a site would import it: a tree-shaken bundle of just that integration's exports
 * from `consent-elements/integrations` (so it includes the store code it pulls in). Value exports are
 * read from src/integrations/index.ts, grouped by the module they come from.
 */
function integrationEntries() {
  const index = readFileSync('src/integrations/index.ts', 'utf8');
  const entries = [];
  for (const [, names, from] of index.matchAll(
    /export\s*\{([^}]*)\}\s*from\s*'\.\/([^']+)\.js'/g,
  )) {
    const values = names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type '));
    if (values.length) entries.push({ module: from, values });
  }
  return entries;
}

const sum = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Returns rows { group, name, min, gzip, brotli }. Throws if our sources do not bundle. */
export async function measureSizes() {
  try {
    return await sizeRows();
  } finally {
    cleanTmp();
  }
}

async function sizeRows() {
  const rows = [];
  const add = (group, name, size) => rows.push({ group, name, ...size });

  for (const [name, size] of Object.entries(await measureAll()))
    add('consent-elements', name, size);

  const indexPath = resolve('src/integrations/index.ts');
  for (const { module, values } of integrationEntries()) {
    const code = await bundleSource(
      `integration-${module}.js`,
      `export { ${values.join(', ')} } from ${JSON.stringify(indexPath)};\n`,
      // Adapters talk to an analytics SDK the site already loads; never bundle the SDK itself.
      { external: [/^mixpanel-browser/, /^posthog-js/] },
    );
    add('consent-elements', `integration: ${values.join(', ')}`, measure(code));
  }

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
