import { describe, expect, it } from 'vitest';
import {
  Classifier,
  readAuditCategories,
  type ConfiguredCategory,
} from '../../src/audit/classify.js';
import { AuditLedger, type ConsentSnapshot } from '../../src/audit/ledger.js';

const configured: ConfiguredCategory[] = [
  { id: 'necessary', required: true, cookies: ['session'] },
  { id: 'analytics' },
  { id: 'marketing' },
];
const undecided: ConsentSnapshot = { decided: false, granted: ['necessary'] };
const analytics: ConsentSnapshot = { decided: true, granted: ['necessary', 'analytics'] };
const refused: ConsentSnapshot = { decided: true, granted: ['necessary'] };

function ledger(options: { withdrawalGrace?: number } = {}): AuditLedger {
  const classifier = new Classifier(configured, { analytics: { hosts: ['stats.example'] } });
  const audit = new AuditLedger(classifier, options);
  audit.consent(0, undecided);
  return audit;
}

describe('AuditLedger', () => {
  it('passes when nothing of a non-necessary category is seen', () => {
    const audit = ledger();
    audit.scan('cookie', ['session', 'theme'], 10);
    audit.request('https://cdn.example/lib.js', 20);
    expect(audit.report()).toMatchObject({ verdict: 'pass', violations: [] });
    expect(audit.report().observed.map((o) => `${o.event} ${o.name} ${o.category}`)).toEqual([
      'present session necessary',
      'present theme null',
      'requested https://cdn.example/lib.js null',
    ]);
  });

  it('reports observations in time order, and the consent timeline', () => {
    const audit = ledger();
    audit.scan('cookie', [], 300);
    audit.consent(400.4, analytics);
    audit.scan('cookie', ['_ga'], 500);
    audit.request('https://stats.example/tag.js', 450); // found later in the timing buffer
    const report = audit.report();
    expect(report.observed.map((o) => `${o.at} ${o.name}`)).toEqual([
      '450 https://stats.example/tag.js',
      '500 _ga',
    ]);
    expect(report.consent).toEqual([
      { at: 0, consent: undecided },
      { at: 400, consent: analytics },
    ]);
  });

  it('flags a tracking cookie written before its category is granted, with the consent then', () => {
    const audit = ledger();
    audit.scan('cookie', [], 10);
    const [violation] = audit.scan('cookie', ['_ga'], 412.4);
    expect(violation).toMatchObject({
      kind: 'cookie',
      name: '_ga',
      category: 'analytics',
      vendor: 'Google Analytics',
      at: 412,
      event: 'written',
      reason: 'before-consent',
      consentAtThatTime: undecided,
      message:
        'cookie _ga (analytics, Google Analytics) was written 0.4 s after page load, before analytics was granted (consent then: no decision yet; granted: necessary)',
    });
    expect(audit.report().verdict).toBe('fail');
  });

  it('judges a request by when it started, not when it was seen', () => {
    const audit = ledger();
    audit.consent(1000, analytics);
    expect(audit.request('https://stats.example/tag.js', 500)).toMatchObject({
      reason: 'before-consent',
      consentAtThatTime: undecided,
    });
    expect(audit.request('https://stats.example/collect?e=1', 1500)).toBeUndefined();
  });

  it('accepts what is written once its category is granted', () => {
    const audit = ledger();
    audit.scan('cookie', [], 10);
    audit.consent(100, analytics);
    expect(audit.scan('cookie', ['_ga', '_gid'], 200)).toEqual([]);
    expect(audit.scan('localStorage', ['_hjSession'], 200)).toEqual([]);
  });

  it('gives the site the grace period to remove a cookie after withdrawal, then flags it', () => {
    const audit = ledger({ withdrawalGrace: 1000 });
    audit.consent(100, analytics);
    audit.scan('cookie', ['_ga'], 200);
    audit.consent(2000, refused);
    expect(audit.scan('cookie', ['_ga'], 2500)).toEqual([]);
    expect(audit.scan('cookie', ['_ga'], 3100)).toMatchObject([
      { name: '_ga', reason: 'after-withdrawal', event: 'present', consentAtThatTime: refused },
    ]);
  });

  it('passes a withdrawal whose cookies are removed in time', () => {
    const audit = ledger({ withdrawalGrace: 1000 });
    audit.consent(100, analytics);
    audit.scan('cookie', ['_ga'], 200);
    audit.consent(2000, refused);
    audit.scan('cookie', [], 2100);
    expect(audit.report()).toMatchObject({ verdict: 'pass' });
    expect(audit.report().observed.at(-1)).toMatchObject({ name: '_ga', event: 'removed' });
  });

  it('flags at once what is written or requested after withdrawal', () => {
    const audit = ledger({ withdrawalGrace: 1000 });
    audit.consent(100, analytics);
    audit.scan('cookie', [], 200);
    audit.consent(2000, refused);
    // Written again within the grace period: that is no leftover, the tag is still at work.
    expect(audit.scan('cookie', ['_ga'], 2050)).toMatchObject([
      { name: '_ga', event: 'written', reason: 'after-withdrawal' },
    ]);
    expect(audit.request('https://stats.example/collect', 2010)).toMatchObject({
      reason: 'after-withdrawal',
    });
  });

  it('reports each violation once, however often it is seen', () => {
    const audit = ledger();
    expect(audit.scan('cookie', ['_ga'], 10)).toHaveLength(1);
    expect(audit.scan('cookie', ['_ga'], 20)).toEqual([]);
    expect(audit.request('https://stats.example/collect?t=1', 30)).toBeDefined();
    expect(audit.request('https://stats.example/collect?t=2', 40)).toBeUndefined();
    expect(audit.report().violations).toHaveLength(2);
    expect(audit.report().observed.filter((o) => o.kind === 'request')).toHaveLength(1);
  });

  it('never flags a (granted) strictly necessary category or an unclassified item', () => {
    const audit = ledger();
    expect(audit.scan('cookie', ['session', 'cart_id'], 10)).toEqual([]);
    expect(audit.request('https://fonts.example/font.woff2', 20)).toBeUndefined();
  });

  it('names the storage area of a storage key', () => {
    const audit = ledger();
    expect(audit.scan('sessionStorage', ['mp_debug'], 10)[0]).toMatchObject({
      kind: 'storage',
      area: 'sessionStorage',
      vendor: 'Mixpanel',
      message: expect.stringMatching(
        /^sessionStorage key mp_debug \(analytics, Mixpanel\) was present/,
      ),
    });
  });
});

