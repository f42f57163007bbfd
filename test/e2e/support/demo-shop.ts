import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { assertCdnBuilt, launchBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';

/** The stand-in tracker's host (see examples/demo-shop/serve.mjs), mapped to this machine. */
export const TRACKER_HOST = 'analytics.localhost';

/** The demo shops' own classification of the stand-in tracker, as a site owner would write it. */
export const DEMO_CATEGORIES = { analytics: { hosts: [TRACKER_HOST] } };

/** Selectors of the leaky shop's home-made banner. */
export const LEAKY_SELECTORS = {
  accept: '#accept-all',
  reject: '#reject-all',
  moreOptions: '#open-settings',
  choices: '#second-layer input[type="checkbox"]',
};

export interface DemoShops {
  server: TestServer;
  browser: Browser;
  /** The shop's page on the test server. */
  url(site: 'leaky-site' | 'fixed-site'): string;
  close(): Promise<void>;
}

/**
 * The repository's test server and a Chromium that resolves every `*.localhost` name to 127.0.0.1,
 * so the shops' stand-in tracker is another host and nothing leaves the machine.
 */
export async function startDemoShops(): Promise<DemoShops> {
  const server = await startServer();
  const browser = await launchBrowser(['--host-resolver-rules=MAP *.localhost 127.0.0.1']);
  return {
    server,
    browser,
    url: (site) => `${server.origin}/examples/${site}/`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** What a suite on the demo shops works with: the shops, and this test's fresh page. */
export interface DemoShopSuite {
  readonly shops: DemoShops;
  /** A page in a new browser context (no cookies, no storage) for each test. */
  readonly page: Page;
}

/** Starts the demo shops for the calling suite (closed after it) and a fresh page before each test. */
export function useDemoShops(): DemoShopSuite {
  let shops: DemoShops | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    assertCdnBuilt();
    shops = await startDemoShops();
  });
  afterAll(() => shops?.close());
  beforeEach(async () => {
    await context?.close();
    if (!shops) throw new Error('the demo shops did not start');
    context = await shops.browser.newContext();
    page = await context.newPage();
  });
  return {
    get shops() {
      if (!shops) throw new Error('the demo shops are not started yet');
      return shops;
    },
    get page() {
      if (!page) throw new Error('no page yet: use it inside a test');
      return page;
    },
  };
}
