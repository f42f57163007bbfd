// The CDN folder splits into an entry and chunks loaded on demand: a page fetches only the code it
// uses, and nothing that guards consent waits for a download. Driven as a visitor would, with and
// without a strict CSP (the chunks come from beside the entry, so `script-src 'self'` allows them).
import { beforeEach, describe, expect, it } from 'vitest';
import { cdnGraph, chunkName, CDN_FOLDER } from '../../scripts/cdn-graph.mjs';
import { watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';
import { returningVisitorCookie } from './support/visitor.js';
import { isoInDays } from '../support/iso-date.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const CDN = `/${CDN_FOLDER}`;
const ENTRY = `${CDN}/consent-elements.js`;

/** What the page loads at once: the entry and its static imports, from the build's chunk graph. */
const initialFiles = () => cdnGraph().initial.map((file) => `${CDN}/${file}`);
/** The chunk the entry loads on demand for `name` (`script-gate`, `consent-log`). */
function chunkFor(name: string): string {
  const chunk = Object.keys(cdnGraph().onDemand).find((file) => chunkName(file) === name);
  if (!chunk) throw new Error(`the build has no "${name}" chunk: run npm run build.`);
  return `${CDN}/${chunk}`;
}
/** The files loading `name` adds to the page: its chunk and the chunks it imports (e.g. the switch). */
const filesFor = (name: string): string[] =>
  cdnGraph().onDemand[chunkFor(name).slice(`${CDN}/`.length)].map((file) => `${CDN}/${file}`);
/** The same files in any order: a chunk's own imports arrive after it, in no promised order. */
const sorted = (files: string[]) => [...files].sort();

/** The README's page: a notice, a banner and a "Cookie settings" link, in English. */
const README_BODY = `<consent-cookie-notice></consent-cookie-notice>
    <consent-policy-banner></consent-policy-banner>
    <footer><a href="#" data-consent-settings>Cookie settings</a></footer>`;
const README_CONFIG = {
  policy: { version: '2026-12', url: '/privacy' },
  support: { email: 'privacy@example.com' },
};

const session = useSessionPage();
/** Every script the page requested, by path, in order. */
let scripts: string[];

beforeEach(() => {
  scripts = [];
  session.page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
});

const accept = () => session.page.locator('consent-cookie-notice [part~="base"] [part~="accept"]');
const gotIt = () => session.page.locator('consent-policy-banner [part~="acknowledge"]');

/** The README's page after the site announced policy `2026-12`, taking effect in ten days. */
const README_CONFIG_NOTICE = {
  ...README_CONFIG,
  policy: { ...README_CONFIG.policy, effectiveDate: isoInDays(10) },
};

/** The visitor decided earlier, under policy `version` (a cookie set before the page opens). */
const returningUnder = (version: string) =>
  session.context.addCookies([
    { name: 'consent', value: returningVisitorCookie(version), url: session.server.origin },
  ]);
/** Scripts fetched from the CDN folder. */
const fromCdn = () => scripts.filter((path) => path.startsWith(`${CDN}/`));
const ran = () => session.page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? []);

/** A same-origin module script that runs `code` (a strict CSP allows no inline script). */
function moduleScript(path: string, code: string): string {
  session.server.serve(path, code, { type: 'text/javascript' });
  return `<script type="module" src="${path}"></script>`;
}

