import type { Browser, Page } from 'playwright';
import type { TestServer } from './server.js';
import { useSessionPage } from './session.js';

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
}

/** What a suite on the demo shops works with: the shops, and this test's fresh page. */
export interface DemoShopSuite {
  readonly shops: DemoShops;
  /** A page in a new browser context (no cookies, no storage) for each test. */
  readonly page: Page;
}

/**
 * The repository's test server and a Chromium that resolves every `*.localhost` name to 127.0.0.1,
 * so the shops' stand-in tracker is another host and nothing leaves the machine; both for the calling
 * suite (closed after it), and a fresh page before each test.
 */
export function useDemoShops(): DemoShopSuite {
  const session = useSessionPage({ args: ['--host-resolver-rules=MAP *.localhost 127.0.0.1'] });
  const shops: DemoShops = {
    get server() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    url: (site) => `${session.server.origin}/examples/${site}/`,
  };
  return {
    shops,
    get page() {
      return session.page;
    },
  };
}
