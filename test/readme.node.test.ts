// The README is the project's front page: it stays one short screen, every link in it (and in
// CONTRIBUTING.md) leads somewhere, and every `consent-elements/...` import it shows is one the
// package really exports.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DOCUMENTS = ['README.md', 'CONTRIBUTING.md'];

const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

/** The text outside fenced code blocks (links inside code are examples, not links). */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '');

/** Every link target: Markdown links and images, and `src`, `srcset` and `href` in HTML. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const markdownLinks = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const htmlLinks = [...text.matchAll(/\s(?:src|srcset|href)="([^"]+)"/g)];
  return [...markdownLinks, ...htmlLinks].map((m) => m[1]);
}

/** GitHub's id for a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingId(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The link targets of `file` that lead nowhere: a missing file, or an anchor with no heading. */
function brokenLinks(file: string): string[] {
  const markdown = read(file);
  const ids = new Set(
    [...prose(markdown).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => headingId(m[1])),
  );
  return [...new Set(linkTargets(markdown))].filter((target) => {
    if (/^[a-z][a-z+.-]*:/i.test(target)) return false; // https:, mailto:, …
    const [path, anchor] = target.split('#');
    if (!path) return !ids.has(anchor);
    return !existsSync(resolve(dirname(resolve(ROOT, file)), decodeURI(path)));
  });
}

/** The `consent-elements/...` module specifiers quoted in code or in backticks. */
function packageImports(markdown: string): string[] {
  return [...new Set(markdown.match(/(?<=['"`])consent-elements\/[^'"`\s]+(?=['"`])/g) ?? [])];
}

/** Whether `specifier` resolves through package.json `exports` (with `*` patterns). */
function isExported(specifier: string, exportsMap: Record<string, unknown>): boolean {
  const subpath = `.${specifier.slice('consent-elements'.length)}`;
  return Object.keys(exportsMap).some((key) => {
    if (!key.includes('*')) return key === subpath;
    const [prefix, suffix] = key.split('*');
    return (
      subpath.startsWith(prefix) &&
      subpath.endsWith(suffix) &&
      subpath.length > prefix.length + suffix.length
    );
  });
}

describe('README.md', () => {
  const readme = read('README.md');

  it('stays short: at most 200 lines, none over 200 characters', () => {
    const lines = readme.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(200);
    expect(lines.filter((line) => line.length > 200)).toEqual([]);
  });

  it('has headings that do not skip levels, starting with one title', () => {
    const levels = [...prose(readme).matchAll(/^(#{1,6})\s/gm)].map((m) => m[1].length);
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) =>
      i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
    );
    expect(skips).toEqual([]);
  });

  it('keeps the two set-up commands of the project contract', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('shows only imports that package.json exports', () => {
    const exportsMap = (JSON.parse(read('package.json')) as { exports: Record<string, unknown> })
      .exports;
    const shown = packageImports(readme);
    expect(shown).toContain('consent-elements/define');
    expect(shown.filter((specifier) => !isExported(specifier, exportsMap))).toEqual([]);
  });
});

describe.each(DOCUMENTS)('%s', (file) => {
  it('has only relative links that resolve (files, and anchors to its own headings)', () => {
    expect(linkTargets(read(file)).length).toBeGreaterThan(0);
    // Listed by target: the missing files (or anchors) are named in the failure.
    expect(brokenLinks(file), `links in ${file} that lead nowhere`).toEqual([]);
  });
});

describe('the link and import readers', () => {
  it('finds Markdown links, images and HTML src/srcset/href, not links inside code', () => {
    const sample = [
      '[a](docs/a.md) ![b](img/b.png "title") <img src="c.png" />',
      '<source srcset="d.png" /> <a href="#e">e</a>',
      '```',
      '[not](in-code.md)',
      '```',
    ].join('\n');
    expect(linkTargets(sample)).toEqual(['docs/a.md', 'img/b.png', 'c.png', 'd.png', '#e']);
  });

  it('names headings as GitHub does', () => {
    expect(headingId('Changelog, security and licence')).toBe('changelog-security-and-licence');
    expect(headingId('Use it from `npm`')).toBe('use-it-from-npm');
  });

  it('reads quoted and backticked specifiers, not paths that merely contain the name', () => {
    const sample =
      "import 'consent-elements/define'; `consent-elements/store` ../consent-elements/x.tgz";
    expect(packageImports(sample)).toEqual(['consent-elements/define', 'consent-elements/store']);
  });
});
