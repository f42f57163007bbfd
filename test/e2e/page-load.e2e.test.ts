// The work a cold page load asks of consent-elements, counted where a browser call is costly: the
// first `document.cookie` read of a page waits on the browser's network process.
import { describe, expect, it } from 'vitest';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';

const session = useSessionPage();

/** Counts the page's `document.cookie` reads in `window.cookieReads`, from before any script. */
function countCookieReads(): void {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  const read = cookie?.get;
  if (!cookie || !read) throw new Error('no document.cookie getter to count');
  const counter = window as unknown as { cookieReads: number };
  counter.cookieReads = 0;
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    get(this: Document) {
      counter.cookieReads++;
      return read.call(this);
    },
  });
}

describe('a cold page load', () => {
  it('reads the consent cookie once, its own first pageshow included', async () => {
    const { server, page } = session;
    const url = server.serve(
      '/read-once.html',
      hostPage(
        {},
        '<consent-cookie-notice></consent-cookie-notice><consent-policy-banner></consent-policy-banner>',
      ),
    );
    await page.addInitScript(countCookieReads);
    // `pageshow` is dispatched right after `load`: both are over when `goto` returns.
    await page.goto(url, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('consent-cookie-notice [part~="accept"]').isVisible())
      .toBe(true);
    const reads = await page.evaluate(
      () => (window as unknown as { cookieReads: number }).cookieReads,
    );
    expect(reads).toBe(1);
  });
});