describe('Classifier', () => {
  it('prefers the audit option, then the consent config, then the built-in table', () => {
    const classifier = new Classifier([{ id: 'stats', cookies: ['_ga'] }], {
      functional: { cookies: ['_gid'] },
    });
    expect(classifier.classify('cookie', '_gid')).toEqual({
      category: 'functional',
      source: 'audit-option',
    });
    expect(classifier.classify('cookie', '_ga')).toEqual({
      category: 'stats',
      source: 'consent-config',
    });
    expect(classifier.classify('cookie', '_ga_X1')).toEqual({
      category: 'analytics',
      source: 'built-in',
      vendor: 'Google Analytics',
    });
  });

  it('matches a host and its subdomains, not look-alikes', () => {
    const classifier = new Classifier();
    expect(
      classifier.classify('request', 'https://www.google-analytics.com/g/collect'),
    ).toMatchObject({
      category: 'analytics',
    });
    expect(
      classifier.classify('request', 'https://connect.facebook.net/en_US/fbevents.js'),
    ).toMatchObject({
      category: 'marketing',
      vendor: 'Meta Pixel',
    });
    expect(classifier.classify('request', 'https://notgoogle-analytics.com/x')).toBeNull();
    expect(classifier.classify('request', 'not a url')).toBeNull();
  });

  it('reads * as any run of characters and every other character literally', () => {
    const classifier = new Classifier([], { analytics: { cookies: ['a.b*'] } });
    expect(classifier.classify('cookie', 'a.bXYZ')?.category).toBe('analytics');
    expect(classifier.classify('cookie', 'aXb')).toBeNull();
  });
});

describe('readAuditCategories', () => {
  it('keeps the valid part of a categories option and names each part it drops', () => {
    expect(
      readAuditCategories({
        analytics: { cookies: ['_pk_*', 5], hosts: ['stats.example'] },
        marketing: null,
        ads: { hosts: 'ads.example' },
      }),
    ).toEqual({
      categories: {
        analytics: { cookies: ['_pk_*'], hosts: ['stats.example'] },
        ads: { hosts: [] },
      },
      problems: [
        'categories.analytics.cookies must be a list of strings; what is not is ignored',
        'categories.marketing must be an object with "cookies" and "hosts" lists; it is ignored',
        'categories.ads.hosts must be a list of strings; what is not is ignored',
      ],
    });
  });

  it('ignores a value that is not an object, saying so, and takes none as no categories', () => {
    expect(readAuditCategories('not json')).toEqual({
      categories: {},
      problems: ['categories must be a JSON object of category ids; it is ignored'],
    });
    expect(readAuditCategories([])).toMatchObject({
      categories: {},
      problems: [expect.any(String)],
    });
    expect(readAuditCategories(undefined)).toEqual({ categories: {}, problems: [] });
  });
});
