// A plain HTML page that loads only the built CDN module, driven as a visitor would.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { CDN_MODULE, watchForProblems } from './support/browser.js';
import { hostPage } from './support/host-page.js';
import { useSessionPage } from './support/session.js';
import { TODAY, isoInDays } from '../support/iso-date.js';

const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

/**
 * A policy taking effect `effectiveInDays` after TODAY: a test that reads the banner's "in N days"
 * gives the page that same today (`fixToday`).
 */
const policy = (version: string, effectiveInDays = 0) => ({
  version,
  url: '/privacy',
  effectiveDate: isoInDays(effectiveInDays, TODAY),
});

const session = useSessionPage();

/**
 * One clock for the test and the page: the page's `Date` reads TODAY (its timers keep running), so
 * a run that crosses local midnight between writing the policy and the banner counting the days
 * cannot turn "in 10 days" into "in 9 days".
 */
const fixToday = () => session.page.clock.setFixedTime(TODAY);

const notice = () => session.page.locator('consent-cookie-notice');
/** The first layer's Accept all (the preferences dialog has its own). */
const acceptButton = () => notice().locator('[part~="base"] [part~="accept"]');
const toggleSwitch = () => session.page.locator('consent-opt-out-toggle [part~="switch"]');
const banner = () => session.page.locator('consent-policy-banner');
/** What a visitor reads in an element: the text of its shadow root. */
const shadowText = (host: ReturnType<Page['locator']>) =>
  host.evaluate((element) => element.shadowRoot?.textContent ?? '');

async function consentCookie(): Promise<string | undefined> {
  const cookies = await session.context.cookies();
  return cookies.find((cookie) => cookie.name === 'consent')?.value;
}

