import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext } from 'playwright';
import { launchBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  /** A fresh context (no cookies, no storage) for each test. */
  context: BrowserContext;
}

/**
 * The lifecycle every end-to-end file shares: one server and one browser for the file, a fresh
 * browser context per test. Extra Chromium `args` (host resolver rules, say) are passed on.
 */
export function useBrowserSession(args: string[] = []): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startServer();
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
