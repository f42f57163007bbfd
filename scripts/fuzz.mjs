// npm run fuzz: 100,000+ fuzzed inputs for the cookie codec and the config parser (test/store/fuzz.ts),
// bundled from the TypeScript sources with Vite into node_modules/.cache, then run in Node.
// FUZZ_COUNT sets the number of inputs, FUZZ_SEED replays a run. Exits 1 on any throw or mismatch.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'node_modules/.cache/consent-elements-fuzz');
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'test/store/fuzz.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'fuzz.mjs', format: 'es' } },
  },
});
const { fuzz, summary } = await import(pathToFileURL(resolve(outDir, 'fuzz.mjs')).href);

const count = Number(process.env.FUZZ_COUNT ?? 120_000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const started = performance.now();
const report = fuzz(count, seed);
for (const failure of report.failures) console.error(`  ${failure}`);
console.log(summary(report, performance.now() - started));
process.exitCode = report.throws + report.mismatches === 0 ? 0 : 1;
