// What the CDN build ships besides our code: nothing. The minified files of dist/cdn/ keep Lit's
// licences (the entry also its compile hint) and lose every other comment, bundle Lit's production
// build, and keep ES2022 syntax native (down-levelled `#private` members cost the entry 1.2 KB gzip
// in WeakMaps).
// Reads the files `npm run build` wrote (npm test builds before the node project runs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const CDN_FOLDER = 'dist/cdn';
const ENTRY = join(CDN_FOLDER, 'consent-elements.js');
const AUDIT = join(CDN_FOLDER, 'consent-audit.js');
/** Compile every function of the file eagerly, off the main thread (see vite.config.ts). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Every module of the CDN folder: the entry, its chunks, the audit overlay, the language modules. */
function cdnModules(): string[] {
  const files = readdirSync(CDN_FOLDER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(CDN_FOLDER, file));
  expect(files, 'dist/cdn is missing: run npm run build first').toContain(ENTRY);
  return files;
}

const parse = (file: string) => parseSync(file, readFileSync(file, 'utf8'));

/** Whether any node of the tree has the given type. */
function hasNode(node: unknown, type: string): boolean {
  if (!node || typeof node !== 'object') return false;
  if ((node as { type?: unknown }).type === type) return true;
  return Object.values(node).some((child) => hasNode(child, type));
}

describe('the minified CDN files', () => {
  it('keep licence comments only: no @__PURE__ annotation, JSDoc or source comment', () => {
    for (const file of cdnModules()) {
      const comments = parse(file).comments.map((comment) => comment.value);
      expect(
        comments.filter((text) => !text.includes('@license') && `//${text}` !== COMPILE_HINT),
        file,
      ).toEqual([]);
    }
    // Lit's BSD licence travels with the Lit code bundled into the entry and the audit overlay.
    for (const file of [ENTRY, AUDIT])
      expect(
        parse(file).comments.some((comment) => comment.value.includes('@license')),
        file,
      ).toBe(true);
  });

  it("start the entry, and only the entry, with V8's compile hint (its functions run on load)", () => {
    for (const file of cdnModules()) {
      const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0];
      if (file === ENTRY) expect(firstLine, file).toBe(COMPILE_HINT);
      else expect(firstLine, file).not.toContain(COMPILE_HINT);
    }
  });

  it("bundle Lit's production build, without its development warnings", () => {
    for (const file of [ENTRY, AUDIT]) {
      const code = readFileSync(file, 'utf8');
      // Lit registers its version on a global in either build: the file does bundle Lit.
      expect(code, file).toContain('litHtmlVersions');
      expect(code, file).not.toContain('Lit is in dev mode');
    }
  });

  it('keep private class members native, not down-levelled to WeakMaps', () => {
    for (const file of [ENTRY, AUDIT])
      expect(hasNode(parse(file).program, 'PrivateIdentifier'), file).toBe(true);
  });
});
