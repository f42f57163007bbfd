// The static Storybook build that the Storybook end-to-end suites (themes, docs site) open.
//
// `storybook build` takes 10 to 20 s here, so the suites share one build: it goes to
// node_modules/.cache/consent-storybook-e2e/ with a fingerprint of everything it is made from, and
// a suite reuses it while that fingerprint is unchanged (the next suite in the same `npm test`, or
// a later run with no change to the stories, the sources or the dependencies).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright';
import { ROOT } from './server.js';

const BIN = join(ROOT, 'node_modules/.bin');
const OUT = join(ROOT, 'node_modules/.cache/consent-storybook-e2e');
const FINGERPRINT = join(OUT, '.inputs-sha256');
/** What the build is made from: the preview config, the stories and docs, the elements. */
const INPUTS = [
  '.storybook',
  'stories',
  'src',
  'custom-elements.json',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];

const run = promisify(execFile);

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((entry) => filesUnder(join(path, entry.name))));
  return nested.flat().sort();
}

/** A hash of every input file's path and content. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await filesUnder(join(ROOT, input))) {
      // A missing input (a file deleted since) counts as empty.
      const content = await readFile(file).catch(() => Buffer.alloc(0));
      hash.update(relative(ROOT, file)).update('\0').update(content).update('\0');
    }
  }
  return hash.digest('hex');
}

/** The folder of a static Storybook build of the current sources, building it when needed. */
export async function builtStorybook(): Promise<string> {
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' };
  // The element docs are generated from the manifest; `npm test` writes it, a lone run may not.
  if (!existsSync(join(ROOT, 'custom-elements.json'))) {
    await run(join(BIN, 'cem'), ['analyze', '--litelement', '--quiet'], { cwd: ROOT, env });
  }
  const expected = await fingerprint();
  const current = await readFile(FINGERPRINT, 'utf8').catch(() => '');
  if (current === expected && existsSync(join(OUT, 'index.json'))) return OUT;

  await rm(OUT, { recursive: true, force: true });
  await run(join(BIN, 'storybook'), ['build', '--quiet', '--disable-telemetry', '-o', OUT], {
    cwd: ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  await writeFile(FINGERPRINT, expected);
  return OUT;
}

/** The static site must work offline: aborts any request that leaves `origin`, noting it in `external`. */
export async function keepOffline(page: Page, origin: string, external: string[]): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
}

/** An entry of the build's `index.json`. */
export interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

/** Every docs page and story of the build. */
export async function storybookIndex(dir: string): Promise<IndexEntry[]> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  return Object.values(index.entries);
}
