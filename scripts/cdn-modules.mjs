// node scripts/cdn-modules.mjs [chunk] [--top N]: what each source module costs in a minified CDN
// file: the entry (consent-elements.js) unless a chunk is named (`embed`). Builds the CDN as
// vite.config.ts does, in memory, with a source map that charges every minified byte to the module
// it came from. Per module: its minified bytes, and its gzip share, how much smaller the whole
// file's gzip gets without that module's bytes (a module gzipped alone would overstate it: the
// file's shared words compress once). Bytes no module owns (the export list, the bundler's glue)
// are one row. Nothing is written to dist/.
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'vite';

const { values: args, positionals } = parseArgs({
  options: { top: { type: 'string', default: '25' } },
  allowPositionals: true,
});
const wanted = positionals[0] ?? 'consent-elements';
const UNOWNED = '(no module: exports, bundler glue)';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The CDN build's chunks, minified as shipped, each with its source map (not linked from the code). */
async function cdnChunks() {
  const output = await build({
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false, sourcemap: 'hidden' },
  });
  return (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((file) => file.type === 'chunk');
}

/** The byte ranges of `code` per source module, from the source map's segments. */
function rangesByModule(code, map) {
  const byModule = new Map();
  const add = (source, start, end) => {
    if (end > start) byModule.set(source, [...(byModule.get(source) ?? []), [start, end]]);
  };
  const lines = code.split('\n');
  let offset = 0;
  decode(map.mappings).forEach((segments, index) => {
    const line = lines[index] ?? '';
    // Before the line's first mapped column (all of it when nothing is mapped): no module's.
    add(UNOWNED, offset, offset + (segments[0]?.[0] ?? line.length));
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      const source = segment.length > 1 ? map.sources[segment[1]] : UNOWNED;
      add(source, offset + segment[0], offset + end);
    });
    offset += line.length + 1;
  });
  return byModule;
}

/** `code` without the given ranges. */
function without(code, ranges) {
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    kept += code.slice(from, start);
    from = end;
  }
  return kept + code.slice(from);
}

const chunk = (await cdnChunks()).find(
  (file) => file.name === wanted || file.fileName.startsWith(`chunks/${wanted}-`),
);
if (!chunk) throw new Error(`No CDN chunk named ${wanted}.`);
const whole = gzip(chunk.code);
const rows = [...rangesByModule(chunk.code, chunk.map)]
  .map(([source, ranges]) => ({
    // `../../node_modules/lit-html/lit-html.js` → `node_modules/lit-html/lit-html.js`.
    module: source.replace(/^(\.\.\/)+/, ''),
    bytes: ranges.reduce((sum, [start, end]) => sum + end - start, 0),
    gzip: whole - gzip(without(chunk.code, ranges)),
  }))
  .sort((a, b) => b.bytes - a.bytes);

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${chunk.fileName}: ${kb(chunk.code.length)} minified, ${kb(whole)} gzip`);
console.log(`${'min'.padStart(9)} ${'gzip'.padStart(9)}  module`);
for (const row of rows.slice(0, Number(args.top)))
  console.log(`${kb(row.bytes).padStart(9)} ${kb(row.gzip).padStart(9)}  ${row.module}`);
