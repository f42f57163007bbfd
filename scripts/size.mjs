// npm run size: minified, gzip and brotli bytes of what browsers download, against the budgets.
// Each entry is bundled on its own (Lit included where it is imported) so the figure is what a site ships.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'vite';

/** Budgets in gzip bytes. A change that breaks one fails `npm test`. */
export const budgets = {
  'cdn/consent-elements.js (all elements + store + integrations + Lit)': 14 * 1024,
  'consent-elements/store': 3 * 1024,
};

const entries = {
  'consent-elements/store': 'src/store/index.ts',
  'consent-elements/define (three elements + Lit)': 'src/define.ts',
  'consent-cookie-notice alone + Lit': 'src/components/cookie-notice/define.ts',
  'consent-opt-out-toggle alone + Lit': 'src/components/opt-out-toggle/define.ts',
  'consent-policy-banner alone + Lit': 'src/components/policy-banner/define.ts',
  'consent-elements/integrations': 'src/integrations/index.ts',
};

/** Bundles one entry, minified, in memory. */
async function bundle(entry) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return Buffer.from(chunks.find((c) => c.type === 'chunk').code);
}

export function measure(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function measureAll() {
  const rows = {};
  const cdn = 'dist/cdn/consent-elements.js';
  if (!existsSync(cdn)) throw new Error(`${cdn} is missing: run npm run build first.`);
  rows[Object.keys(budgets)[0]] = measure(readFileSync(cdn));
  for (const [name, entry] of Object.entries(entries)) {
    if (existsSync(entry)) rows[name] = measure(await bundle(entry));
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  let failed = 0;
  console.log(
    `${'bundle'.padEnd(68)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget (gzip)`,
  );
  for (const [name, size] of Object.entries(rows)) {
    const budget = budgets[name];
    const verdict =
      budget === undefined
        ? ''
        : size.gzip <= budget
          ? `≤ ${kb(budget)} ok`
          : `> ${kb(budget)} OVER BUDGET`;
    if (budget !== undefined && size.gzip > budget) failed++;
    console.log(
      `${name.padEnd(68)} ${kb(size.min).padStart(10)} ${kb(size.gzip).padStart(10)} ${kb(size.brotli).padStart(10)}  ${verdict}`,
    );
  }
  if (failed) {
    console.error(`\n✗ ${failed} size budget(s) exceeded.`);
    process.exit(1);
  }
}
