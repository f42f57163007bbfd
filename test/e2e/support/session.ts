import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright';
import { assertCdnBuilt, launchBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';

export interface BrowserSession<Server> {
  server: Server;
  browser: Browser;
  /** A fresh context (no cookies, no storage) for each test. */
  context: BrowserContext;
}

export interface SessionOptions<Server> {
  /** Extra Chromium command-line arguments (host resolver rules, say). */
  args?: string[];
  /** Starts the file's server. Default: the static server for pages that load the CDN module. */
  start?: () => Promise<Server>;
}

const startCdnServer = async (): Promise<TestServer> => {
  assertCdnBuilt();
  return startServer();
};

/**
 * The lifecycle every end-to-end file shares: one server and one browser for the file, a fresh
 * browser context per test. Call it before the file's own hooks, which then find `server` ready.
 */
export function useBrowserSession<Server extends { close(): Promise<void> } = TestServer>(
  options: SessionOptions<Server> = {},
): BrowserSession<Server> {
  const start = options.start ?? (startCdnServer as unknown as () => Promise<Server>);
  const session = {} as BrowserSession<Server>;
  beforeAll(async () => {
    session.server = await start();
    session.browser = await launchBrowser(options.args);
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
