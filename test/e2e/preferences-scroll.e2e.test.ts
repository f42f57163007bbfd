// On a 375×740 phone the preferences dialog is modal over a long page: its list of categories
// scrolls, the page behind it does not, whether the visitor turns a wheel or swipes over the list,
// the dialog's header or the backdrop.
import { describe, expect, it } from 'vitest';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';

const session = useSessionPage();

const manyCategories = Array.from({ length: 12 }, (_, i) => ({
  id: `c${i}`,
  label: `Category ${i}`,
  description: 'A description.',
}));

const LONG_PAGE = hostPage(
  {
    categories: [
      { id: 'necessary', label: 'Strictly necessary', required: true },
      ...manyCategories,
    ],
  },
  `${'<p>Some more of the page.</p>'.repeat(200)}<consent-cookie-notice></consent-cookie-notice>`,
).replace('<head>', '<head><meta name="viewport" content="width=device-width, initial-scale=1" />');

async function openPreferencesOnPhone() {
  const { page, server } = session;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(server.serve('/long.html', LONG_PAGE));
  await page.locator('consent-cookie-notice [part~="customize"]').click();
  await page.locator('consent-cookie-notice [part~="close"]').waitFor();
  const list = page.locator('consent-cookie-notice [part~="categories"]');
  const close = page.locator('consent-cookie-notice [part~="close"]');
  const listBox = (await list.boundingBox())!;
  const closeBox = (await close.boundingBox())!;
  return {
    page,
    list,
    /** Where to point: the middle of the list, the header beside ×, the backdrop above the dialog. */
    points: {
      list: { x: listBox.x + listBox.width / 2, y: listBox.y + listBox.height / 2 },
      header: { x: closeBox.x - 60, y: closeBox.y + closeBox.height / 2 },
      backdrop: { x: 4, y: 4 },
    },
  };
}

const pageScroll = (page: typeof session.page) => page.evaluate(() => window.scrollY);

describe('the preferences dialog on a phone', () => {
  it('scrolls its list under the wheel; the page behind stays where it was', async () => {
    const { page, list, points } = await openPreferencesOnPhone();
    for (const [where, point] of Object.entries(points)) {
      await page.mouse.move(point.x, point.y);
      for (let turn = 0; turn < 8; turn++) await page.mouse.wheel(0, 400);
      // A wheel scroll is smooth: give it time to end before reading the page's position.
      await page.waitForTimeout(300);
      expect(await pageScroll(page), `wheel over the ${where}`).toBe(0);
    }
    expect(
      await list.evaluate((element) => element.scrollTop),
      'the list did scroll',
    ).toBeGreaterThan(0);
  });

  it('holds the page still under a swipe over the backdrop or the header', async () => {
    const { page, points } = await openPreferencesOnPhone();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    for (const where of ['backdrop', 'header'] as const) {
      const { x, y } = points[where];
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', dy: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y: y + dy }],
        });
      await touch('touchStart', 300);
      for (let step = 1; step <= 10; step++) await touch('touchMove', 300 - step * 30);
      await touch('touchEnd', 0);
      await page.waitForTimeout(300);
      expect(await pageScroll(page), `swipe over the ${where}`).toBe(0);
    }
  });
});
