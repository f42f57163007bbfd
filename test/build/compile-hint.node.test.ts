// The plugin that gives the CDN entry its first line, V8's compile hint (scripts/compile-hint.mjs).
// The built entry's first line is checked in cdn-output.node.test.ts; here, what the plugin does to
// a bundle: which files get the line, and that their source maps follow the code down.
import { describe, expect, it } from 'vitest';
import { compileHint, COMPILE_HINT, withCompileHint } from '../../scripts/compile-hint.mjs';

type File = { type: string; isEntry?: boolean; code?: string; map?: { mappings: string } };

/** Runs the plugin's `generateBundle` over `bundle`, as the bundler would. */
function generate(bundle: Record<string, File>): void {
  const hook = compileHint().generateBundle as (options: unknown, bundle: unknown) => void;
  hook.call({}, {}, bundle);
}

describe("V8's compile hint", () => {
  it('is the first line of the code given to withCompileHint, the code unchanged after it', () => {
    expect(withCompileHint('let a = 1;\nlet b = 2;')).toBe(
      '//# allFunctionsCalledOnLoad\nlet a = 1;\nlet b = 2;',
    );
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('goes first in entry files only, and moves their source map down one line', () => {
    const bundle: Record<string, File> = {
      'entry.js': { type: 'chunk', isEntry: true, code: 'run();', map: { mappings: 'AAAA' } },
      'chunks/view.js': {
        type: 'chunk',
        isEntry: false,
        code: 'view();',
        map: { mappings: 'AAAA' },
      },
      'style.css': { type: 'asset' },
    };
    generate(bundle);
    expect(bundle['entry.js']).toMatchObject({
      code: `${COMPILE_HINT}\nrun();`,
      map: { mappings: ';AAAA' },
    });
    expect(bundle['chunks/view.js']).toMatchObject({ code: 'view();', map: { mappings: 'AAAA' } });
    expect(bundle['style.css']).toEqual({ type: 'asset' });
  });

  it('leaves an entry built without a source map without one', () => {
    const bundle: Record<string, File> = {
      'entry.js': { type: 'chunk', isEntry: true, code: 'x;' },
    };
    generate(bundle);
    expect(bundle['entry.js']).toEqual({
      type: 'chunk',
      isEntry: true,
      code: `${COMPILE_HINT}\nx;`,
    });
  });
});
