// consent-elements/testing on the two demo shops: each check fails on the leaky shop with a message
// a person can act on (which cookie or request, when, under which consent), and passes on the fixed
// shop, with consent-elements' default selectors.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import {
  ConsentCheckError,
  expectChoiceRemembered,
  expectGpcHonoured,
  expectNoPreTickedChoices,
  expectNoTrackingBeforeConsent,
  expectRejectAsEasyAsAccept,
  expectWithdrawalWorks,
  type ConsentCheckOptions,
} from '../../src/testing/index.js';
import { CDN_MODULE } from './support/browser.js';
import {
  DEMO_CATEGORIES,
  LEAKY_SELECTORS,
  useDemoShops,
  type DemoShops,
} from './support/demo-shop.js';

const suite = useDemoShops();
let shops: DemoShops;
let page: Page;
beforeEach(() => ({ shops, page } = suite));

/** The error `check` throws; fails the test when it throws none or another kind. */
async function failure(check: Promise<void>): Promise<ConsentCheckError> {
  const error: unknown = await check.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConsentCheckError);
  return error as ConsentCheckError;
}

describe('on the leaky shop, each check fails with what to fix', () => {
  const leaky = (): ConsentCheckOptions => ({
    url: shops.url('leaky-site'),
    selectors: LEAKY_SELECTORS,
    categories: DEMO_CATEGORIES,
  });
  const port = () => new URL(shops.server.origin).port;

  it('expectNoTrackingBeforeConsent names the _ga cookie and the tag request', async () => {
    const { message, findings } = await failure(expectNoTrackingBeforeConsent(page, leaky()));
    expect(message).toContain(
      'cookie _ga is set (analytics, Google Analytics) during the first page load (consent: no choice made yet)',
    );
    expect(message).toMatch(
      new RegExp(
        `GET http://analytics\\.localhost:${port()}/examples/demo-shop/stand-in-tag\\.js was sent \\d+\\.\\d s after the visit began \\(analytics\\) during the first page load \\(consent: no choice made yet\\)`,
      ),
    );
    expect(message).toContain('Fix: load each tag only once its category is granted');
    expect(findings.map((f) => `${f.kind} ${f.category}`)).toContain('cookie analytics');
  });

  it('expectRejectAsEasyAsAccept says Reject takes two clicks', async () => {
    const { message } = await failure(expectRejectAsEasyAsAccept(page, leaky()));
    expect(message).toMatch(
      /^Reject is not on the first layer of http:\/\/127\.0\.0\.1:\d+\/examples\/leaky-site\/: Accept takes 1 click, Reject takes 2 \("Settings", then "Reject all"\)\./,
    );
  });

  it('expectNoPreTickedChoices names the pre-ticked analytics box', async () => {
    const { message } = await failure(expectNoPreTickedChoices(page, leaky()));
    expect(message).toMatch(
      /^Choices are pre-ticked on http:\/\/127\.0\.0\.1:\d+\/examples\/leaky-site\/:\n {2}- "Analytics" is on before the visitor chose\nFix: leave every category/,
    );
  });

  it('expectChoiceRemembered says the banner asks again after Reject', async () => {
    const { message } = await failure(expectChoiceRemembered(page, leaky()));
    expect(message).toContain(
      'after Reject and a reload, the consent notice asks again (#accept-all is visible)',
    );
  });

  it('expectWithdrawalWorks names the cookie left behind and the request after withdrawal', async () => {
    const { message } = await failure(
      expectWithdrawalWorks(page, 'analytics', {
        ...leaky(),
        withdraw: async (p) => {
          await p.click('#cookie-settings');
          await p.uncheck('#analytics-box');
          await p.click('#save-settings');
        },
      }),
    );
    expect(message).toMatch(/^Withdrawing analytics did not stop it on /);
    expect(message).toContain(
      'cookie _ga is set (analytics, Google Analytics) after analytics was withdrawn (consent: analytics withdrawn)',
    );
    expect(message).toMatch(
      /GET http:\/\/analytics\.localhost:\d+\/examples\/demo-shop\/stand-in-tag\.js was sent .* \(analytics\) on the next page load after analytics was withdrawn \(consent: analytics withdrawn\)/,
    );
  });

  it('expectGpcHonoured names the tracking done despite Global Privacy Control', async () => {
    const { message } = await failure(expectGpcHonoured(page, leaky()));
    expect(message).toMatch(
      /^Global Privacy Control was ignored on .*: \d+ tracking items with GPC on\./,
    );
    expect(message).toContain(
      'cookie _ga is set (analytics, Google Analytics) during the first page load (consent: no choice made, Global Privacy Control on)',
    );
  });
});

describe('on the fixed shop, each check passes with the default selectors', () => {
  const fixed = (): ConsentCheckOptions => ({
    url: shops.url('fixed-site'),
    categories: DEMO_CATEGORIES,
  });

  it('expectNoTrackingBeforeConsent', () => expectNoTrackingBeforeConsent(page, fixed()));
  it('expectRejectAsEasyAsAccept', () => expectRejectAsEasyAsAccept(page, fixed()));
  it('expectNoPreTickedChoices (Customize opened, no category on)', () =>
    expectNoPreTickedChoices(page, fixed()));
  it('expectChoiceRemembered, for Reject and for Accept', async () => {
    await expectChoiceRemembered(page, fixed());
    await expectChoiceRemembered(page, { ...fixed(), choice: 'accept' });
  });
  it('expectWithdrawalWorks', () => expectWithdrawalWorks(page, 'analytics', fixed()));
  it('expectGpcHonoured', () => expectGpcHonoured(page, fixed()));
});

