import type { Browser } from 'playwright';
import { launchBrowser } from './browser.js';
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
