// `npm run example:react`, `example:vue` and `example:server`, as a newcomer runs them from the
// repository root: all three at once, each printing its URL, each page working in Chromium. The
// React and Vue dev servers each keep their own dependency cache (`cacheDir`): with a shared one,
// the first to re-optimise left the other failing with "504 (Outdated Optimize Dep)".
//
// The ports are free ones chosen here (the documented defaults, 5173, 5174 and 8080, may be taken
// on the machine running the tests): `-- --port` for Vite, `PORT` for the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { assertCdnBuilt, launchBrowser, watchForProblems } from './support/browser.js';
import { ROOT } from './support/server.js';

interface Running {
  child: ChildProcess;
  /** Everything the script printed so far. */
  output: string;
}

const running: Running[] = [];
let browser: Browser;

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts `npm run <script>` in its own process group (so stopping it stops Vite too). */
function start(script: string, args: string[], env: Record<string, string> = {}): Running {
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Running = { child, output: '' };
  child.stdout?.on('data', (chunk: Buffer) => (run.output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (run.output += chunk));
  running.push(run);
  return run;
}

const ports = { react: 0, vue: 0, server: 0 };
const scripts: Record<keyof typeof ports, Running | undefined> = {
  react: undefined,
  vue: undefined,
  server: undefined,
};

beforeAll(async () => {
  assertCdnBuilt();
  ports.react = await freePort();
  ports.vue = await freePort();
  ports.server = await freePort();
  scripts.react = start('example:react', ['--port', String(ports.react)]);
  scripts.vue = start('example:vue', ['--port', String(ports.vue)]);
  scripts.server = start('example:server', [], { PORT: String(ports.server) });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const { child } of running) {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  }
});

describe('the example scripts, all three at once', () => {
  it.each(['react', 'vue', 'server'] as const)(
    'npm run example:%s prints its URL',
    async (name) => {
      const url = `http://localhost:${ports[name]}`;
      await expect
        .poll(() => scripts[name]?.output ?? '', { timeout: 90_000, interval: 250 })
        .toContain(url);
    },
  );

  it('serves the React, Vue and server pages side by side, each with its notice', async () => {
    const context = await browser.newContext();
    const pages = await Promise.all(
      (['react', 'vue', 'server'] as const).map(async (name) => {
        const page = await context.newPage();
        const problems = await watchForProblems(page);
        await page.goto(`http://localhost:${ports[name]}/`);
        return { name, page, problems };
      }),
    );
    for (const { page } of pages) {
      await expect
        .poll(() => page.locator('consent-cookie-notice [part~="accept"]').isVisible(), {
          timeout: 90_000,
        })
        .toBe(true);
    }
    // The apps rendered their own state, not only the notice (the dev servers' modules all loaded).
    for (const { page } of pages.slice(0, 2)) {
      expect(await page.getByTestId('analytics-status').textContent()).toBe('Analytics: off');
    }
    expect(await pages[2].page.locator('[data-decided]').textContent()).toBe('No decision yet.');
    for (const { page } of pages) {
      await expect(page.getByRole('link', { name: 'Cookie settings' }).isVisible()).resolves.toBe(
        true,
      );
    }
    expect(Object.fromEntries(pages.map(({ name, problems }) => [name, problems.errors]))).toEqual({
      react: [],
      vue: [],
      server: [],
    });
    await context.close();
  }, 180_000);
});
