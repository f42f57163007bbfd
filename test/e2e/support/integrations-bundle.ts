// Support for the integrations end-to-end tests: a browser bundle of the store and integrations built
// from source (the pages load it as `/lib.js`; the server records what they send).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from './server.js';

/**
 * One ES module exporting the whole store and integrations API, built from `src/` with vite (Lit is
 * not involved: integrations must not need it). Returns the module's source.
 */
export async function buildIntegrationsBundle(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'consent-integrations-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      [
        `export * from ${JSON.stringify(join(ROOT, 'src/store/index.ts'))};`,
        `export * from ${JSON.stringify(join(ROOT, 'src/integrations/index.ts'))};`,
      ].join('\n'),
    );
    const output = await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { external: [/^lit($|\/)/] },
      },
    });
    const outputs = Array.isArray(output) ? output : [output];
    const chunk = outputs
      .flatMap((o) => ('output' in o ? o.output : []))
      .find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle produced');
    if (/from\s*["']lit/.test(chunk.code)) throw new Error('the integrations bundle imports Lit');
    return chunk.code;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
