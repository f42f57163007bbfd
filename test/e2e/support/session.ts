import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { assertCdnBuilt, launchBrowser } from './browser.js';
import { startServer, type ServerOptions, type TestServer } from './server.js';

export interface BrowserSession {
  /** The file's test server (see `startServer`). */
  readonly server: TestServer;
  /** The file's Chromium. */
  readonly browser: Browser;
  /** A fresh context (no cookies, no storage) for each test. */
  readonly context: BrowserContext;
}

/** A browser session whose tests each start on a blank page of their fresh context. */
export interface SessionPage extends BrowserSession {
  /** This test's page: blank until the test opens one of its own. */
  readonly page: Page;
}

export interface SessionOptions extends ServerOptions {
  /** Extra Chromium command-line arguments (host resolver rules, say). */
  args?: string[];
  /** The file's pages load the built CDN module: check it exists before anything starts. Default `true`. */
  cdn?: boolean;
}

/** `value`, once the hook that makes it has run; a clear error when read too early. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready yet: use it in a test or a hook`);
  return value;
}

/**
 * The lifecycle every end-to-end file shares: one server (see `startServer`; `record`, `root`) and
 * one browser for the file, a fresh browser context per test. Call it before the file's own hooks,
 * which then find `server` ready.
 */
export function useBrowserSession(options: SessionOptions = {}): BrowserSession {
  const { args, cdn = true, ...serverOptions } = options;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (cdn) assertCdnBuilt();
    server = await startServer(serverOptions);
    browser = await launchBrowser(args);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await ready(browser, 'the browser').newContext();
  });
  return {
    get server() {
      return ready(server, 'the test server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get context() {
      return ready(context, 'the browser context');
    },
  };
}

/**
 * `useBrowserSession` with a new page in each test's fresh context: what a file needs whose tests
 * each drive one page (`session.page.goto(url)`). Call it before the file's own hooks, which then
 * find this test's page ready (to record its requests, say).
 */
export function useSessionPage(options: SessionOptions = {}): SessionPage {
  const session = useBrowserSession(options);
  let page: Page | undefined;
  beforeEach(async () => {
    page = await session.context.newPage();
  });
  return {
    get server() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    get context() {
      return session.context;
    },
    get page() {
      return ready(page, 'the page');
    },
  };
}
