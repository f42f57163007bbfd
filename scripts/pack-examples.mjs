// Installs the package as users get it into the examples that test it: `npm pack` of the current
// build (run `npm run build` first), extracted into examples/<name>/node_modules/consent-elements.
// Offline by design (no registry): the examples' own dependencies (next, react, vue, lit,
// @sveltejs/kit…) are the repository root's, which Node and Vite find by walking up from the example.
// Usage: node scripts/pack-examples.mjs [name…]   (no name: every example in PACKED_EXAMPLES)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The examples that install the packed package. */
export const PACKED_EXAMPLES = ['next', 'react', 'vue', 'sveltekit'];

/**
 * Packs the current build once and installs it into each of `names`. Each example gets its own
 * copy, so `npm run example:react` and `example:vue` can pack at the same time.
 */
export function packExamples(names = PACKED_EXAMPLES) {
  const unknown = names.filter((name) => !PACKED_EXAMPLES.includes(name));
  if (unknown.length > 0)
    throw new Error(`not a packed example: ${unknown.join(', ')} (one of ${PACKED_EXAMPLES})`);
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run npm run build first');
  const destination = mkdtempSync(join(tmpdir(), 'consent-elements-pack-'));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const tarball = join(destination, filename);
    for (const name of names) {
      const target = resolve('examples', name, 'node_modules', 'consent-elements');
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      // A tarball's files sit under `package/`.
      execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    }
    return filename;
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const installed = names.length > 0 ? names : PACKED_EXAMPLES;
  const filename = packExamples(installed);
  console.log(`${filename} installed into examples/{${installed.join(',')}}`);
}
