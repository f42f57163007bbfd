// A material policy change after the visitor clicked "Got it": once the change is in force, the
// notice asks again. "Got it" says the visitor read the announcement; it is not consent to new purposes.
import { describe, expect, it } from 'vitest';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';
import { isoInDays } from '../support/iso-date.js';

const DAY = 86_400_000;
const ELEMENTS =
  '<consent-cookie-notice></consent-cookie-notice><consent-policy-banner></consent-policy-banner>';

const session = useSessionPage();

const acceptButton = () => session.page.locator('consent-cookie-notice [part~="accept"]');
const gotIt = () => session.page.locator('consent-policy-banner [part~="acknowledge"]');

/** Opens the page at `path` under policy v1 and accepts all there, as a first-time visitor. */
async function acceptUnderV1(path: string): Promise<void> {
  await session.page.goto(
    session.server.serve(path, hostPage({ policy: { version: 'v1' } }, ELEMENTS)),
  );
  await acceptButton().click();
  await expect.poll(() => acceptButton().isVisible()).toBe(false);
}

describe('a material policy change', () => {
  it('asks for consent again once in force, although the visitor acknowledged it ahead of time', async () => {
    await acceptUnderV1('/policy.html');

    const v2 = { version: 'v2', effectiveDate: isoInDays(10), material: true };
    session.server.serve('/policy.html', hostPage({ policy: v2 }, ELEMENTS));
    await session.page.reload();
    await expect.poll(() => gotIt().isVisible()).toBe(true);
    await gotIt().click();
    await expect.poll(() => gotIt().isVisible()).toBe(false);
    // Before the change is in force the earlier consent still counts.
    await session.page.reload();
    await session.page.waitForFunction(
      () => customElements.get('consent-cookie-notice') !== undefined,
    );
    expect(await acceptButton().isVisible()).toBe(false);

    // Eleven days later: the change is in force, and the notice asks again.
    await session.page.clock.install({ time: Date.now() + 11 * DAY });
    await session.page.reload();
    await expect.poll(() => acceptButton().isVisible()).toBe(true);
    expect(await gotIt().isVisible()).toBe(false);
  });

  it('keeps the consent when the acknowledged change is not material', async () => {
    await acceptUnderV1('/minor.html');
    const v2 = { version: 'v2', effectiveDate: isoInDays(10) };
    session.server.serve('/minor.html', hostPage({ policy: v2 }, ELEMENTS));
    await session.page.reload();
    await gotIt().click();
    await expect.poll(() => gotIt().isVisible()).toBe(false);
    await session.page.clock.install({ time: Date.now() + 11 * DAY });
    await session.page.reload();
    await session.page.waitForFunction(
      () => customElements.get('consent-cookie-notice') !== undefined,
    );
    expect(await acceptButton().isVisible()).toBe(false);
  });
});
