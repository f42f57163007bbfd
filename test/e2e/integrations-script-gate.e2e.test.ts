// The script gate on a real page: a strict nonce-based CSP (the browser hides nonce attributes) and
// cookies on every domain variant of a real host name (www.shop.test, mapped to 127.0.0.1).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIntegrationsBundle } from './support/integrations-bundle.js';
import { useSessionPage } from './support/session.js';

const NONCE = 'r4nd0m-n0nce';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; frame-src 'self'`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" /><title>Gated page</title><link rel="icon" href="data:," />
    <script type="application/json" data-consent-config>
      { "categories": [{ "id": "analytics", "label": "Analytics", "cookies": ["_ga", "_ga_*", "mp_*"] },
                       { "id": "marketing", "label": "Marketing" }] }
    </script>
    <script type="text/plain" data-consent-category="analytics" nonce="${NONCE}" data-src="/tag.js?1"></script>
    <script type="text/plain" data-consent-category="analytics" nonce="${NONCE}">(window.ran ??= []).push('inline');</script>
    <script type="text/plain" data-consent-category="analytics" nonce="${NONCE}" data-src="/tag.js?2"></script>
    <script type="text/plain" data-consent-category="analytics">(window.ran ??= []).push('no nonce');</script>
    <script type="text/plain" data-consent-category="analytics marketing" nonce="${NONCE}">(window.ran ??= []).push('both');</script>
  </head>
  <body>
    <iframe title="Embed" data-consent-category="marketing" data-src="/embed"></iframe>
    <script type="module" nonce="${NONCE}">
      import * as lib from '/lib.js';
      window.consent = lib.getConsentStore();
      window.revokes = [];
      document.addEventListener('consent-revoke', (e) => window.revokes.push(e.detail));
      lib.gateScripts();
      window.ready = true;
    </script>
  </body>
</html>`;

type Host = {
  ready?: boolean;
  ran?: string[];
  violations: string[];
  revokes: { categories: string[]; removedCookies: string[] }[];
  consent: { acceptAll(): void; setCategory(id: string, on: boolean): void };
};

const session = useSessionPage({
  record: true,
  cdn: false,
  args: ['--host-resolver-rules=MAP *.shop.test 127.0.0.1'],
});
let origin: string;

beforeAll(async () => {
  session.server.serve('/lib.js', await buildIntegrationsBundle());
  session.server.serve('/', PAGE, { headers: { 'content-security-policy': CSP } });
  session.server.route('/tag.js', (req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end(`(window.ran ??= []).push('external ${new URL(req.url, 'http://x').search}');`),
  );
  session.server.serve('/embed', '<!doctype html><title>Embed</title><p>embedded</p>');
  origin = session.server.origin.replace('127.0.0.1', 'www.shop.test');
});
beforeEach(async () => {
  await session.page.addInitScript(() => {
    const host = window as unknown as Host;
    host.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      host.violations.push(e.violatedDirective),
    );
  });
  session.server.received.length = 0;
});

async function open(): Promise<void> {
  await session.page.goto(`${origin}/`);
  await session.page.waitForFunction(() => (window as unknown as Host).ready === true);
}
const ran = () => session.page.evaluate(() => (window as unknown as Host).ran ?? []);

describe('script gate on a real page', () => {
  it('runs nothing and loads nothing before consent', async () => {
    await open();
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('marketing', true),
    );
    // Sentinel: the marketing iframe loads; by then nothing of the analytics category has.
    await expect.poll(() => session.server.received.map((r) => r.path)).toContain('/embed');
    expect(await ran()).toEqual([]);
    expect(session.server.received.map((r) => r.path)).not.toContain('/tag.js');
  });

  it('runs gated scripts in order under a nonce CSP, carrying the hidden nonce over', async () => {
    await open();
    // The browser hides the nonce attribute: only the property still holds it.
    expect(
      await session.page.evaluate(() =>
        document.querySelector('script[data-src]')!.getAttribute('nonce'),
      ),
    ).toBe('');
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('analytics', true),
    );
    await expect.poll(ran).toEqual(['external ?1', 'inline', 'external ?2']);
    // The control without a nonce is refused by the CSP: the policy is really enforced.
    await expect
      .poll(() => session.page.evaluate(() => (window as unknown as Host).violations))
      .toContain('script-src-elem');
    expect(session.server.received.filter((r) => r.path === '/tag.js')).toHaveLength(2);
  });

  it('loads the gated iframe and the two-category script once both are granted', async () => {
    await open();
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('marketing', true),
    );
    await expect.poll(() => session.page.frame({ url: /\/embed$/ })?.url()).toMatch(/\/embed$/);
    expect(await ran()).toEqual([]);
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('analytics', true),
    );
    await expect.poll(ran).toContain('both');
  });

  it('removes the category’s cookies on the host and every parent domain when consent is withdrawn', async () => {
    await open();
    await session.page.evaluate(() => (window as unknown as Host).consent.acceptAll());
    await session.context.addCookies([
      { name: '_ga', value: 'GA1.2', domain: '.shop.test', path: '/' },
      { name: '_ga', value: 'host', url: `${origin}/` },
      { name: '_ga_ABC', value: 'GS1', domain: '.www.shop.test', path: '/' },
      { name: 'mp_token_mixpanel', value: '%7B%7D', domain: '.shop.test', path: '/' },
      { name: 'theme', value: 'dark', domain: '.shop.test', path: '/' },
    ]);
    await session.page.evaluate(() =>
      (window as unknown as Host).consent.setCategory('analytics', false),
    );
    const names = (await session.context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();
    expect(names).toEqual(['consent@www.shop.test', 'theme@.shop.test']);
    const revokes = await session.page.evaluate(() => (window as unknown as Host).revokes);
    expect(revokes).toHaveLength(1);
    expect(revokes[0].categories).toEqual(['analytics']);
    expect(revokes[0].removedCookies.sort()).toEqual(['_ga', '_ga_ABC', 'mp_token_mixpanel']);
  });
});
