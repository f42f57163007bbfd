// The server-rendering framework examples that install the packed package (scripts/pack-examples.mjs),
// examples/next (App Router) and examples/sveltekit (node adapter), built and served as production
// apps and driven in Chromium as a visitor would: accept, reload, and the server-rendered HTML
// (fetched before any script runs) already shows the decision, the hydrated page never shows
// "denied" on the way, with no hydration warning and no console error. One production build per
// example, one browser for both.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright';
import { packExamples } from '../../scripts/pack-examples.mjs';
import { watchForProblems } from './support/browser.js';
import { ROOT } from './support/server.js';
import { useBrowserPage } from './support/session.js';

const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);
/** Production, as a site ships it (vitest sets NODE_ENV to `test`); no telemetry, no network. */
const PRODUCTION_ENV = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
/** A production Next.js build takes about a minute on a busy two-core machine, SvelteKit's half that. */
const BUILD_TIMEOUT = 420_000;

interface ServedExample {
  /** The folder under examples/. */
  name: 'next' | 'sveltekit';
  build: { command: string; args: string[] };
  start(port: number): { command: string; args: string[]; env?: Record<string, string> };
  /** What the server prints once it answers. */
  ready: RegExp;
}

const EXAMPLES: ServedExample[] = [
  {
    name: 'next',
    build: { command: bin('next'), args: ['build'] },
    start: (port) => ({
      command: bin('next'),
      args: ['start', '-p', String(port), '-H', '127.0.0.1'],
    }),
    ready: /Ready in/,
  },
  {
    name: 'sveltekit',
    build: { command: bin('vite'), args: ['build'] },
    // The node adapter's server (build/), configured by environment variables.
    start: (port) => ({
      command: process.execPath,
      args: ['build'],
      env: { HOST: '127.0.0.1', PORT: String(port) },
    }),
    ready: /Listening on/,
  },
];

const exampleDir = (name: string) => resolve(ROOT, 'examples', name);

/** Runs `command` in `cwd` to the end; rejects with its output when it fails. */
function runToEnd(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...PRODUCTION_ENV } });
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

/** Starts the example's production server on a free port; resolves with its origin once it answers. */
async function startExample(
  example: ServedExample,
): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const { command, args, env } = example.start(port);
  const server = spawn(command, args, {
    cwd: exampleDir(example.name),
    env: { ...process.env, ...PRODUCTION_ENV, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    server.on('exit', (code) => fail(new Error(`${example.name} server exited (${code})`)));
    server.stdout?.on('data', (chunk: Buffer) => {
      if (example.ready.test(chunk.toString())) done();
    });
  });
  return { origin: `http://127.0.0.1:${port}`, server };
}

const origins = new Map<ServedExample['name'], string>();
const servers: ChildProcess[] = [];
const session = useBrowserPage({ cdn: false });

beforeAll(async () => {
  if (!existsSync(resolve(ROOT, 'dist/index.js')))
    throw new Error('dist/ is missing: run "npm run build" before the e2e tests.');
  packExamples(EXAMPLES.map(({ name }) => name));
  // One after the other: two production builds at once compete for two cores without gaining time.
  for (const example of EXAMPLES) {
    await runToEnd(example.build.command, example.build.args, exampleDir(example.name));
  }
  for (const example of EXAMPLES) {
    const { origin, server } = await startExample(example);
    servers.push(server);
    origins.set(example.name, origin);
  }
}, BUILD_TIMEOUT);
afterAll(() => {
  for (const server of servers) server.kill();
});

