// Two copies of the library on one page (a site's bundle and a CDN tag, or two widgets each with its
// own copy): the built CDN module served under two URLs, so the browser evaluates it twice, as two
// separate modules. They must share one store, one set of tags and one script gate.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { watchForProblems } from './support/browser.js';
import { serveCdnFolder } from './support/cdn-folder.js';
import { useSessionPage } from './support/session.js';

const COPY_A = '/a/consent-elements.js';
const COPY_B = '/b/consent-elements.js';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Two copies</title>
    <script type="application/json" data-consent-config>{"policy":{"version":"2026-01","url":"/privacy"}}</script>
    <script type="module" src="${COPY_A}"></script>
    <script type="module" src="${COPY_B}"></script>
  </head>
  <body>
    <main><h1>Welcome</h1><p>Some content.</p></main>
    <consent-policy-banner></consent-policy-banner>
    <consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>
    <consent-cookie-notice></consent-cookie-notice>
    <script type="text/plain" data-consent-category="analytics" data-src="/tag.js"></script>
    <script type="text/plain" data-consent-category="analytics">
      (window.ran ??= []).push('inline');
    </script>
  </body>
</html>`;

const session = useSessionPage();
let problems: { errors: string[]; violations: string[] };
let warnings: string[];
/** Requests for the gated external script. */
let tagRequests = 0;

beforeAll(() => {
  // The CDN folder served from memory under two paths: the same bytes, two module records for the
  // browser (each copy loads its chunks from beside it).
  serveCdnFolder(session.server, '/a/');
  serveCdnFolder(session.server, '/b/');
  session.server.serve('/two-copies.html', PAGE);
  session.server.route('/tag.js', (_request, res) => {
    tagRequests += 1;
    res
      .writeHead(200, { 'content-type': 'text/javascript' })
      .end("(window.ran ??= []).push('tag');");
  });
});

beforeEach(async () => {
  tagRequests = 0;
  problems = await watchForProblems(session.page);
  warnings = [];
  session.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // Every consent-change that reaches document, from the first moment of the page.
  await session.page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { changes: string[] }).changes = log;
    document.addEventListener('consent-change', (event) => {
      const { source, changed } = (event as CustomEvent<{ source: string; changed: string[] }>)
        .detail;
      log.push(`${source}: ${changed.join(' ')}`);
    });
  });
  await session.page.goto(`${session.server.origin}/two-copies.html`);
  await session.page.locator('consent-cookie-notice [part~="accept"]').waitFor();
});

/**
 * Runs `body` in the page with `a` and `b` bound to the namespaces of the two copies. A string, not
 * a function: vitest would rewrite a function's `import()` for Node.
 */
function withCopies<T>(body: string): Promise<T> {
  return session.page.evaluate(`(async () => {
    const a = await import(${JSON.stringify(COPY_A)});
    const b = await import(${JSON.stringify(COPY_B)});
    ${body}
  })()`) as Promise<T>;
}

const changes = () =>
  session.page.evaluate(() => (window as unknown as { changes: string[] }).changes);
/** The gated scripts that ran, in order. */
const ran = () => session.page.evaluate(() => (window as unknown as { ran?: string[] }).ran ?? []);
const toggleSwitch = () => session.page.locator('consent-opt-out-toggle [part~="switch"]');

describe('two copies of the CDN module on one page', () => {
  it('loads both without an error or a warning, and defines each tag once', async () => {
    const copies = await withCopies<Record<string, boolean>>(`
      const tags = ['consent-cookie-notice', 'consent-policy-banner'];
      const classes = ['ConsentCookieNotice', 'ConsentPolicyBanner'];
      // The toggle is autoloaded by both copies: whichever chunk runs first defines it.
      const toggle = await customElements.whenDefined('consent-opt-out-toggle');
      return {
        twoModules: a !== b && a.ConsentCookieNotice !== b.ConsentCookieNotice,
        firstCopyDefines: tags.every((tag, i) => customElements.get(tag) === a[classes[i]]),
        oneCopyDefinesTheToggle:
          toggle === a.ConsentOptOutToggle || toggle === b.ConsentOptOutToggle,
        upgraded:
          tags.every((tag, i) => document.querySelector(tag) instanceof a[classes[i]]) &&
          document.querySelector('consent-opt-out-toggle') instanceof toggle,
        sameVersion: a.VERSION === b.VERSION,
      };
    `);
    expect(copies).toEqual({
      twoModules: true,
      firstCopyDefines: true,
      oneCopyDefinesTheToggle: true,
      upgraded: true,
      sameVersion: true,
    });
    expect(problems.errors).toEqual([]);
    expect(warnings).toEqual([]);
    // The elements render once each: one notice dialog, one switch in the toggle.
    expect(await session.page.locator('consent-cookie-notice dialog').count()).toBe(1);
    expect(await toggleSwitch().count()).toBe(1);
  });

  it('shares one store: a decision through copy A is what copy B and the elements see', async () => {
    expect(await withCopies<boolean>('return a.getConsentStore() === b.getConsentStore();')).toBe(
      true,
    );
    expect(await changes()).toEqual([]);
    expect(await toggleSwitch().getAttribute('aria-checked')).toBe('true');

    const seen = await withCopies<{ b: boolean; bState: boolean }>(`
      a.getConsentStore().setCategory('analytics', true);
      return {
        b: b.getConsentStore().isGranted('analytics'),
        bState: b.getConsentStore().state.categories.analytics,
      };
    `);
    expect(seen).toEqual({ b: true, bState: true });
    // One event per decision, however many copies listen.
    await expect.poll(changes).toEqual(['api: analytics']);
    await expect
      .poll(() => session.page.locator('consent-cookie-notice dialog').isVisible())
      .toBe(false);
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('false');

    // The visitor opts out in the toggle: one more event, seen by both copies.
    await toggleSwitch().click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');
    await expect.poll(changes).toEqual(['api: analytics', 'toggle: analytics']);
    expect(
      await withCopies<boolean[]>(
        `return [a.getConsentStore().isGranted('analytics'), b.getConsentStore().isGranted('analytics')];`,
      ),
    ).toEqual([false, false]);

    // Through copy B's store, then the notice (copy A's element) re-opened by the visitor.
    await withCopies(`b.getConsentStore().acceptAll();`);
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('false');
    await session.page.evaluate(() => document.querySelector('consent-cookie-notice')!.show());
    await session.page
      .locator('consent-cookie-notice [part~="preferences"] [part~="reject"]')
      .click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');
    await expect
      .poll(changes)
      .toEqual([
        'api: analytics',
        'toggle: analytics',
        'api: preferences analytics marketing',
        'notice: preferences analytics marketing',
      ]);
    expect(
      await withCopies<boolean[]>(
        `return [a.getConsentStore().isGranted('analytics'), b.getConsentStore().isGranted('analytics')];`,
      ),
    ).toEqual([false, false]);
    expect(problems.errors).toEqual([]);
  });

  it('runs each gated script once, in document order, although both copies start the gate', async () => {
    expect(await ran()).toEqual([]);
    expect(tagRequests).toBe(0);

    // The inline script waits for the external one before it: while it waits, the other copy's
    // gate must leave it alone (neither run it early nor a second time).
    await session.page.locator('consent-cookie-notice [part~="accept"]').click();
    await expect.poll(ran).toEqual(['tag', 'inline']);
    expect(await changes()).toHaveLength(1);

    // Withdrawn and granted again, by each copy: still once.
    await withCopies(`a.getConsentStore().setCategory('analytics', false);`);
    await withCopies(`b.getConsentStore().setCategory('analytics', true);`);
    await expect.poll(changes).toHaveLength(3);
    // Let any second gate's late work land before counting again.
    await session.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done))),
    );
    expect(await ran()).toEqual(['tag', 'inline']);
    expect(tagRequests).toBe(1);
    // The gated markup was replaced by one live script each, none left waiting.
    expect(
      await session.page.locator('script[type="text/plain"][data-consent-category]').count(),
    ).toBe(0);
    expect(await session.page.locator('script[src="/tag.js"]').count()).toBe(1);
    expect(problems.errors).toEqual([]);
  });
});
