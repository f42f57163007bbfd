// examples/server in a real browser: the elements record a decision with a cookie written by script,
// the server reads that cookie with consent-elements/server on the next request, renders the page
// accordingly, and re-issues the cookie as an HTTP cookie (Safari caps script-written cookies at 7 days).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler } from '../../examples/server/app.mjs';
import { watchForProblems } from './support/browser.js';
import { ROOT } from './support/server.js';
import { useBrowserPage } from './support/session.js';

const DAY = 86_400;

const session = useBrowserPage();
let server: Server;
let origin: string;
let problems: Awaited<ReturnType<typeof watchForProblems>>;

beforeAll(async () => {
  const cdnModule = resolve(ROOT, 'dist/cdn/consent-elements.js');
  server = createServer(createHandler({ secure: false, cdnModule }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  // The session closes the browser after this hook: its keep-alive connections, which close()
  // would wait for, are dropped first.
  server?.closeAllConnections();
  await new Promise<void>((done) => server?.close(() => done()));
});
beforeEach(async () => {
  problems = await watchForProblems(session.page);
});

const consentCookie = async () =>
  (await session.context.cookies()).find((c) => c.name === 'consent');

describe('examples/server with the elements in Chromium', () => {
  it('serves an undecided visitor the notice and no analytics tag, and sends no cookie', async () => {
    const response = await session.page.goto(`${origin}/`);
    // allHeaders(): headers() leaves out the cookie-related ones.
    expect((await response!.allHeaders())['set-cookie']).toBeUndefined();
    await expect
      .poll(() => session.page.locator('consent-cookie-notice [part~="accept"]').isVisible())
      .toBe(true);
    expect(await session.page.locator('script[data-analytics]').count()).toBe(0);
    expect(problems.errors).toEqual([]);
  });

  it('reads the cookie the browser wrote, renders for it, and re-issues it as an HTTP cookie', async () => {
    await session.page.goto(`${origin}/`);
    await session.page.locator('consent-cookie-notice [part~="accept"]').click();
    const written = await consentCookie();
    expect(written?.value).toMatch(/^1\./);

    const response = await session.page.reload();
    // The server's view of the browser's decision: granted, so the tag is in the HTML.
    expect(await session.page.locator('[data-decided]').getAttribute('data-decided')).toBe('true');
    expect(await session.page.locator('script[data-analytics]').count()).toBe(1);
    await expect.poll(() => session.page.evaluate(() => 'analyticsStarted' in window)).toBe(true);
    expect(await session.page.locator('consent-cookie-notice [part~="accept"]').isVisible()).toBe(
      false,
    );

    const renewed = (await response!.allHeaders())['set-cookie'];
    expect(renewed.split(';')[0]).toBe(`consent=${written!.value}`);
    expect(renewed).toMatch(/; Max-Age=\d+; SameSite=Lax$/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(renewed)![1]);
    expect(maxAge).toBeGreaterThan(181 * DAY);
    expect(maxAge).toBeLessThanOrEqual(182 * DAY);

    // The browser keeps the same decision under the server's cookie.
    const kept = await consentCookie();
    expect(kept?.value).toBe(written!.value);
    expect(kept!.expires).toBeGreaterThan(Date.now() / 1000 + 181 * DAY);
    expect(problems.errors).toEqual([]);
  });

  it('shows the decision and starts analytics at once after Accept, without a reload', async () => {
    await session.page.goto(`${origin}/`);
    const decided = session.page.locator('[data-decided]');
    expect(await decided.textContent()).toBe('No decision yet.');
    // A mark on this document: a reload or a navigation would lose it.
    await session.page.evaluate(() => Object.assign(window, { samePage: true }));

    await session.page.locator('consent-cookie-notice [part~="accept"]').click();
    await expect.poll(() => decided.getAttribute('data-decided')).toBe('true');
    expect(await decided.textContent()).toBe('You decided.');
    expect(await session.page.locator('[data-categories] li').allTextContents()).toEqual([
      'necessary: granted',
      'analytics: granted',
      'marketing: granted',
    ]);
    await expect.poll(() => session.page.evaluate(() => 'analyticsStarted' in window)).toBe(true);
    expect(await session.page.locator('script[data-analytics]').count()).toBe(1);
    expect(await session.page.evaluate(() => 'samePage' in window)).toBe(true);
    expect(problems.errors).toEqual([]);
  });

  it('shows a refusal at once and loads no analytics', async () => {
    await session.page.goto(`${origin}/`);
    await session.page.locator('consent-cookie-notice [part~="reject"]').click();
    await expect
      .poll(() => session.page.locator('[data-categories] li').allTextContents())
      .toEqual(['necessary: granted', 'analytics: denied', 'marketing: denied']);
    expect(await session.page.locator('[data-decided]').textContent()).toBe('You decided.');
    expect(await session.page.locator('script[data-analytics]').count()).toBe(0);
    expect(await session.page.evaluate(() => 'analyticsStarted' in window)).toBe(false);
  });

  it('leaves the tag out after the visitor rejects in the notice', async () => {
    await session.page.goto(`${origin}/`);
    await session.page.locator('consent-cookie-notice [part~="reject"]').click();
    await session.page.reload();
    expect(await session.page.locator('[data-decided]').getAttribute('data-decided')).toBe('true');
    expect(await session.page.locator('script[data-analytics]').count()).toBe(0);
  });
});
