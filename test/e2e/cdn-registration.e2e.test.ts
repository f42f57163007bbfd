// The public contract of the CDN module: importing it registers the three tags, each with the class
// it exports, at once. The opt-out toggle's class is in the entry; only its view (template and
// styles) is a chunk, fetched when the first toggle connects.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { cdnGraph, chunkName, CDN_FOLDER } from '../../scripts/cdn-graph.mjs';
import { CDN_MODULE, watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import type { TestServer } from './support/server.js';
import { useBrowserSession } from './support/session.js';

/** The chunk that draws the toggle, as the build named it. */
function toggleViewChunk(): string {
  const chunk = Object.keys(cdnGraph().onDemand).find(
    (file) => chunkName(file) === 'opt-out-toggle-view',
  );
  if (!chunk) throw new Error('the build has no "opt-out-toggle-view" chunk: run npm run build.');
  return `/${CDN_FOLDER}/${chunk}`;
}

/**
 * A module script, as a page outside the project would write it: it imports the CDN module and
 * notes what is registered right after the module has run (before anything was fetched on demand).
 */
const IMPORTER = `<script type="module">
  import * as consent from '${CDN_MODULE}';
  window.consent = consent;
  window.atImport = {
    toggleIsClass: typeof consent.ConsentOptOutToggle === 'function',
    toggle: customElements.get('consent-opt-out-toggle') === consent.ConsentOptOutToggle,
    notice: customElements.get('consent-cookie-notice') === consent.ConsentCookieNotice,
    banner: customElements.get('consent-policy-banner') === consent.ConsentPolicyBanner,
    scripts: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
</script>`;

interface Window {
  atImport?: {
    toggleIsClass: boolean;
    toggle: boolean;
    notice: boolean;
    banner: boolean;
    scripts: string[];
  };
  errorCodes: string[];
}

const session = useBrowserSession();
let server: TestServer;
let page: Page;

beforeEach(async () => {
  server = session.server;
  page = await session.context.newPage();
});

const atImport = () => page.evaluate(() => (window as unknown as Window).atImport ?? null);
const toggleSwitch = () => page.locator('consent-opt-out-toggle [part~="switch"]');

describe('the CDN module registers the three tags on import', () => {
  it('the toggle is the exported ConsentOptOutToggle at once, and one added later draws its switch and records a click', async () => {
    const problems = await watchForProblems(page);
    const url = server.serve('/no-toggle.html', hostPage({ regime: 'opt-out' }, IMPORTER));
    await page.goto(url);
    await expect.poll(atImport, { timeout: 20_000 }).not.toBeNull();
    const registered = await atImport();
    expect(registered).toMatchObject({
      toggleIsClass: true,
      toggle: true,
      notice: true,
      banner: true,
    });
    // Registered without its view: nothing of the toggle was fetched for a page without one.
    expect(registered?.scripts).not.toContain(toggleViewChunk());

    // Created and set up before its view exists: the element is already the real class.
    const before = await page.evaluate(() => {
      const { ConsentOptOutToggle } = (window as unknown as { consent: Record<string, unknown> })
        .consent as { ConsentOptOutToggle: typeof HTMLElement };
      const toggle = document.createElement('consent-opt-out-toggle');
      toggle.category = 'marketing';
      document.body.append(toggle);
      return {
        instance: toggle instanceof ConsentOptOutToggle,
        category: toggle.category,
      };
    });
    expect(before).toEqual({ instance: true, category: 'marketing' });

    await expect
      .poll(() => toggleSwitch().getAttribute('aria-checked'), { timeout: 20_000 })
      .toBe('false');
    await expect(toggleSwitch().getAttribute('role')).resolves.toBe('switch');
    // The property set before the view existed is the one drawn (and reflected once updated).
    await expect(
      page.locator('consent-opt-out-toggle [part~="label"]').textContent(),
    ).resolves.toContain('Opt out of marketing cookies');
    await expect(page.locator('consent-opt-out-toggle').getAttribute('category')).resolves.toBe(
      'marketing',
    );
    // Its own styles came with the view: its lines sit 0.25em apart, not a paragraph's 1em.
    const stored = await page
      .locator('consent-opt-out-toggle [part~="stored"]')
      .evaluate((line) => {
        const { marginTop, fontSize } = getComputedStyle(line);
        return parseFloat(marginTop) / parseFloat(fontSize);
      });
    expect(stored).toBeCloseTo(0.25);
    await toggleSwitch().click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');
    const recorded = await page.evaluate(
      () =>
        (
          window as unknown as {
            consent: { getConsentStore(): { state: { categories: Record<string, boolean> } } };
          }
        ).consent.getConsentStore().state.categories.marketing,
    );
    expect(recorded).toBe(false);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts).toContain(toggleViewChunk());
    expect(problems.errors).toEqual([]);
    expect(problems.violations).toEqual([]);
  });

  it('a toggle whose view cannot load warns, fires consent-error and shows nothing; it stays the registered class', async () => {
    await page.route(`**${toggleViewChunk()}`, (route) => route.abort('internetdisconnected'));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.addInitScript(() => {
      const codes: string[] = [];
      (window as unknown as Window).errorCodes = codes;
      document.addEventListener('consent-error', (event) => codes.push(event.detail.code));
    });
    const body = `<consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>${IMPORTER}`;
    await page.goto(server.serve('/offline-toggle.html', hostPage({ regime: 'opt-out' }, body)));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Window).errorCodes), {
        timeout: 20_000,
      })
      .toEqual(['module-unavailable']);
    expect(
      warnings.some((text) => text.includes('<consent-opt-out-toggle> view could not be loaded')),
    ).toBe(true);
    expect(await atImport()).toMatchObject({ toggleIsClass: true, toggle: true });
    const drawn = await page
      .locator('consent-opt-out-toggle')
      .evaluate((toggle) => toggle.shadowRoot?.childElementCount ?? -1);
    expect(drawn).toBe(0);
  });
});