for (const [variant, headers] of [
  ['', {}],
  [' under a strict CSP', { 'content-security-policy': STRICT_CSP }],
] as const) {
  const suffix = variant ? '-csp' : '';

  describe(`pages on the CDN folder${variant}`, () => {
    /**
     * Opens the README's page after the site announced policy `2026-12`, as a visitor who decided
     * under policy `version`.
     */
    async function openReadmeAsReturning(name: string, version: string): Promise<void> {
      await returningUnder(version);
      const page = hostPage(README_CONFIG_NOTICE, README_BODY);
      await session.page.goto(session.server.serve(`/${name}${suffix}.html`, page, { headers }));
    }

    it("the README's English page fetches exactly the entry and its static imports", async () => {
      const problems = await watchForProblems(session.page);
      const url = session.server.serve(
        `/readme${suffix}.html`,
        hostPage(README_CONFIG, README_BODY),
        {
          headers,
        },
      );
      await session.page.goto(url);
      await expect.poll(() => accept().isVisible(), { timeout: 20_000 }).toBe(true);
      await accept().click();
      expect(initialFiles()).toContain(ENTRY);
      expect(fromCdn()).toEqual(initialFiles());
      // The banner has nothing to announce to a first-time visitor: its view stays where it is.
      expect(fromCdn()).not.toContain(chunkFor('policy-banner-view'));
      // The preferences dialog comes only when the visitor asks for it.
      await session.page.getByText('Cookie settings').click();
      await expect
        .poll(() => session.page.locator('consent-cookie-notice dialog[open]').count())
        .toBeGreaterThan(0);
      expect(sorted(fromCdn())).toEqual(
        sorted([...initialFiles(), ...filesFor('preferences-dialog')]),
      );
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it('a page with a gated script fetches the script gate, and the script runs after Accept', async () => {
      const problems = await watchForProblems(session.page);
      session.server.serve('/gated-tag.js', "(window.ran ??= []).push('tag');", {
        type: 'text/javascript',
      });
      const body = `<consent-cookie-notice></consent-cookie-notice>
        <script type="text/plain" data-consent-category="analytics" data-src="/gated-tag.js"></script>`;
      await session.page.goto(
        session.server.serve(`/gated${suffix}.html`, hostPage({}, body), { headers }),
      );
      await expect.poll(() => accept().isVisible(), { timeout: 20_000 }).toBe(true);
      await expect.poll(fromCdn, { timeout: 20_000 }).toContain(chunkFor('script-gate'));
      expect(await ran()).toEqual([]);
      await accept().click();
      await expect.poll(ran, { timeout: 20_000 }).toEqual(['tag']);
      expect(fromCdn()).toEqual([...initialFiles(), chunkFor('script-gate')]);
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it("a returning visitor during a policy notice fetches the banner's view, and Got it records it", async () => {
      const problems = await watchForProblems(session.page);
      await openReadmeAsReturning('readme-notice', '2026-11');
      await expect.poll(() => gotIt().isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await accept().isVisible()).toBe(false);
      expect(sorted(fromCdn())).toEqual(
        sorted([...initialFiles(), ...filesFor('policy-banner-view')]),
      );
      await gotIt().click();
      await expect.poll(() => gotIt().isVisible()).toBe(false);
      const acknowledged = await session.page.evaluate(
        () => document.querySelector('consent-policy-banner')?.notice ?? null,
      );
      expect(acknowledged).toBeNull();
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it('a returning visitor with nothing to announce fetches no banner view', async () => {
      const problems = await watchForProblems(session.page);
      await openReadmeAsReturning('readme-returning', '2026-12');
      // Once the banner has updated, it has decided what to fetch.
      await session.page.waitForFunction(
        () => customElements.get('consent-policy-banner') !== undefined,
        undefined,
        { timeout: 20_000 },
      );
      const drawn = await session.page.evaluate(async () => {
        const banner = document.querySelector('consent-policy-banner')!;
        await banner.updateComplete;
        return banner.shadowRoot?.childElementCount;
      });
      expect(drawn).toBe(0);
      expect(await accept().isVisible()).toBe(false);
      expect(fromCdn()).toEqual(initialFiles());
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it("a page with the opt-out toggle fetches its view's chunk, and the toggle works", async () => {
      const problems = await watchForProblems(session.page);
      const body =
        '<p>Analytics: <consent-opt-out-toggle category="analytics"></consent-opt-out-toggle></p>';
      await session.page.goto(
        session.server.serve(`/toggle${suffix}.html`, hostPage({ regime: 'opt-out' }, body), {
          headers,
        }),
      );
      const toggle = session.page.locator('consent-opt-out-toggle [part~="switch"]');
      await expect
        .poll(() => toggle.getAttribute('aria-checked'), { timeout: 20_000 })
        .toBe('false');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
      expect(sorted(fromCdn())).toEqual(
        sorted([...initialFiles(), ...filesFor('opt-out-toggle-view')]),
      );
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it('receipts load when connectConsentLog() is called, and the decision is sent', async () => {
      const problems = await watchForProblems(session.page);
      const received: { categories: Record<string, boolean>; source: string }[] = [];
      session.server.route('/receipts', (request, response) => {
        received.push(JSON.parse(request.body.toString('utf8')));
        response.writeHead(204).end();
      });
      const setup = moduleScript(
        `/receipts-setup${suffix}.js`,
        `import { connectConsentLog } from '${ENTRY}';\nconnectConsentLog({ endpoint: '/receipts' });`,
      );
      const body = `<consent-cookie-notice></consent-cookie-notice>${setup}`;
      await session.page.goto(
        session.server.serve(`/receipts${suffix}.html`, hostPage({}, body), { headers }),
      );
      await expect.poll(fromCdn, { timeout: 20_000 }).toContain(chunkFor('consent-log'));
      await accept().click();
      await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
      expect(received[0]).toMatchObject({
        categories: { analytics: true, marketing: true },
        source: 'notice',
      });
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });

    it('Consent Mode has its default in the dataLayer before the next tag runs, with no chunk to wait for', async () => {
      const problems = await watchForProblems(session.page);
      const connect = moduleScript(
        `/consent-mode${suffix}.js`,
        `import { connectGoogleConsentMode } from '${ENTRY}';\nconnectGoogleConsentMode();`,
      );
      // The next tag in document order: it records what the data layer held when it ran.
      const tag = moduleScript(
        `/next-tag${suffix}.js`,
        'window.seenByTag = Array.from(window.dataLayer ?? [], (entry) => Array.from(entry));',
      );
      const body = `${connect}${tag}<consent-cookie-notice></consent-cookie-notice>`;
      await session.page.goto(
        session.server.serve(`/consent-mode${suffix}.html`, hostPage({}, body), { headers }),
      );
      const seen = await session.page.waitForFunction(
        () => (window as unknown as { seenByTag?: unknown[][] }).seenByTag,
        undefined,
        { timeout: 20_000 },
      );
      const [first] = (await seen.jsonValue()) as unknown[][];
      expect(first.slice(0, 2)).toEqual(['consent', 'default']);
      expect(first[2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied' });
      // The updates are a chunk fetched on the call; the visitor's choice reaches the data layer.
      await expect.poll(fromCdn, { timeout: 20_000 }).toContain(chunkFor('google-consent-updates'));
      await expect.poll(() => accept().isVisible(), { timeout: 20_000 }).toBe(true);
      await accept().click();
      const updates = () =>
        session.page.evaluate(() =>
          Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer)
            .map((entry) => Array.from(entry))
            .filter(([command, action]) => command === 'consent' && action === 'update'),
        );
      await expect.poll(updates, { timeout: 20_000 }).toHaveLength(1);
      expect((await updates())[0][2]).toMatchObject({
        ad_storage: 'granted',
        analytics_storage: 'granted',
      });
      expect(sorted(fromCdn())).toEqual(
        sorted([...initialFiles(), ...filesFor('google-consent-updates')]),
      );
      expect(problems.errors).toEqual([]);
      expect(problems.violations).toEqual([]);
    });
  });
}