describe('options', () => {
  it('refuses a categories option it cannot use, naming the part', async () => {
    const categories = { analytics: { hosts: 'analytics.localhost' } } as unknown as Record<
      string,
      { hosts: string[] }
    >;
    await expect(
      expectNoTrackingBeforeConsent(page, { url: shops.url('fixed-site'), categories }),
    ).rejects.toThrow(
      'consent-elements/testing: options.categories.analytics.hosts must be a list of strings; what is not is ignored.',
    );
  });
});

describe('on pages made to fail one rule each', () => {
  /** Serves `body` as a page of the test server; returns its URL. */
  const servePage = (path: string, body: string) =>
    shops.server.serve(path, `<!doctype html><html lang="en"><body>${body}</body></html>`);
  const accept =
    '<button id="yes" style="padding: 12px 32px; font-size: 18px; border: 0; background: #1d6b3a; color: #fff">Accept all</button>';
  const selectors = { accept: '#yes', reject: '#no', moreOptions: '#more' };

  it('expectRejectAsEasyAsAccept names a Reject smaller and fainter than Accept', async () => {
    const url = servePage(
      '/faint-reject.html',
      `${accept}<button id="no" style="padding: 0; font-size: 11px; border: 0; background: none; color: #bbb">Reject</button>`,
    );
    const { message } = await failure(expectRejectAsEasyAsAccept(page, { url, selectors }));
    expect(message).toMatch(
      /Reject is \d+×\d+ px but Accept is \d+×\d+ px: make Reject at least 75 % of Accept's width and height\./,
    );
    expect(message).toMatch(
      /Reject's text contrast is 1\.9\d:1 but Accept's is \d+\.\d\d:1: give Reject at least 4\.5:1\./,
    );
  });

  it('expectRejectAsEasyAsAccept says when there is no Reject at all', async () => {
    const url = servePage('/no-reject.html', accept);
    const { message } = await failure(expectRejectAsEasyAsAccept(page, { url, selectors }));
    expect(message).toMatch(/^No Reject button \(#no\) is visible on .* beside Accept\./);
  });

  it('expectChoiceRemembered names the tracking that goes on after a remembered Reject', async () => {
    const url = servePage(
      '/tracks-after-reject.html',
      `<script>document.cookie = '_ga=GA1.1.1; path=/';</script>
      <div id="banner" hidden>${accept}<button id="no">Reject all</button></div>
      <script>
        const banner = document.getElementById('banner');
        const choose = (choice) => () => {
          document.cookie = 'choice=' + choice + '; path=/';
          banner.hidden = true;
        };
        banner.hidden = document.cookie.includes('choice=');
        document.getElementById('yes').onclick = choose('accept');
        document.getElementById('no').onclick = choose('reject');
      </script>`,
    );
    const { message } = await failure(expectChoiceRemembered(page, { url, selectors }));
    expect(message).toMatch(
      /^The refusal was not honoured on .*: 1 tracking item after Reject and a reload\./,
    );
    expect(message).toContain(
      'cookie _ga is set (analytics, Google Analytics) after Reject and a reload (consent: rejected)',
    );
  });

  describe('expectGpcHonoured on an opt-out site', () => {
    /** An opt-out site whose analytics code writes _ga, gated on analytics. */
    const optOutSite = (respectGpc: boolean) =>
      servePage(
        `/opt-out-${respectGpc}.html`,
        `<script type="application/json" data-consent-config>
          {"regime": "opt-out", "respectGpc": ${respectGpc}, "categories": [
            {"id": "necessary", "label": "Necessary", "required": true},
            {"id": "analytics", "label": "Analytics", "cookies": ["_ga"]}]}
        </script>
        <script type="module" src="${CDN_MODULE}"></script>
        <script type="text/plain" data-consent-category="analytics">document.cookie = '_ga=GA1.1.2; path=/';</script>`,
      );

    it('passes when the site turns analytics off for GPC (and tracks by default without it)', async () => {
      const url = optOutSite(true);
      await expectGpcHonoured(page, { url });
      const { message } = await failure(expectNoTrackingBeforeConsent(page, { url }));
      // Classified by the page's own consent config (its `cookies`), which wins over the built-in table.
      expect(message).toContain('cookie _ga is set (analytics) during the first page load');
    });

    it('fails, naming the cookie, when the site ignores GPC', async () => {
      const { message } = await failure(expectGpcHonoured(page, { url: optOutSite(false) }));
      expect(message).toMatch(
        /^Global Privacy Control was ignored on .*: 1 tracking item with GPC on\./,
      );
      expect(message).toContain(
        'cookie _ga is set (analytics) during the first page load (consent: no choice made, Global Privacy Control on)',
      );
    });
  });
});
