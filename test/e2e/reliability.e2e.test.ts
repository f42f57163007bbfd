// Hostile conditions a consent widget meets on real sites, driven through the built CDN module.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { useBrowserSession } from './support/session.js';
import { parseConsentCookie, serializeConsentCookie } from '../../src/core/codec.js';
import type { ConsentRecord } from '../../src/core/types.js';

const NOTICE_AND_TOGGLE =
  '<consent-cookie-notice></consent-cookie-notice><consent-opt-out-toggle></consent-opt-out-toggle>';

/** A well-formed consent record with `count` long category ids. */
const oversizedRecord = (count: number): ConsentRecord => ({
  id: 'k3v9q0x2ab',
  decidedAt: Date.now() - 1000,
  updatedAt: Date.now() - 1000,
  choices: Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`category-${i}-with-a-long-name`, true]),
  ),
  policyVersion: '1',
  source: 'notice',
});
/** A valid version-1 consent cookie, well under a browser's 4 KB, over the 1 KB the codec reads. */
const OVERSIZED = serializeConsentCookie(oversizedRecord(60));

const session = useBrowserSession();

const accept = (tab: Page) => tab.locator('consent-cookie-notice [part~="accept"]');
const reject = (tab: Page) => tab.locator('consent-cookie-notice [part~="reject"]');
const toggle = (tab: Page) => tab.locator('consent-opt-out-toggle [part~="switch"]');
const analyticsGranted = (tab: Page) =>
  tab.evaluate(() =>
    (globalThis as unknown as Record<symbol, { store: { isGranted(id: string): boolean } }>)[
      Symbol.for('consent-elements.registry.v1')
    ].store.isGranted('analytics'),
  );

describe('tabs', () => {
  /**
   * Starts recording, in the tab, when each `consent-change` arrives. The tabs of one browser read
   * one clock, so "within a second" is measured between the pages themselves: the test's own round
   * trips to the pages, slow on a loaded machine, are not the sync's time.
   */
  const recordChanges = (tab: Page) =>
    tab.evaluate(() => {
      const changes: number[] = ((window as unknown as { changes: number[] }).changes = []);
      document.addEventListener('consent-change', () => changes.push(Date.now()));
    });
  const changeTimes = (tab: Page) =>
    tab.evaluate(() => (window as unknown as { changes: number[] }).changes);

  it('a decision in one tab reaches the other open tab within a second, without reload', async () => {
    const url = session.server.serve('/tabs.html', hostPage({}, NOTICE_AND_TOGGLE));
    const first = await session.context.newPage();
    const second = await session.context.newPage();
    await first.goto(url);
    await second.goto(url);
    await expect.poll(() => accept(second).isVisible()).toBe(true);
    await Promise.all([first, second].map(recordChanges));

    await accept(first).click();
    // Generous: how soon it arrives is measured below, on the pages' clock.
    await expect.poll(() => accept(second).isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => toggle(second).getAttribute('aria-checked')).toBe('false');
    expect(await analyticsGranted(second)).toBe(true);
    const [decided, heard] = await Promise.all([changeTimes(first), changeTimes(second)]);
    expect(decided).toHaveLength(1);
    expect(heard).toHaveLength(1);
    expect(heard[0] - decided[0]).toBeLessThan(1000);
  });

  it('three tabs deciding at nearly the same moment converge on one decision, the one the cookie holds', async () => {
    const url = session.server.serve('/race.html', hostPage({}, NOTICE_AND_TOGGLE));
    const tabs = await Promise.all([
      session.context.newPage(),
      session.context.newPage(),
      session.context.newPage(),
    ]);
    await Promise.all(tabs.map((tab) => tab.goto(url)));
    await Promise.all(tabs.map((tab) => expect.poll(() => accept(tab).isVisible()).toBe(true)));
    await Promise.all(tabs.map(recordChanges));

    // Clicks dispatched in the same instant, before any tab can hear of the others.
    await Promise.all([
      accept(tabs[0]).evaluate((button: HTMLElement) => button.click()),
      reject(tabs[1]).evaluate((button: HTMLElement) => button.click()),
      accept(tabs[2]).evaluate((button: HTMLElement) => button.click()),
    ]);

    // Every open tab comes to hold the same decision…
    const live = () => Promise.all(tabs.map(analyticsGranted));
    await expect.poll(async () => new Set(await live()).size, { timeout: 10_000 }).toBe(1);
    // …within a second of the first click: a tab's state changes only with a consent-change, so
    // the last one any tab heard is the moment they agreed.
    const times = (await Promise.all(tabs.map(changeTimes))).flat();
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(1000);
    // …and it is the one the cookie holds: a tab opened now reads it back.
    const [decision] = await live();
    const fresh = await session.context.newPage();
    await fresh.goto(url);
    await expect.poll(() => toggle(fresh).getAttribute('aria-checked')).toBe(String(!decision));
    expect(await live()).toEqual([decision, decision, decision]);
  });
});

