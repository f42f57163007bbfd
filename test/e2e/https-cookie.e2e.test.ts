// The consent cookie's attributes as the browser stores them, on an https site and on a plain-http
// one. The https origin is served by Playwright's request interception (no certificate needed), so
// the page really runs with `location.protocol === 'https:'`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cookie } from 'playwright';
import { CDN_MODULE, watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { ROOT } from './support/server.js';
import { useBrowserPage } from './support/session.js';

const DAY = 86_400;
const NOTICE = '<consent-cookie-notice></consent-cookie-notice>';

const session = useBrowserPage();
let cdnModule: string;

beforeAll(() => {
  cdnModule = readFileSync(resolve(ROOT, `.${CDN_MODULE}`), 'utf8');
});

/** Serves `html` at `origin`/ and the CDN module next to it, from memory. */
async function site(origin: string, html: string): Promise<void> {
  await session.context.route(`${origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === CDN_MODULE) {
      return route.fulfill({ contentType: 'text/javascript', body: cdnModule });
    }
    if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    return route.fulfill({ status: 204 });
  });
}

async function acceptOn(url: string): Promise<Cookie> {
  const problems = await watchForProblems(session.page);
  await session.page.goto(url);
  await session.page.locator('consent-cookie-notice [part~="accept"]').click();
  const cookie = (await session.context.cookies(url)).find((c) => c.name === 'consent');
  expect(problems.errors).toEqual([]);
  expect(cookie, 'the consent cookie was stored').toBeDefined();
  return cookie!;
}

describe('the consent cookie as stored by the browser', () => {
  it('is Secure on https, with Path=/, SameSite=Lax and Max-Age from maxAgeDays', async () => {
    await site('https://shop.example', hostPage({ cookie: { maxAgeDays: 30 } }, NOTICE));
    const cookie = await acceptOn('https://shop.example/');
    expect(cookie.secure).toBe(true);
    expect(cookie.httpOnly).toBe(false);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    expect(cookie.domain).toBe('shop.example');
    const lifetime = cookie.expires - Date.now() / 1000;
    expect(lifetime).toBeGreaterThan(30 * DAY - 60);
    expect(lifetime).toBeLessThanOrEqual(30 * DAY);
  });

  it('is shared with every subdomain when `domain` names the site, and keeps SameSite=Strict', async () => {
    const config = { cookie: { domain: 'shop.example', sameSite: 'Strict' } };
    await site('https://www.shop.example', hostPage(config, NOTICE));
    const cookie = await acceptOn('https://www.shop.example/');
    expect(cookie.domain).toBe('.shop.example');
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBe(true);
    expect(await session.context.cookies('https://checkout.shop.example/')).toEqual([cookie]);
  });

  it('is not Secure on a plain-http page (it could not be read back there)', async () => {
    await site('http://shop.example', hostPage({}, NOTICE));
    const cookie = await acceptOn('http://shop.example/');
    expect(cookie.secure).toBe(false);
    expect(cookie.sameSite).toBe('Lax');
  });
});
