// Consent receipts in Chromium, sent to a local server that stores them: one JSON receipt per change,
// delivered even when the visitor leaves the page at once, with no personal data.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIntegrationsBundle } from './support/integrations-bundle.js';
import type { Received } from './support/server.js';
import { useSessionPage } from './support/session.js';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" /><title>Receipts host</title><link rel="icon" href="data:," />
    <script type="application/json" data-consent-config>
      { "categories": [{ "id": "necessary", "label": "Necessary", "required": true },
                       { "id": "analytics", "label": "Analytics" },
                       { "id": "marketing", "label": "Marketing" }],
        "policy": { "version": "2026-03" } }
    </script>
  </head>
  <body>
    <a href="/elsewhere">Leave</a>
    <script type="module">
      import * as lib from '/lib.js';
      window.consent = lib.getConsentStore();
      window.disconnect = lib.connectConsentLog({ endpoint: '/receipts' });
      window.ready = true;
    </script>
  </body>
</html>`;

const session = useSessionPage({ record: true, cdn: false });
/** Receipts the server stored, in arrival order. */
let receipts: { request: Received; receipt: Record<string, unknown> }[] = [];

/** What the page exposes: its consent store. */
type Host = {
  /** How many times the page called navigator.sendBeacon. */
  beacons: number;
  consent: {
    state: { record: { id: string } | null };
    acceptAll(): void;
    rejectAll(): void;
    reset(): void;
    setCategory(id: string, on: boolean, options?: { source: string }): void;
  };
};

beforeAll(async () => {
  session.server.serve('/lib.js', await buildIntegrationsBundle());
  session.server.serve('/', PAGE);
  session.server.serve(
    '/elsewhere',
    '<!doctype html><title>Elsewhere</title><link rel="icon" href="data:," />',
  );
  session.server.route('/receipts', (request, res) => {
    receipts.push({ request, receipt: JSON.parse(request.body.toString()) });
    res.writeHead(204).end();
  });
});
beforeEach(() => {
  receipts = [];
  session.server.received.length = 0;
});

async function open(init?: () => void): Promise<void> {
  await session.page.addInitScript(() => {
    const host = window as unknown as Host;
    const send = Navigator.prototype.sendBeacon;
    host.beacons = 0;
    Navigator.prototype.sendBeacon = function (...args) {
      host.beacons++;
      return send.apply(this, args);
    };
  });
  if (init) await session.page.addInitScript(init);
  await session.page.goto(`${session.server.origin}/?campaign=secret-query`);
  await session.page.waitForFunction(
    () => (window as unknown as { ready?: boolean }).ready === true,
  );
}

describe('consent receipts', () => {
  it('stores one JSON receipt per change, sent with sendBeacon', async () => {
    await open();
    await session.page.evaluate(() => (window as unknown as Host).consent.acceptAll());
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('marketing', false, { source: 'toggle' }),
    );
    await expect.poll(() => receipts.length).toBe(2);
    const id = await session.page.evaluate(
      () => (window as unknown as Host).consent.state.record!.id,
    );
    expect(receipts[0].request.method).toBe('POST');
    expect(receipts[0].request.headers['content-type']).toBe('application/json');
    expect(await session.page.evaluate(() => (window as unknown as Host).beacons)).toBe(2);
    expect(receipts[0].receipt).toEqual({
      consentId: id,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      categories: { necessary: true, analytics: true, marketing: true },
      services: {},
      changed: ['analytics', 'marketing'],
      decided: true,
      policyVersion: '2026-03',
      acknowledgedPolicy: null,
      regime: 'opt-in',
      gpc: false,
      source: 'api',
    });
    expect(receipts[1].receipt).toMatchObject({
      consentId: id,
      categories: { necessary: true, analytics: true, marketing: false },
      changed: ['marketing'],
      source: 'toggle',
    });
  });

  it('carries no personal data: no user agent, URL or query string in the body', async () => {
    await open();
    const userAgent = await session.page.evaluate(() => navigator.userAgent);
    await session.page.evaluate(() => (window as unknown as Host).consent.rejectAll());
    await expect.poll(() => receipts.length).toBe(1);
    const body = receipts[0].request.body.toString();
    expect(body).not.toContain(userAgent);
    expect(body).not.toContain('secret-query');
    expect(body).not.toContain('127.0.0.1');
    expect(receipts[0].request.url).toBe('/receipts');
  });

  it('records the gpc signal the browser sent', async () => {
    await open(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    await session.page.evaluate(() => (window as unknown as Host).consent.acceptAll());
    await expect.poll(() => receipts.length).toBe(1);
    expect(receipts[0].receipt).toMatchObject({ gpc: true });
  });

  it('delivers the receipt when the visitor leaves the page right after deciding', async () => {
    await open();
    await session.page.evaluate(() => {
      (window as unknown as Host).consent.acceptAll();
      location.href = '/elsewhere';
    });
    await session.page.waitForURL('**/elsewhere');
    await expect.poll(() => receipts.length).toBe(1);
    expect(receipts[0].receipt).toMatchObject({ decided: true, categories: { analytics: true } });
  });

  it('falls back to fetch with keepalive where sendBeacon is missing', async () => {
    await open(() => {
      Object.defineProperty(Navigator.prototype, 'sendBeacon', { value: undefined });
    });
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('analytics', true),
    );
    await expect.poll(() => receipts.length).toBe(1);
    expect(receipts[0].request.headers['content-type']).toBe('application/json');
    expect(await session.page.evaluate(() => (window as unknown as Host).beacons)).toBe(0);
    expect(receipts[0].receipt).toMatchObject({
      categories: { necessary: true, analytics: true, marketing: false },
      changed: ['analytics'],
    });
  });

  it('sends a withdrawal receipt on reset, naming the withdrawn decision', async () => {
    await open();
    await session.page.evaluate(() => (window as unknown as Host).consent.acceptAll());
    const id = await session.page.evaluate(
      () => (window as unknown as Host).consent.state.record!.id,
    );
    await session.page.evaluate(() => (window as unknown as Host).consent.reset());
    await expect.poll(() => receipts.length).toBe(2);
    expect(receipts[1].receipt).toMatchObject({
      consentId: id,
      decided: false,
      categories: { necessary: true, analytics: false, marketing: false },
    });
  });
});
