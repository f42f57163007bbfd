// The CDN page loads the notice's preferences dialog as a chunk, only when a visitor heads for it;
// when that chunk cannot load, the visitor can still answer on the first layer.
import { beforeEach, describe, expect, it } from 'vitest';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';

const DIALOG_CHUNK = /\/dist\/cdn\/chunks\/preferences-dialog-[\w-]+\.js$/;

const session = useSessionPage();
/** Every URL the page requested. */
let requested: string[];

beforeEach(() => {
  requested = [];
  session.page.on('request', (request) => requested.push(request.url()));
});

const notice = () => session.page.locator('consent-cookie-notice');
const firstLayer = (part: string) => notice().locator(`[part~="base"] [part~="${part}"]`);
const preferences = () => notice().locator('[part~="preferences"]');
const dialogRequests = () => requested.filter((url) => DIALOG_CHUNK.test(new URL(url).pathname));

async function openNoticePage(name: string): Promise<void> {
  await session.page.goto(
    session.server.serve(
      `/${name}.html`,
      hostPage({}, '<consent-cookie-notice></consent-cookie-notice>'),
    ),
  );
  await expect.poll(() => firstLayer('accept').isVisible(), { timeout: 15_000 }).toBe(true);
}

describe('the preferences dialog on a CDN page', () => {
  it('is never downloaded by a visitor who answers on the first layer', async () => {
    await openNoticePage('answer-first');
    await firstLayer('accept').click();
    await expect.poll(() => firstLayer('accept').isVisible()).toBe(false);
    expect(requested.some((url) => url.endsWith('/dist/cdn/consent-elements.js'))).toBe(true);
    expect(dialogRequests()).toEqual([]);
  });

  it('loads once a visitor heads for Customize, and opens with focus on its first switch', async () => {
    await openNoticePage('customize');
    await firstLayer('customize').hover();
    await expect.poll(() => dialogRequests().length, { timeout: 15_000 }).toBe(1);
    await firstLayer('customize').click();
    await expect.poll(() => preferences().isVisible(), { timeout: 15_000 }).toBe(true);
    const focused = await notice().evaluate(
      (el) => el.shadowRoot?.activeElement?.getAttribute('part') ?? '',
    );
    expect(focused).toBe('switch');
    await session.page.keyboard.press('Escape');
    await expect.poll(() => preferences().count()).toBe(0);
    expect(dialogRequests()).toHaveLength(1);
  });

  it('loads once a finger touches Customize, before it lifts (a touch fires pointerover)', async () => {
    await openNoticePage('touch');
    const box = (await firstLayer('customize').boundingBox())!;
    const touch = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cdp = await session.page.context().newCDPSession(session.page);
    try {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [touch] });
      await expect.poll(() => dialogRequests().length, { timeout: 15_000 }).toBe(1);
      expect(await preferences().count(), 'a touch alone opens nothing').toBe(0);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
    } finally {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
    }
  });

  it('loads once a visitor tabs to a "Cookie settings" link, before the click, opening nothing', async () => {
    await session.page.goto(
      session.server.serve(
        '/settings-link.html',
        hostPage(
          {},
          '<consent-cookie-notice></consent-cookie-notice><a href="#cookies" data-consent-settings>Cookie settings</a>',
        ),
      ),
    );
    await expect.poll(() => firstLayer('accept').isVisible(), { timeout: 15_000 }).toBe(true);
    await session.page.locator('[data-consent-settings]').focus();
    await expect.poll(() => dialogRequests().length, { timeout: 15_000 }).toBe(1);
    expect(await preferences().count()).toBe(0);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => preferences().isVisible(), { timeout: 15_000 }).toBe(true);
  });

  it('cannot load: warns, fires consent-error, and the first layer still records a choice', async () => {
    await session.page.route(DIALOG_CHUNK, (route) => route.abort('internetdisconnected'));
    const warnings: string[] = [];
    session.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await session.page.addInitScript(() => {
      const codes: string[] = [];
      (window as unknown as { errorCodes: string[] }).errorCodes = codes;
      document.addEventListener('consent-error', (event) => codes.push(event.detail.code));
    });
    await openNoticePage('offline-dialog');
    await firstLayer('customize').click();
    await expect
      .poll(
        () =>
          session.page.evaluate(() => (window as unknown as { errorCodes: string[] }).errorCodes),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['module-unavailable']);
    expect(
      warnings.some((text) => text.includes('the preferences dialog could not be loaded')),
    ).toBe(true);
    expect(await preferences().count()).toBe(0);
    const focused = await notice().evaluate(
      (el) => el.shadowRoot?.activeElement?.getAttribute('part') ?? '',
    );
    expect(focused, 'focus is back on Customize').toBe('button customize');
    await firstLayer('reject').click();
    await expect.poll(() => firstLayer('reject').isVisible()).toBe(false);
    const cookies = await session.context.cookies();
    expect(cookies.some((cookie) => cookie.name === 'consent')).toBe(true);
  });
});