describe('storage it cannot trust', () => {
  it('works from memory inside a sandboxed frame where cookies throw', async () => {
    const inner = session.server.serve('/sandboxed-inner.html', hostPage({}, NOTICE_AND_TOGGLE));
    const outer = session.server.serve(
      '/sandboxed.html',
      `<!doctype html><title>outer</title><iframe sandbox="allow-scripts" src="${inner}" width="800" height="600"></iframe>`,
    );
    const tab = await session.context.newPage();
    const problems = await watchForProblems(tab);
    const warnings: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(outer);
    const frame = tab.frameLocator('iframe');
    const frameAccept = frame.locator('consent-cookie-notice [part~="accept"]');
    await expect.poll(() => frameAccept.isVisible()).toBe(true);
    await frameAccept.click();
    await expect.poll(() => frameAccept.isVisible()).toBe(false);
    await expect
      .poll(() =>
        frame.locator('consent-opt-out-toggle [part~="switch"]').getAttribute('aria-checked'),
      )
      .toBe('false');
    expect(problems.errors).toEqual([]);
    expect(warnings.filter((text) => text.includes('consent-elements'))).toHaveLength(1);
  });

  it('has a well-formed oversized value to test with: a valid record, over the 1 KB the codec reads', () => {
    expect(OVERSIZED.length).toBeGreaterThan(1024);
    expect(OVERSIZED.length).toBeLessThan(4000);
    expect(parseConsentCookie(OVERSIZED)).toBeNull();
    // The same shape, shorter, is a consent cookie: only the size makes it one to refuse.
    expect(parseConsentCookie(serializeConsentCookie(oversizedRecord(5)))).not.toBeNull();
  });

  for (const [name, value] of [
    ['corrupt', 'not-a-consent-cookie'],
    ['truncated', '1.abc'],
    ['oversized', OVERSIZED],
  ] as const) {
    it(`asks again, without an error, when the consent cookie is ${name}`, async () => {
      const url = session.server.serve(`/cookie-${name}.html`, hostPage({}, NOTICE_AND_TOGGLE));
      await session.context.addCookies([{ name: 'consent', value, url: session.server.origin }]);
      const tab = await session.context.newPage();
      const problems = await watchForProblems(tab);
      await tab.goto(url);
      await expect.poll(() => accept(tab).isVisible()).toBe(true);
      await accept(tab).click();
      await expect.poll(() => accept(tab).isVisible()).toBe(false);
      expect(problems.errors).toEqual([]);
    });
  }
});

describe('configuration it cannot trust', () => {
  it('a JSON syntax error in the config script warns and keeps working on defaults', async () => {
    const url = session.server.serve(
      '/bad-config.html',
      hostPage('{ "regime": "opt-in", oops }', NOTICE_AND_TOGGLE),
    );
    const tab = await session.context.newPage();
    const problems = await watchForProblems(tab);
    const warnings: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(url);
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    expect(warnings.some((text) => text.includes('consent-elements'))).toBe(true);
    await accept(tab).click();
    await expect.poll(() => analyticsGranted(tab)).toBe(true);
    expect(problems.errors).toEqual([]);
  });
});

describe('a visitor in a hurry', () => {
  /** A new tab at `url` that counts the `consent-change` events on its document from the start. */
  async function openCountingChanges(url: string): Promise<Page> {
    const tab = await session.context.newPage();
    await tab.addInitScript(() => {
      const counted = window as unknown as { changes: number };
      counted.changes = 0;
      document.addEventListener('consent-change', () => counted.changes++);
    });
    await tab.goto(url);
    return tab;
  }
  const changesIn = (tab: Page) =>
    tab.evaluate(() => (window as unknown as { changes: number }).changes);

  it('a double click on Accept records one decision and fires one event', async () => {
    const url = session.server.serve('/double.html', hostPage({}, NOTICE_AND_TOGGLE));
    const tab = await openCountingChanges(url);
    await expect.poll(() => accept(tab).isVisible()).toBe(true);
    await accept(tab).dblclick({ force: true });
    await expect.poll(() => analyticsGranted(tab)).toBe(true);
    expect(await changesIn(tab)).toBe(1);
  });

  it('rapid toggling ends on the last state with one event per real change', async () => {
    const url = session.server.serve(
      '/rapid.html',
      hostPage({ regime: 'opt-out' }, '<consent-opt-out-toggle></consent-opt-out-toggle>'),
    );
    const tab = await openCountingChanges(url);
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('false');
    for (let i = 0; i < 5; i++) await toggle(tab).click();
    await expect.poll(() => toggle(tab).getAttribute('aria-checked')).toBe('true');
    expect(await analyticsGranted(tab)).toBe(false);
    expect(await changesIn(tab)).toBe(5);
  });
});
