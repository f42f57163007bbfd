import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { assertCdnBuilt, launchBrowser } from './browser.js';
import { startServer, type ServerOptions, type TestServer } from './server.js';

/** What each test finds ready: the file's Chromium and a fresh context of its own. */
export interface BrowserContexts {
  /** The file's Chromium. */
  readonly browser: Browser;
  /** A fresh context (no cookies, no storage) for each test. */
  readonly context: BrowserContext;
}

/** `BrowserContexts` and the file's test server (see `startServer`). */
export interface BrowserSession extends BrowserContexts {
  readonly server: TestServer;
}

/** A fresh page of this test's context: blank until the test opens one of its own. */
export interface TestPage {
  readonly page: Page;
}

export interface BrowserOptions {
  /** Extra Chromium command-line arguments (host resolver rules, say). */
  args?: string[];
  /** The file's pages load the built CDN module: check it exists before anything starts. Default `true`. */
  cdn?: boolean;
}

export interface SessionOptions extends ServerOptions, BrowserOptions {}

/** `value`, once the hook that makes it has run; a clear error when read too early. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready yet: use it in a test or a hook`);
  return value;
}

/**
 * `base` with the properties of `more`, getters kept as getters: a spread would read them at once,
 * before the hooks that make their values have run.
 */
function extend<Base extends object, More extends object>(base: Base, more: More): Base & More {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(base), ...Object.getOwnPropertyDescriptors(more) },
  ) as Base & More;
}

/** One Chromium for the file (closed after it), a fresh context for each test. */
function useBrowserContexts({ args, cdn = true }: BrowserOptions): BrowserContexts {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (cdn) assertCdnBuilt();
    browser = await launchBrowser(args);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await ready(browser, 'the browser').newContext();
  });
  return {
    get browser() {
      return ready(browser, 'the browser');
    },
    get context() {
      return ready(context, 'the browser context');
    },
  };
}

/** `contexts` with a new page in each test's context, opened before the file's own hooks run. */
function withPageIn<Contexts extends BrowserContexts>(contexts: Contexts): Contexts & TestPage {
  let page: Page | undefined;
  beforeEach(async () => {
    page = await contexts.context.newPage();
  });
  return extend(contexts, {
    get page() {
      return ready(page, 'the page');
    },
  });
}

/**
 * The lifecycle every end-to-end file shares: one server (see `startServer`; `record`, `root`) and
 * one browser for the file, a fresh browser context per test. Call it before the file's own hooks,
 * which then find `server` ready.
 */
export function useBrowserSession(options: SessionOptions = {}): BrowserSession {
  const { args, cdn, ...serverOptions } = options;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer(serverOptions);
  });
  afterAll(async () => {
    await server?.close();
  });
  return extend(useBrowserContexts({ args, cdn }), {
    get server() {
      return ready(server, 'the test server');
    },
  });
}

/**
 * `useBrowserSession` with a new page in each test's fresh context: what a file needs whose tests
 * each drive one page (`session.page.goto(url)`). Call it before the file's own hooks, which then
 * find this test's page ready (to record its requests, say).
 */
export function useSessionPage(options: SessionOptions = {}): BrowserSession & TestPage {
  return withPageIn(useBrowserSession(options));
}

/**
 * One browser for the file and a new page in each test's fresh context, with no test server: for a
 * file that serves its pages otherwise (its own server, routes of the context).
 */
export function useBrowserPage(options: BrowserOptions = {}): BrowserContexts & TestPage {
  return withPageIn(useBrowserContexts(options));
}