describe('a plain HTML page with only the CDN module', () => {
  it('asks once: notice, accept, reload, no notice', async () => {
    const url = session.server.serve(
      '/notice.html',
      hostPage({}, '<consent-cookie-notice></consent-cookie-notice>'),
    );
    const problems = await watchForProblems(session.page);
    await session.page.goto(url);
    await expect.poll(() => acceptButton().isVisible()).toBe(true);
    await acceptButton().click();
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
    expect(await consentCookie()).toBeTruthy();

    await session.page.reload();
    await session.page.waitForFunction(
      () => customElements.get('consent-cookie-notice') !== undefined,
    );
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
    expect(await session.page.evaluate(() => document.cookie)).toContain('consent=');
    expect(problems.errors).toEqual([]);
  });

  it('remembers an opt-out across a reload', async () => {
    const url = session.server.serve(
      '/toggle.html',
      hostPage(
        { regime: 'opt-out' },
        '<consent-opt-out-toggle category="analytics"></consent-opt-out-toggle>',
      ),
    );
    await session.page.goto(url);
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('false');
    await toggleSwitch().click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');

    await session.page.reload();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');
    expect(await consentCookie()).toBeTruthy();
  });

  it('announces a policy change to a returning visitor until acknowledged', async () => {
    await fixToday();
    const v1 = hostPage(
      { policy: policy('2026-01') },
      '<consent-cookie-notice></consent-cookie-notice><consent-policy-banner></consent-policy-banner>',
    );
    const url = session.server.serve('/policy.html', v1);
    await session.page.goto(url);
    await acceptButton().click();
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
    await expect.poll(() => banner().locator('[part~="acknowledge"]').isVisible()).toBe(false);

    session.server.serve(
      '/policy.html',
      hostPage(
        { policy: policy('2026-02', 10) },
        '<consent-cookie-notice></consent-cookie-notice><consent-policy-banner></consent-policy-banner>',
      ),
    );
    await session.page.reload();
    const gotIt = banner().locator('[part~="acknowledge"]');
    await expect.poll(() => gotIt.isVisible()).toBe(true);
    await expect.poll(() => shadowText(banner())).toContain('10 days');
    await gotIt.click();
    await expect.poll(() => gotIt.isVisible()).toBe(false);

    await session.page.reload();
    await session.page.waitForFunction(
      () => customElements.get('consent-policy-banner') !== undefined,
    );
    await expect.poll(() => gotIt.isVisible()).toBe(false);
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
  });

  it('runs under a strict CSP without a single violation', async () => {
    const elements = `<consent-cookie-notice></consent-cookie-notice>
         <consent-opt-out-toggle></consent-opt-out-toggle>
         <consent-policy-banner></consent-policy-banner>`;
    const csp = { headers: { 'content-security-policy': STRICT_CSP } };
    const url = session.server.serve(
      '/csp.html',
      hostPage({ regime: 'opt-in', policy: policy('2026-01') }, elements),
      csp,
    );
    const problems = await watchForProblems(session.page);
    await fixToday();
    await session.page.goto(url);
    await expect.poll(() => acceptButton().isVisible()).toBe(true);
    await notice().locator('[part~="customize"]').click();
    await notice().locator('[part~="preferences"] [part~="accept"]').click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('false');
    await toggleSwitch().click();
    await expect.poll(() => toggleSwitch().getAttribute('aria-checked')).toBe('true');
    // A first-time visitor never saw the banner.
    expect(await banner().evaluate((element) => element.shadowRoot?.childElementCount)).toBe(0);

    // The same visitor returns after the site announced a new policy version: the banner renders,
    // styled by its constructable stylesheets (no <style> element, which style-src 'self' forbids).
    session.server.serve(
      '/csp.html',
      hostPage({ regime: 'opt-in', policy: policy('2026-02', 10) }, elements),
      csp,
    );
    await session.page.reload();
    const gotIt = banner().locator('[part~="acknowledge"]');
    await expect.poll(() => gotIt.isVisible()).toBe(true);
    await expect.poll(() => shadowText(banner())).toContain('10 days');
    const styles = await banner().evaluate((element) => {
      const root = element.shadowRoot!;
      const base = getComputedStyle(root.querySelector('[part~="base"]')!);
      const button = getComputedStyle(root.querySelector('[part~="acknowledge"]')!);
      return {
        adopted: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll('style').length,
        display: base.display,
        background: base.backgroundColor,
        border: `${base.borderTopWidth} ${base.borderTopStyle}`,
        padding: base.paddingTop,
        buttonBackground: button.backgroundColor,
        buttonWeight: button.fontWeight,
      };
    });
    expect(styles.adopted).toBeGreaterThan(0);
    expect(styles.styleElements).toBe(0);
    // UA defaults for a <section> are display block, a transparent background, no border, no
    // padding; for a <button>, a grey face and normal weight.
    expect(styles).toMatchObject({
      display: 'flex',
      background: 'rgb(255, 255, 255)',
      border: '1px solid',
      padding: '12.25px',
      buttonBackground: 'rgb(34, 34, 34)',
      buttonWeight: '600',
    });
    await gotIt.click();
    await expect.poll(() => gotIt.isVisible()).toBe(false);
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const acknowledged = await session.page.evaluate(
      `import('${CDN_MODULE}').then((m) => m.getConsentStore().state.record?.acknowledgedPolicy)`,
    );
    expect(acknowledged).toBe('2026-02');
    await expect.poll(() => acceptButton().isVisible()).toBe(false);
    expect(problems.violations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  it('shows hostile copy as text and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const url = session.server.serve(
      '/hostile.html',
      hostPage(
        { copy: { 'notice.title': hostile } },
        `<consent-cookie-notice accept-label='${hostile}'></consent-cookie-notice>`,
      ),
    );
    await session.page.goto(url);
    await expect.poll(() => acceptButton().isVisible()).toBe(true);
    await expect.poll(() => acceptButton().textContent()).toContain('<img src=x onerror');
    await expect.poll(() => shadowText(notice())).toContain('<img src=x onerror');
    expect(
      await session.page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await notice().locator('img').count()).toBe(0);
  });
});
