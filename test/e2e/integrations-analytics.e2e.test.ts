// The Mixpanel and PostHog adapters with the real SDKs in Chromium, pointed at a local server that
// records what reaches it: nothing is tracked before consent or after it is withdrawn. The SDKs are
// initialised without their opt-out-by-default options: the adapter alone keeps them quiet.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIntegrationsBundle } from './support/integrations-bundle.js';
import type { Received } from './support/server.js';
import { useSessionPage } from './support/session.js';

const MIXPANEL = 'node_modules/mixpanel-browser/dist/mixpanel.module.js';
const POSTHOG = 'node_modules/posthog-js/dist/module.js';

/** The host page: the consent library, both SDKs, and a `setup(tool)` that initialises one of them. */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Analytics host</title><link rel="icon" href="data:," /></head>
  <body>
    <script type="module">
      import * as lib from '/lib.js';
      import mixpanel from '/${MIXPANEL}';
      import { posthog } from '/${POSTHOG}';
      window.lib = lib;
      window.setup = (tool) => {
        lib.configureConsent({ categories: [{ id: 'analytics', label: 'Analytics' }, { id: 'marketing', label: 'Marketing' }] });
        if (tool === 'mixpanel') {
          mixpanel.init('token', {
            api_host: location.origin,
            batch_requests: false,
            persistence: 'localStorage',
          });
          window.track = (name) => mixpanel.track(name);
          window.disconnect = lib.connectMixpanel(mixpanel);
        } else {
          posthog.init('phc_token', {
            api_host: location.origin,
            opt_out_useragent_filter: true,
            request_batching: false,
            disable_compression: true,
            autocapture: false,
            capture_pageview: false,
            capture_pageleave: false,
            disable_session_recording: true,
            disable_surveys: true,
            advanced_disable_flags: true,
            persistence: 'localStorage',
          });
          window.track = (name) => posthog.capture(name);
          window.disconnect = lib.connectPostHog(posthog);
        }
      };
      window.ready = true;
    </script>
  </body>
</html>`;

/** The event names a request carries: Mixpanel's base64 `data=` form, PostHog's JSON batch. */
function eventsIn(request: Received): string[] {
  try {
    if (request.path === '/track/') {
      const data = new URLSearchParams(request.body.toString()).get('data') ?? '';
      const parsed = JSON.parse(Buffer.from(data, 'base64').toString()) as
        { event: string } | { event: string }[];
      return (Array.isArray(parsed) ? parsed : [parsed]).map((e) => e.event);
    }
    if (request.path === '/e/' || request.path === '/batch/' || request.path === '/i/v0/e/') {
      const parsed = JSON.parse(request.body.toString()) as {
        event?: string;
        batch?: { event: string }[];
      };
      return parsed.batch ? parsed.batch.map((e) => e.event) : parsed.event ? [parsed.event] : [];
    }
  } catch {
    return ['<undecodable tracking request>'];
  }
  return [];
}

/** What the page exposes. */
type Host = {
  ready?: boolean;
  setup(tool: string): void;
  track(name: string): void;
  lib: {
    getConsentStore(): {
      acceptAll(): void;
      rejectAll(): void;
      setCategory(id: string, on: boolean): void;
    };
  };
};

const session = useSessionPage({ record: true, cdn: false });

const tracked = () => session.server.received.flatMap(eventsIn);
/** Every request that carries tracking data (anything but the page and its scripts). */
const trackingRequests = () =>
  session.server.received.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS');

beforeAll(async () => {
  // The SDKs are files of the repository (node_modules), served as they are.
  session.server.serve('/lib.js', await buildIntegrationsBundle());
  session.server.serve('/', PAGE);
});
beforeEach(() => {
  session.server.received.length = 0;
});

/** Waits for the page's modules, then initialises `tool` and its adapter. */
async function setUp(tool: string): Promise<void> {
  await session.page.waitForFunction(() => (window as unknown as Host).ready === true);
  await session.page.evaluate((t) => (window as unknown as Host).setup(t), tool);
}
async function open(tool: string): Promise<void> {
  await session.page.goto(`${session.server.origin}/`);
  await setUp(tool);
}
const track = (name: string) =>
  session.page.evaluate((n) => (window as unknown as Host).track(n), name);
/** Changes consent through the page's store, as the elements would. */
const consent = (action: 'grant' | 'revoke' | 'accept' | 'reject' | 'marketing') =>
  session.page.evaluate((a) => {
    const store = (window as unknown as Host).lib.getConsentStore();
    if (a === 'grant') store.setCategory('analytics', true);
    else if (a === 'revoke') store.setCategory('analytics', false);
    else if (a === 'marketing') store.setCategory('marketing', true);
    else if (a === 'accept') store.acceptAll();
    else store.rejectAll();
  }, action);

describe.each(['mixpanel', 'posthog'])('%s adapter', (tool) => {
  it('lets no tracking request reach the server before consent', async () => {
    await open(tool);
    await track('before consent');
    await consent('reject');
    await track('after refusal');
    // Consent to another category only: analytics stays denied.
    await consent('marketing');
    await track('marketing only');
    // Sentinel: once analytics is granted, a later event arrives; nothing tracked earlier came before it.
    await consent('grant');
    await track('sentinel');
    await expect.poll(tracked).toContain('sentinel');
    expect(tracked()).not.toContain('before consent');
    expect(tracked()).not.toContain('after refusal');
    expect(tracked()).not.toContain('marketing only');
  });

  it('sends tracking requests once analytics is granted', async () => {
    await open(tool);
    expect(trackingRequests()).toEqual([]);
    await consent('grant');
    await track('granted event');
    await expect.poll(tracked).toContain('granted event');
  });

  it('stops tracking requests after the visitor opts out', async () => {
    await open(tool);
    await consent('accept');
    await track('while granted');
    await expect.poll(tracked).toContain('while granted');
    await consent('revoke');
    await track('after opt-out');
    await consent('grant');
    await track('sentinel');
    await expect.poll(tracked).toContain('sentinel');
    expect(tracked()).not.toContain('after opt-out');
  });

  it('applies a decision recorded on an earlier visit at once', async () => {
    await open(tool);
    await consent('accept');
    await session.page.reload();
    session.server.received.length = 0;
    await setUp(tool);
    await track('returning visitor');
    await expect.poll(tracked).toContain('returning visitor');
  });

  it('keeps a returning visitor’s refusal: nothing tracked after reload', async () => {
    await open(tool);
    await consent('accept');
    await consent('reject');
    await session.page.reload();
    session.server.received.length = 0;
    await setUp(tool);
    await track('refused visitor');
    await consent('grant');
    await track('sentinel');
    await expect.poll(tracked).toContain('sentinel');
    expect(tracked()).not.toContain('refused visitor');
  });
});
