// BENCHMARKS.md's size table tells readers what a site downloads: it must match what `npm run size`
// measures now. `npm test` runs scripts/size.mjs (which saves its rows) before this test, so nothing
// is built or measured twice; run on its own, this test asks for that step first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OUR_SIZE_TABLE_TITLE,
  REFRESH_COMMAND,
  compareSizeRows,
  parseSizeTable,
  readMeasuredRows,
} from '../scripts/size-rows.mjs';
import { buildSizeTables, replaceSizeTables } from '../bench/report.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** A BENCHMARKS.md with our size table holding `rows` ([name, minified, gzip, brotli] in KB). */
const benchmarksMd = (rows: [string, number, number, number][]) =>
  [
    '# Benchmarks',
    '',
    `### ${OUR_SIZE_TABLE_TITLE} (at commit abc1234)`,
    '',
    '| bundle | minified | gzip -9 | brotli | budget (gzip) |',
    '| :--- | ---: | ---: | ---: | :--- |',
    ...rows.map(
      ([name, ...kb]) => `| ${name} | ${kb.map((v) => `${v.toFixed(2)} KB`).join(' | ')} | |`,
    ),
    '',
    '### Size: Lit floor and peers',
    '',
    '| bundle | minified | gzip -9 | brotli |',
    '| :--- | ---: | ---: | ---: |',
    '| vanilla-cookieconsent JS \\| CSS | 54.36 KB | 15.13 KB | 13.46 KB |',
  ].join('\n');

/** Measured figures in bytes, as scripts/size.mjs reports them. */
const bytes = (minKb: number, gzipKb: number, brotliKb: number) => ({
  min: Math.round(minKb * 1024),
  gzip: Math.round(gzipKb * 1024),
  brotli: Math.round(brotliKb * 1024),
});

describe('size rows: reading BENCHMARKS.md', () => {
  it("reads our table's rows in KB, and only our table's", () => {
    const md = benchmarksMd([
      ['CDN core', 46.66, 17.04, 15.29],
      ['consent-elements/store', 8.94, 4.14, 3.66],
    ]);
    expect(parseSizeTable(md)).toEqual({
      'CDN core': { min: 46.66, gzip: 17.04, brotli: 15.29 },
      'consent-elements/store': { min: 8.94, gzip: 4.14, brotli: 3.66 },
    });
  });

  it('says so when the table is missing', () => {
    expect(() => parseSizeTable('# Benchmarks\n')).toThrow(`### ${OUR_SIZE_TABLE_TITLE}`);
  });
});

describe('size rows: comparing with the measurement', () => {
  const md = benchmarksMd([
    ['CDN core', 46.66, 17.04, 15.29],
    ['consent-elements/store', 8.94, 4.14, 3.66],
  ]);

  it('agrees within 0.1 KB in every column', () => {
    const measured = {
      'CDN core': bytes(46.75, 16.95, 15.38),
      'consent-elements/store': bytes(8.94, 4.14, 3.66),
    };
    expect(compareSizeRows(parseSizeTable(md), measured)).toEqual([]);
  });

  it('names the row and column that moved by more than 0.1 KB', () => {
    const measured = {
      'CDN core': bytes(46.66, 17.16, 15.29),
      'consent-elements/store': bytes(8.94, 4.14, 3.5),
    };
    expect(compareSizeRows(parseSizeTable(md), measured)).toEqual([
      '"CDN core" gzip -9: BENCHMARKS.md shows 17.04 KB, measured now 17.16 KB.',
      '"consent-elements/store" brotli: BENCHMARKS.md shows 3.66 KB, measured now 3.50 KB.',
    ]);
  });

  it('fails on a row that only one side has', () => {
    const measured = {
      'CDN core': bytes(46.66, 17.04, 15.29),
      'language module: dist/cdn/locales/de.js': bytes(2.1, 1.05, 0.9),
    };
    expect(compareSizeRows(parseSizeTable(md), measured)).toEqual([
      '"language module: dist/cdn/locales/de.js" is measured but BENCHMARKS.md has no such row.',
      '"consent-elements/store" is in BENCHMARKS.md but no longer measured.',
    ]);
  });
});

describe('size rows: the refresh (npm run bench -- --size-only)', () => {
  const row = (group: string, name: string, kb: number) => ({
    group,
    name,
    ...bytes(kb * 3, kb, kb * 0.9),
  });
  const results = {
    meta: { git: { commit: 'old1234', dirty: false } },
    sizeMeta: { commit: 'new5678', dirty: false },
    size: [
      row('consent-elements', 'CDN core', 19.16),
      row('consent-elements', 'language module: dist/cdn/locales/de.js', 1.11),
      row('peer', 'vanilla-cookieconsent 3.1.0 JS + CSS (two files)', 15.13),
    ],
  };
  const before = [
    '# Benchmarks',
    '',
    '### Size (bytes a site downloads)',
    '',
    '| bundle | minified | gzip -9 | brotli |',
    '| :--- | ---: | ---: | ---: |',
    '| CDN core | 40.00 KB | 15.00 KB | 14.00 KB |',
    '',
    '### Time to an interactive notice',
    '',
    '| library | median |',
    '| :--- | ---: |',
    '| consent-elements | 179.3 ms |',
    '',
  ].join('\n');

  it('rewrites the size tables with what the test reads, and leaves every other table alone', () => {
    const after = replaceSizeTables(before, buildSizeTables(results));
    expect(parseSizeTable(after)).toEqual({
      'CDN core': { min: 57.48, gzip: 19.16, brotli: 17.24 },
      'language module: dist/cdn/locales/de.js': { min: 3.33, gzip: 1.11, brotli: 1 },
    });
    expect(after).toContain(
      `### ${OUR_SIZE_TABLE_TITLE} (what \`npm run size\` measures, at commit new5678)`,
    );
    expect(after).toContain('| vanilla-cookieconsent 3.1.0 JS + CSS (two files) |');
    expect(after).not.toContain('15.00 KB');
    expect(after.slice(after.indexOf('### Time'))).toBe(before.slice(before.indexOf('### Time')));
  });
});

describe('BENCHMARKS.md', () => {
  it('shows the sizes `npm run size` measures now (within 0.1 KB)', () => {
    const documented = parseSizeTable(readFileSync(resolve(ROOT, 'BENCHMARKS.md'), 'utf8'));
    const problems = compareSizeRows(documented, readMeasuredRows());
    expect(
      problems,
      `BENCHMARKS.md's size table is out of date: run \`${REFRESH_COMMAND}\` and commit it.`,
    ).toEqual([]);
  });
});
