// <consent-audit> on the two demo shops (examples/leaky-site, examples/fixed-site), driven in
// Chromium as a visitor would: its report() names each pre-consent and post-withdrawal item on the
// leaky shop, and passes the fixed one.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { AuditObservation, AuditReport, AuditViolation } from '../../src/audit/index.js';
import { useDemoShops, type DemoShops } from './support/demo-shop.js';

const suite = useDemoShops();
let shops: DemoShops;
let page: Page;
/** The console warnings the page logged. */
let warnings: string[];

beforeEach(() => {
  ({ shops, page } = suite);
  warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
});

const report = (): Promise<AuditReport> =>
  page
    .locator('consent-audit')
    .evaluate((el) => (el as HTMLElement & { report(): AuditReport }).report());

/** What `pick` finds in the audit's report, once it is there. */
async function eventually<T>(pick: (report: AuditReport) => T | undefined): Promise<T> {
  const find = async () => pick(await report());
  await expect.poll(find, { timeout: 15_000 }).toBeDefined();
  return (await find()) as T;
}

/** The observation of `name` for `event`, once the audit has made it. */
const observation = (name: string, event: AuditObservation['event']) =>
  eventually((r) => r.observed.find((o) => o.name === name && o.event === event));

/** The violation of `kind` named like `name` for `reason`, once the audit has found it. */
const violation = (kind: AuditViolation['kind'], name: RegExp, reason: AuditViolation['reason']) =>
  eventually((r) =>
    r.violations.find((v) => v.kind === kind && name.test(v.name) && v.reason === reason),
  );

describe('the audit on the leaky shop', () => {
  it('fails, naming the _ga cookie and the tag request made before consent', async () => {
    await page.goto(shops.url('leaky-site'));
    const ga = await violation('cookie', /^_ga$/, 'before-consent');
    expect(ga).toMatchObject({
      category: 'analytics',
      vendor: 'Google Analytics',
      consentAtThatTime: { decided: false, granted: ['necessary'] },
    });
    expect(ga.message).toMatch(
      /^cookie _ga \(analytics, Google Analytics\) was (written|present) /,
    );
    const tag = await violation(
      'request',
      /\/examples\/demo-shop\/stand-in-tag\.js$/,
      'before-consent',
    );
    expect(tag).toMatchObject({ category: 'analytics', consentAtThatTime: { decided: false } });
    expect((await report()).verdict).toBe('fail');
  });

  it('names the _ga cookie left behind, and the tracking that goes on, after withdrawal', async () => {
    await page.goto(shops.url('leaky-site'));
    await page.click('#accept-all');
    await page.click('#cookie-settings');
    await page.uncheck('#analytics-box');
    await page.click('#save-settings');
    const left = await violation('cookie', /^_ga$/, 'after-withdrawal');
    expect(left).toMatchObject({
      category: 'analytics',
      event: 'present',
      consentAtThatTime: { decided: true, granted: ['necessary'] },
    });
    expect(left.message).toContain('after analytics was withdrawn');
    await page.click('[data-add-to-cart="sencha"]');
    await violation('request', /pixel\.svg\?event=add_to_cart/, 'after-withdrawal');
  });

  it('logs each violation to the console once', async () => {
    await page.goto(shops.url('leaky-site'));
    await violation('cookie', /^_ga$/, 'before-consent');
    // Every report() looks again; the cookie is still there each time.
    for (let i = 0; i < 3; i++) await report();
    // Console messages arrive in order: once the marker is in, every earlier warning is too.
    await page.evaluate(() => console.warn('marker'));
    await expect.poll(() => warnings.includes('marker')).toBe(true);
    expect(warnings.filter((w) => w.startsWith('consent-audit: cookie _ga ('))).toHaveLength(1);
  });
});

describe('the audit on the fixed shop', () => {
  it('passes through a first visit, Accept, use, withdrawal and the next visit', async () => {
    await page.goto(shops.url('fixed-site'));
    await page.locator('consent-cookie-notice [part~="accept"]').click();
    // Analytics ran, with consent: the tag, its cookie, a tracked click.
    expect(await observation('_ga', 'written')).toMatchObject({
      category: 'analytics',
      consentAtThatTime: { granted: ['necessary', 'analytics'] },
    });
    await page.click('[data-add-to-cart="sencha"]');
    await page.locator('consent-opt-out-toggle[category="analytics"] [part~="switch"]').click();
    await observation('_ga', 'removed');
    await page.click('[data-add-to-cart="assam"]');
    expect(await report()).toMatchObject({ verdict: 'pass', violations: [] });
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await report()).toMatchObject({ verdict: 'pass', violations: [] });
    expect(warnings.filter((w) => w.startsWith('consent-audit:'))).toEqual([]);
  });
});