describe.each(EXAMPLES.map(({ name }) => name))('examples/%s (the packed package)', (name) => {
  let origin: string;
  let problems: Awaited<ReturnType<typeof watchForProblems>>;
  /** Console warnings about hydration (React and Svelte report a mismatch as a warning). */
  let hydrationWarnings: string[];

  beforeEach(async () => {
    origin = origins.get(name) ?? '';
    problems = await watchForProblems(session.page);
    hydrationWarnings = [];
    session.page.on('console', (message: ConsoleMessage) => {
      if (/hydrat/i.test(message.text())) hydrationWarnings.push(message.text());
    });
  });

  /** The page's HTML as the server renders it for `cookie`, before any script of it runs, as text. */
  async function serverHtml(cookie: string): Promise<string> {
    const response = await fetch(origin, { headers: { cookie } });
    expect(response.status).toBe(200);
    // Frameworks mark text boundaries with comments (`analytics <!-- -->on`): read past them.
    return (await response.text()).replaceAll(/<!--.*?-->/g, '');
  }

  const cookieHeader = async () =>
    (await session.context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  const clientAnalytics = () => session.page.getByTestId('client-analytics').textContent();

  /**
   * From the next navigation on, every text the "Client: analytics" line shows, from the server
   * HTML through hydration: a "denied" flash would leave its "off" here.
   */
  async function recordClientAnalyticsTexts(): Promise<() => Promise<string[]>> {
    await session.page.addInitScript(() => {
      const texts: string[] = [];
      Object.assign(window, { clientAnalyticsTexts: texts });
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="client-analytics"]')?.textContent;
        if (typeof text === 'string' && text.trim() !== texts.at(-1)) texts.push(text.trim());
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    return () =>
      session.page.evaluate(
        () => (window as unknown as { clientAnalyticsTexts: string[] }).clientAnalyticsTexts,
      );
  }

  it('accept, reload: the server HTML and the hydrated page show the decision, with no flash and no error', async () => {
    await session.page.goto(origin);
    await expect.poll(clientAnalytics).toBe('Client: analytics off');
    const accept = session.page.locator('consent-cookie-notice [part~="accept"]');
    await expect.poll(() => accept.isVisible()).toBe(true);
    await accept.click();
    await expect.poll(clientAnalytics).toBe('Client: analytics on');

    // The first HTML of the next visit: the server read the cookie and so did the client part.
    const html = await serverHtml(await cookieHeader());
    expect(html).toMatch(/Server: analytics\s*on/);
    expect(html).toMatch(/Client: analytics\s*on/);
    // Next's page is a Server Component that renders a wrapper (consent-elements/react/wrappers,
    // a "use client" module): it built, and its tag is in the server HTML.
    if (name === 'next') expect(html).toContain('<consent-policy-banner');

    const clientTexts = await recordClientAnalyticsTexts();
    await session.page.reload();
    await expect.poll(clientAnalytics).toBe('Client: analytics on');
    // The notice has rendered (it has nothing to ask): the page is hydrated and its elements run.
    await expect
      .poll(() =>
        session.page
          .locator('consent-cookie-notice')
          .evaluate(
            (el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
          ),
      )
      .toBe(true);
    expect(await accept.isVisible()).toBe(false);
    expect(await clientTexts()).toEqual(['Client: analytics on']);
    expect(problems.errors).toEqual([]);
    expect(hydrationWarnings).toEqual([]);
  });

  it('"Cookie settings" re-opens the notice, and a withdrawal reaches the seeded UI', async () => {
    await session.page.goto(origin);
    await session.page.locator('consent-cookie-notice [part~="accept"]').click();
    await expect.poll(clientAnalytics).toBe('Client: analytics on');
    await session.page.reload();
    await expect.poll(clientAnalytics).toBe('Client: analytics on');
    await session.page.getByRole('link', { name: 'Cookie settings' }).click();
    const reject = session.page.locator(
      'consent-cookie-notice [part~="preferences"] [part~="reject"]',
    );
    await expect.poll(() => reject.isVisible()).toBe(true);
    await reject.click();
    await expect.poll(clientAnalytics).toBe('Client: analytics off');
    expect(await serverHtml(await cookieHeader())).toMatch(/Server: analytics\s*off/);
    expect(problems.errors).toEqual([]);
  });
});

describe('examples/next without JavaScript', () => {
  it('records a decision posted by the form (the route handler sets the cookie)', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origins.get('next') ?? '');
    await page.getByRole('button', { name: 'Accept all cookies' }).click();
    await expect
      .poll(() => page.getByTestId('server-analytics').textContent())
      .toBe('Server: analytics on');
    const cookies = await context.cookies();
    expect(cookies.map(({ name, value }) => `${name}=${value}`).join('; ')).toMatch(
      /(^|; )consent=1\./,
    );
    await context.close();
  });
});
