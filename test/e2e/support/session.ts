import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright';
import { assertCdnBuilt, launchBrowser } from './browser.js';
import { startServer, type ServerOptions, type TestServer } from './server.js';

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  /** A fresh context (no cookies, no storage) for each test. */
  context: BrowserContext;
}

export interface SessionOptions extends ServerOptions {
  /** Extra Chromium command-line arguments (host resolver rules, say). */
  args?: string[];
  /** The file's pages load the built CDN module: check it exists before anything starts. Default `true`. */
  cdn?: boolean;
}

/**
 * The lifecycle every end-to-end file shares: one server (see `startServer`; `record`, `root`) and
 * one browser for the file, a fresh browser context per test. Call it before the file's own hooks,
 * which then find `server` ready.
 */
export function useBrowserSession(options: SessionOptions = {}): BrowserSession {
  const { args, cdn = true, ...serverOptions } = options;
  const session = {} as BrowserSession;
  beforeAll(async () => {
    if (cdn) assertCdnBuilt();
    session.server = await startServer(serverOptions);
    session.browser = await launchBrowser(args);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    await session.context?.close();
    session.context = await session.browser.newContext();
  });
  return session;
}
