// The framework examples that install the packed package (scripts/pack-examples.mjs), built and
// served as production apps and driven in Chromium as a visitor would: accept, reload, and the
// server-rendered HTML (fetched before any script runs) already shows the decision, with no
// hydration error and no console error. One production build per example, one browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { packExamples } from '../../scripts/pack-examples.mjs';
import { launchBrowser, watchForProblems } from './support/browser.js';
import { ROOT } from './support/server.js';

const NEXT_EXAMPLE = resolve(ROOT, 'examples/next');
const NEXT_BIN = resolve(ROOT, 'node_modules/.bin/next');
/** A production Next.js build takes about a minute on a busy two-core machine. */
const BUILD_TIMEOUT = 300_000;

/** Runs `command` in `cwd` to the end; rejects with its output when it fails. */
function runToEnd(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

/** A TCP port free right now on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** Starts `next start` and resolves once it answers. */
async function startNext(port: number): Promise<ChildProcess> {
  const child = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: NEXT_EXAMPLE,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.on('exit', (code) => fail(new Error(`next start exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/Ready in/.test(chunk.toString())) done();
    });
  });
  return child;
}

describe('examples/next (App Router, the packed package)', () => {
  let next: ChildProcess | undefined;
  let origin: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let problems: Awaited<ReturnType<typeof watchForProblems>>;

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.js')))
      throw new Error('dist/ is missing: run "npm run build" before the e2e tests.');
    packExamples();
    // Production, as a site ships it (vitest sets NODE_ENV to `test`).
    await runToEnd(NEXT_BIN, ['build'], NEXT_EXAMPLE);
    const port = await freePort();
    next = await startNext(port);
    origin = `http://127.0.0.1:${port}`;
    browser = await launchBrowser();
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    next?.kill();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext();
    page = await context.newPage();
    problems = await watchForProblems(page);
  });

  /** The page's HTML as the server renders it for `cookie`, before any script of it runs. */
  async function serverHtml(cookie: string): Promise<string> {
    const response = await fetch(origin, { headers: { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  }

  const cookieHeader = async () =>
    (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');

  it('accept, reload: the server HTML and the hydrated page show the decision, without errors', async () => {
    await page.goto(origin);
    await expect
      .poll(() => page.getByTestId('client-analytics').textContent())
      .toBe('Client: analytics off');
    const accept = page.locator('consent-cookie-notice [part~="accept"]');
    await expect.poll(() => accept.isVisible()).toBe(true);
    await accept.click();
    await expect
      .poll(() => page.getByTestId('client-analytics').textContent())
      .toBe('Client: analytics on');

    // The first HTML of the next visit: the server read the cookie and so did the client part.
    const html = await serverHtml(await cookieHeader());
    expect(html).toContain('Server: analytics <!-- -->on');
    expect(html).toContain('Client: analytics <!-- -->on');

    await page.reload();
    await expect
      .poll(() => page.getByTestId('client-analytics').textContent())
      .toBe('Client: analytics on');
    await expect.poll(() => accept.isVisible()).toBe(false);
    expect(problems.errors).toEqual([]);
  });

  it('records a decision posted without JavaScript (the route handler sets the cookie)', async () => {
    await context.close();
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(origin);
    await page.getByRole('button', { name: 'Accept all cookies' }).click();
    await expect
      .poll(() => page.getByTestId('server-analytics').textContent())
      .toBe('Server: analytics on');
    expect(await cookieHeader()).toMatch(/(^|; )consent=1\./);
  });
});
