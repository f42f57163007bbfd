// What the npm build (dist/ outside dist/cdn/) hands to a site's bundler: the toggle's and the
// banner's views come with their define modules, so no npm module imports them on demand, and a
// bundler emits no chunk for them (only the CDN entry fetches each view as a chunk of its own).
// Reads the files `npm run build` wrote (npm test builds before the node project runs).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

/** Every JavaScript module of the npm build (the CDN folder left out). */
function npmModules(): string[] {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'))
    .map((file) => join(DIST, file));
  expect(files, 'dist is missing: run npm run build first').toContain(join(DIST, 'define.js'));
  return files;
}

/** The specifiers of every `import()` in the tree. */
function dynamicImports(node: unknown, found: string[] = []): string[] {
  if (!node || typeof node !== 'object') return found;
  const { type, source } = node as { type?: unknown; source?: { value?: unknown } };
  if (type === 'ImportExpression' && typeof source?.value === 'string') found.push(source.value);
  for (const child of Object.values(node)) dynamicImports(child, found);
  return found;
}

describe('the npm build', () => {
  it("imports the toggle's and the banner's views with their elements, never on demand", () => {
    const files = npmModules();
    for (const view of [/^opt-out-toggle-view/, /^policy-banner-view/])
      expect(files.map((file) => basename(file))).not.toContainEqual(expect.stringMatching(view));
    const onDemand = files.flatMap((file) =>
      dynamicImports(parseSync(file, readFileSync(file, 'utf8')).program),
    );
    // The parser finds the on-demand modules that remain (the notice's preferences dialog).
    expect(onDemand).toContainEqual(expect.stringMatching(/preferences-dialog/));
    expect(onDemand).not.toContainEqual(expect.stringMatching(/opt-out-toggle|policy-banner/));
  });
});
