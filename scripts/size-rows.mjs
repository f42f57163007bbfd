// The size rows BENCHMARKS.md shows, checked against what `npm run size` measures now.
// scripts/size.mjs writes its measurements to MEASURED_ROWS_FILE (so `npm test` measures once, in its
// Size budgets step); bench/report.mjs writes the table under OUR_SIZE_TABLE_TITLE; the size-rows test
// reads both and reports every row that differs, or that only one side has.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where `node scripts/size.mjs` leaves its rows (gitignored, rewritten by every run). */
export const MEASURED_ROWS_FILE = 'reports/size.json';

/** The heading (after `### `) of BENCHMARKS.md's table of our rows; the commit may follow it. */
export const OUR_SIZE_TABLE_TITLE = 'Size: consent-elements';

/** Rewrites only BENCHMARKS.md's size tables (and bench/results.json's size part). */
export const REFRESH_COMMAND = 'npm run bench -- --size-only';

/** Rows differing by more than this many KB (1024 bytes) fail the check. */
export const TOLERANCE_KB = 0.1;

/** The measured figures per column, in the column names BENCHMARKS.md uses. */
const COLUMNS = { min: 'minified', gzip: 'gzip -9', brotli: 'brotli' };

/** Paths are relative to the repository root, whatever the caller's working directory. */
const fromRoot = (path) => resolve(import.meta.dirname, '..', path);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Saves `rows` ({ name: { min, gzip, brotli } } in bytes) with the hash of the CDN file they were
 * measured from, so a reader can tell when the build moved on without a new measurement.
 */
export function writeMeasuredRows(rows, cdnFile) {
  mkdirSync(dirname(fromRoot(MEASURED_ROWS_FILE)), { recursive: true });
  const report = { cdnFile, cdnSha256: sha256(readFileSync(fromRoot(cdnFile))), rows };
  writeFileSync(fromRoot(MEASURED_ROWS_FILE), `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * The rows of the last `node scripts/size.mjs`. Throws, saying what to run, when there are none or
 * when the CDN file was rebuilt since (then they may not be what the build measures now).
 */
export function readMeasuredRows() {
  let report;
  try {
    report = JSON.parse(readFileSync(fromRoot(MEASURED_ROWS_FILE), 'utf8'));
  } catch {
    throw new Error(
      `${MEASURED_ROWS_FILE} is missing: run \`node scripts/build.mjs && node scripts/size.mjs\` first.`,
    );
  }
  let current;
  try {
    current = sha256(readFileSync(fromRoot(report.cdnFile)));
  } catch {
    current = 'missing';
  }
  if (current !== report.cdnSha256) {
    throw new Error(
      `${MEASURED_ROWS_FILE} was measured from another build of ${report.cdnFile}: ` +
        'run `node scripts/size.mjs` again.',
    );
  }
  return report.rows;
}

/**
 * The rows of the Markdown table under `### <title>…` as { name: { min, gzip, brotli } } in KB, the
 * figures as written (e.g. `17.04 KB`). Throws when the table or one of its columns is missing.
 */
export function parseSizeTable(markdown, title = OUR_SIZE_TABLE_TITLE) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`### ${title}`));
  if (start < 0) {
    throw new Error(`BENCHMARKS.md has no "### ${title}" table: run \`${REFRESH_COMMAND}\`.`);
  }
  const table = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (line.startsWith('|')) table.push(cells(line));
  }
  const [head, , ...body] = table;
  const index = {};
  for (const [key, column] of Object.entries(COLUMNS)) {
    index[key] = head?.indexOf(column) ?? -1;
    if (index[key] < 0) throw new Error(`The "${title}" table has no "${column}" column.`);
  }
  const rows = {};
  for (const row of body) {
    rows[row[0]] = Object.fromEntries(
      Object.entries(index).map(([key, i]) => [key, Number.parseFloat(row[i])]),
    );
  }
  return rows;
}

/** A Markdown table line's cells, trimmed, with `\|` read back as `|`. */
function cells(line) {
  return line
    .slice(1, line.lastIndexOf('|'))
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * Every disagreement between the documented rows (KB, from parseSizeTable) and the measured ones
 * (bytes, from size.mjs), one sentence each; empty when they agree within `toleranceKb`.
 */
export function compareSizeRows(documented, measured, toleranceKb = TOLERANCE_KB) {
  const problems = [];
  for (const [name, size] of Object.entries(measured)) {
    const shown = documented[name];
    if (!shown) {
      problems.push(`"${name}" is measured but BENCHMARKS.md has no such row.`);
      continue;
    }
    for (const [key, column] of Object.entries(COLUMNS)) {
      const now = size[key] / 1024;
      if (!(Math.abs(shown[key] - now) <= toleranceKb)) {
        problems.push(
          `"${name}" ${column}: BENCHMARKS.md shows ${shown[key].toFixed(2)} KB, ` +
            `measured now ${now.toFixed(2)} KB.`,
        );
      }
    }
  }
  for (const name of Object.keys(documented)) {
    if (!(name in measured)) problems.push(`"${name}" is in BENCHMARKS.md but no longer measured.`);
  }
  return problems;
}
