// A material policy change after the visitor clicked "Got it": once the change is in force, the
// notice asks again. "Got it" says the visitor read the announcement; it is not consent to new purposes.
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { hostPage } from './support/host-page.js';
import type { TestServer } from './support/server.js';
import { useBrowserSession } from './support/session.js';

const DAY = 86_400_000;
const ELEMENTS =
  '<consent-cookie-notice></consent-cookie-notice><consent-policy-banner></consent-policy-banner>';

/** The local calendar date `days` from now, YYYY-MM-DD. */
const isoInDays = (days: number) => {
  const date = new Date(Date.now() + days * DAY);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

const session = useBrowserSession();
let server: TestServer;
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  ({ server, context } = session);
  page = await context.newPage();
});

const acceptButton = () => page.locator('consent-cookie-notice [part~="accept"]');
const gotIt = () => page.locator('consent-policy-banner [part~="acknowledge"]');

describe('a material policy change', () => {
  it('asks for consent again once in force, although the visitor acknowledged it ahead of time', async () => {
    const url = server.serve('/policy.html', hostPage({ policy: { version: 'v1' } }, ELEMENTS));
    await page.goto(url);
    await acceptButton().click();
    await expect.poll(() => acceptButton().isVisible()).toBe(false);

    const v2 = { version: 'v2', effectiveDate: isoInDays(10), material: true };
    server.serve('/policy.html', hostPage({ policy: v2 }, ELEMENTS));
    await page.reload();
    await expect.poll(() => gotIt().isVisible()).toBe(true);
    await gotIt().click();
    await expect.poll(() => gotIt().isVisible()).toBe(false);
    // Before the change is in force the earlier consent still counts.
    await page.reload();
    await page.waitForFunction(() => customElements.get('consent-cookie-notice') !== undefined);
    expect(await acceptButton().isVisible()).toBe(false);

    // Eleven days later: the change is in force, and the notice asks again.
    await page.clock.install({ time: Date.now() + 11 * DAY });
    await page.reload();
    await expect.poll(() => acceptButton().isVisible()).toBe(true);
    expect(await gotIt().isVisible()).toBe(false);
  });

  it('keeps the consent when the acknowledged change is not material', async () => {
    const url = server.serve('/minor.html', hostPage({ policy: { version: 'v1' } }, ELEMENTS));
    await page.goto(url);
    await acceptButton().click();
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
    const v2 = { version: 'v2', effectiveDate: isoInDays(10) };
    server.serve('/minor.html', hostPage({ policy: v2 }, ELEMENTS));
    await page.reload();
    await gotIt().click();
    await expect.poll(() => gotIt().isVisible()).toBe(false);
    await page.clock.install({ time: Date.now() + 11 * DAY });
    await page.reload();
    await page.waitForFunction(() => customElements.get('consent-cookie-notice') !== undefined);
    expect(await acceptButton().isVisible()).toBe(false);
  });
});
