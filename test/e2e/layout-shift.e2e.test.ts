// The overlays never shift the page: with the notice (box and bar) and the policy banner (bottom and
// top) on a long page, a 375×740 phone and a 1280×800 desktop record no layout shift at all
// (Cumulative Layout Shift 0), from the first paint until the elements have rendered.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { hostPage } from './support/host-page.js';
import { useBrowserSession } from './support/session.js';
import { returningVisitorCookie } from './support/visitor.js';

const session = useBrowserSession();

/** Ten days from today, as YYYY-MM-DD: a policy change the banner announces. */
const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const CONFIG = {
  policy: { version: '2026-02', url: '/privacy', effectiveDate: inTenDays },
  support: { email: 'privacy@example.com' },
};
const CONTENT = '<p>Content.</p>'.repeat(60);

/** Every layout shift the page recorded, buffered from its start (none expected). */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().map((e) => (e as unknown as { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        // The observer calls back only when there are entries: no entries means no shift.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );

describe('layout shift', () => {
  for (const viewport of [
    { width: 375, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    for (const [element, visitor] of [
      ['<consent-cookie-notice></consent-cookie-notice>', 'first'],
      ['<consent-cookie-notice layout="bar"></consent-cookie-notice>', 'first'],
      ['<consent-policy-banner></consent-policy-banner>', 'returning'],
      ['<consent-policy-banner position="top"></consent-policy-banner>', 'returning'],
    ] as const) {
      it(`${element} at ${viewport.width}×${viewport.height}: CLS 0`, async () => {
        const name = `/shift-${viewport.width}-${element.replace(/\W+/g, '-')}.html`;
        const url = session.server.serve(name, hostPage(CONFIG, `${element}${CONTENT}`));
        if (visitor === 'returning') {
          const value = returningVisitorCookie('2026-01');
          await session.context.addCookies([
            { name: 'consent', value, url: session.server.origin },
          ]);
        }
        const page = await session.context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(url);
        const [tag, button] =
          visitor === 'first'
            ? ['consent-cookie-notice', 'accept']
            : ['consent-policy-banner', 'acknowledge'];
        await page.locator(`${tag} [part~="${button}"]`).waitFor();
        expect(await layoutShifts(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
