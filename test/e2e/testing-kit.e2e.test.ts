// consent-elements/testing on the two demo shops: each check fails on the leaky shop with a message
// a person can act on (which cookie or request, when, under which consent), and passes on the fixed
// shop, with consent-elements' default selectors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import {
  ConsentCheckError,
  expectChoiceRemembered,
  expectGpcHonoured,
  expectNoTrackingBeforeConsent,
  expectRejectAsEasyAsAccept,
  expectWithdrawalWorks,
  type ConsentCheckOptions,
} from '../../src/testing/index.js';
import { assertCdnBuilt } from './support/browser.js';
import {
  DEMO_CATEGORIES,
  LEAKY_SELECTORS,
  startDemoShops,
  type DemoShops,
} from './support/demo-shop.js';

let shops: DemoShops;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  assertCdnBuilt();
  shops = await startDemoShops();
});
afterAll(() => shops?.close());
beforeEach(async () => {
  await context?.close();
  context = await shops.browser.newContext();
  page = await context.newPage();
});

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
  it('expectChoiceRemembered, for Reject and for Accept', async () => {
    await expectChoiceRemembered(page, fixed());
    await expectChoiceRemembered(page, { ...fixed(), choice: 'accept' });
  });
  it('expectWithdrawalWorks', () => expectWithdrawalWorks(page, 'analytics', fixed()));
  it('expectGpcHonoured', () => expectGpcHonoured(page, fixed()));
});
