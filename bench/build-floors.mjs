// node bench/build-floors.mjs: how low can the CDN entry go? Builds two floors of the CDN folder,
// exactly as `npm run build` builds dist/cdn (vite.config.ts's `cdn` mode: minified, V8's compile
// hint first, chunks on demand), from a smaller entry:
// - `notice-alone`: the notice, the store, English and Lit (bench/fixtures/floor-notice-alone.ts),
//   the least a first English visit can load and still ask for consent;
// - `without-integrations`: the CDN entry without the script gate, Consent Mode, receipts, the
//   analytics adapters and the copy checks (bench/fixtures/floor-without-integrations.ts).
// Prints each entry file's gzip size beside dist/cdn's (run `npm run build` first for that) and the
// command that times them against it on the bench's page (bench/compare-builds.mjs).
// Neither is a product: they are what the size and 4× CPU budgets can be measured against (a
// budget below the first floor would ask the notice itself to do less).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const OUT = 'bench/.tmp/floors';
const FLOORS = {
  'notice-alone': 'bench/fixtures/floor-notice-alone.ts',
  'without-integrations': 'bench/fixtures/floor-without-integrations.ts',
};
const ENTRY_FILE = 'consent-elements.js';

/** KB of gzip -9, as scripts/size.mjs measures. */
const gzipKb = (file) => (gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(2);

const folders = [];
for (const [name, entry] of Object.entries(FLOORS)) {
  const outDir = `${OUT}/${name}`;
  // The CDN build of vite.config.ts, its entry and output folder replaced.
  await build({
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir, lib: { entry: { 'consent-elements': resolve(entry) } } },
  });
  folders.push(outDir);
}

const rows = [['dist/cdn (the CDN entry)', 'dist/cdn'], ...folders.map((f) => [f, f])];
for (const [label, folder] of rows) {
  const file = `${folder}/${ENTRY_FILE}`;
  const size = existsSync(file) ? `${gzipKb(file)} KB gzip` : 'not built (npm run build)';
  console.log(`${label.padEnd(40)} ${ENTRY_FILE}: ${size}`);
}
console.log(
  `\nTime them on the bench's page: node bench/compare-builds.mjs dist/cdn ${folders.join(' ')} --runs 60`,
);
