import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES, resolveConfig } from '../../src/core/config.js';
import { describeConfigProblems } from '../../src/core/config-messages.js';
import { configWarnings } from '../../src/core/config-warnings.js';

const defaults = resolveConfig(undefined).config;

/** Resolves `input` and returns the problem keys and the config. */
const resolve = (input: unknown, host?: string) => {
  const { config, problems } = resolveConfig(input, host);
  return { config, keys: problems.map((p) => p.key), problems };
};

describe('resolveConfig', () => {
  it('fills every default for an empty config', () => {
    const { config, keys } = resolve({});
    expect(keys).toEqual([]);
    expect(config).toEqual(defaults);
    expect(config.cookie).toEqual({ name: 'consent', path: '/', sameSite: 'Lax', maxAgeDays: 182 });
    expect(config.regime).toBe('opt-in');
    expect(config.respectGpc).toBe(true);
    expect(config.policy.noticeDays).toBe(30);
    expect(config.categories.map((c) => c.id)).toEqual([
      'necessary',
      'preferences',
      'analytics',
      'marketing',
    ]);
    expect(config.categories.filter((c) => c.required).map((c) => c.id)).toEqual(['necessary']);
    for (const c of config.categories) expect(c.label && c.description).toBeTruthy();
  });

  it('keeps every valid value', () => {
    const input = {
      cookie: {
        name: 'site_consent',
        domain: 'example.com',
        path: '/shop',
        sameSite: 'None',
        secure: true,
        maxAgeDays: 395,
      },
      regime: 'opt-out',
      categories: [
        { id: 'essential', label: 'Essential', required: true },
        { id: 'stats', description: 'Counts', cookies: ['_ga*'] },
      ],
      policy: {
        version: 'v2',
        url: '/privacy',
        lastUpdated: '2026-02-28',
        effectiveDate: '2024-02-29',
        noticeDays: 0,
        material: true,
      },
      support: { email: 'privacy@example.com', url: '/help', name: 'Privacy team' },
      respectGpc: false,
      locale: 'de',
      copy: { 'notice.title': 'Cookies' },
    };
    const { config, keys } = resolve(input, 'shop.example.com');
    expect(keys).toEqual([]);
    expect(config).toEqual({
      ...input,
      categories: [input.categories[0], { ...input.categories[1], label: 'stats' }],
    });
  });

  it.each([
    [{ cookie: { maxAgeDays: 400 } }, 'cookie.maxAgeDays'],
    [{ cookie: { maxAgeDays: 0 } }, 'cookie.maxAgeDays'],
    [{ cookie: { maxAgeDays: -5 } }, 'cookie.maxAgeDays'],
    [{ cookie: { maxAgeDays: '30' } }, 'cookie.maxAgeDays'],
    [{ cookie: { name: 'my consent' } }, 'cookie.name'],
    [{ cookie: { name: 'a;b' } }, 'cookie.name'],
    [{ cookie: { name: 'a=b' } }, 'cookie.name'],
    [{ cookie: { name: '' } }, 'cookie.name'],
    [{ cookie: { path: 'shop' } }, 'cookie.path'],
    [{ cookie: { path: '/a;b' } }, 'cookie.path'],
    [{ cookie: { sameSite: 'lax-ish' } }, 'cookie.sameSite'],
    [{ cookie: { secure: 'yes' } }, 'cookie.secure'],
    [{ cookie: { domain: 'other.org' } }, 'cookie.domain'],
    [{ cookie: { domain: 'ample.com' } }, 'cookie.domain'],
    [{ cookie: { domain: 'example.com; Secure' } }, 'cookie.domain'],
    [{ cookie: { colour: 'blue' } }, 'cookie.colour'],
    [{ cookie: 'consent' }, 'cookie'],
    [{ regime: 'opt-maybe' }, 'regime'],
    [{ categories: 'analytics' }, 'categories'],
    [{ policy: { effectiveDate: '2026-02-30' } }, 'policy.effectiveDate'],
    [{ policy: { effectiveDate: '2026-13-01' } }, 'policy.effectiveDate'],
    [{ policy: { lastUpdated: '1 March 2026' } }, 'policy.lastUpdated'],
    [{ policy: { lastUpdated: '2026-3-1' } }, 'policy.lastUpdated'],
    [{ policy: { version: '' } }, 'policy.version'],
    [{ policy: { version: 2 } }, 'policy.version'],
    [{ policy: { noticeDays: -1 } }, 'policy.noticeDays'],
    [{ policy: { material: 'yes' } }, 'policy.material'],
    [{ support: { email: 'privacy at example.com' } }, 'support.email'],
    [{ support: { email: 'privacy@localhost' } }, 'support.email'],
    [{ support: { phone: '555' } }, 'support.phone'],
    [{ respectGpc: 'no' }, 'respectGpc'],
    [{ locale: 7 }, 'locale'],
    [{ copy: { 'notice.title': 42 } }, 'copy.notice.title'],
    [{ colour: 'blue' }, 'colour'],
  ])('rejects %j naming %s and keeps the default', (input, key) => {
    const { config, keys, problems } = resolve(input, 'www.example.com');
    expect(keys).toEqual([key]);
    expect(describeConfigProblems(problems)[0]).toContain(key);
    expect(config).toEqual(defaults);
  });

  it('rejects a config that is not an object', () => {
    for (const input of ['opt-in', 42, [1], true]) {
      const { config, keys } = resolve(input);
      expect(keys).toEqual(['config']);
      expect(config).toEqual(defaults);
    }
  });

  it('keeps the valid rest of a section next to an invalid key', () => {
    const { config, keys } = resolve({
      cookie: { name: 'ok', maxAgeDays: 1000 },
      regime: 'opt-out',
    });
    expect(keys).toEqual(['cookie.maxAgeDays']);
    expect(config.cookie).toEqual({ ...defaults.cookie, name: 'ok' });
    expect(config.regime).toBe('opt-out');
  });

  it('drops an invalid item of a list of strings, naming its index, and keeps the rest', () => {
    const { config, keys } = resolve({
      categories: [{ id: 'stats', label: 'Stats', cookies: ['_ga', 5, '_gid'] }],
    });
    expect(keys).toEqual(['categories[0].cookies[1]']);
    expect(config.categories[0].cookies).toEqual(['_ga', '_gid']);
  });

  it('accepts the current host or a parent domain, with or without a leading dot, case-insensitively', () => {
    for (const domain of ['example.com', '.example.com', 'www.example.com', 'Example.COM'])
      expect(resolve({ cookie: { domain } }, 'www.example.com').keys).toEqual([]);
    expect(resolve({ cookie: { domain: 'example.com' } }).keys).toEqual([]);
  });

  it('asks for the page host only to check a cookie.domain, and checks it with the answer', () => {
    const host = vi.fn(() => 'www.example.com');
    expect(resolveConfig({ regime: 'opt-out' }, host).problems).toEqual([]);
    expect(host).not.toHaveBeenCalled();
    expect(resolveConfig({ cookie: { domain: 'example.com' } }, host).problems).toEqual([]);
    expect(resolveConfig({ cookie: { domain: 'other.org' } }, host).problems).toEqual([
      {
        key: 'cookie.domain',
        rule: 'domain-covers-host',
        value: 'other.org',
        host: 'www.example.com',
      },
    ]);
    expect(host).toHaveBeenCalledTimes(2);
  });

  it('drops categories without an id or with a duplicate id, naming each, and keeps the rest', () => {
    const { config, keys } = resolve({
      categories: [
        { id: 'a' },
        { label: 'No id' },
        { id: '' },
        { id: 'a', label: 'Again' },
        'b',
        { id: 'c', required: 'yes' },
      ],
    });
    expect(keys).toEqual([
      'categories[1].id',
      'categories[2].id',
      'categories[4]',
      'categories[5].required',
      'categories[3].id',
    ]);
    expect(config.categories).toEqual([
      { id: 'a', label: 'a' },
      { id: 'c', label: 'c' },
    ]);
  });

  it('falls back to the default categories when none is valid', () => {
    const { config, keys } = resolve({ categories: [{ label: 'x' }] });
    expect(keys).toEqual(['categories[0].id', 'categories']);
    expect(config.categories).toEqual(DEFAULT_CATEGORIES);
  });

  it('does not let a copy key named __proto__ change the prototype', () => {
    const { config } = resolve(JSON.parse('{"copy":{"__proto__":"x","a":"b"}}'));
    expect(Object.getPrototypeOf(config.copy)).toBe(Object.prototype);
    expect(config.copy.a).toBe('b');
  });
});

describe('messages that teach', () => {
  const messages = (input: unknown, host?: string) =>
    describeConfigProblems(resolveConfig(input, host).problems);

  it('suggests the known option an unknown key was probably meant to be', () => {
    expect(messages({ polcy: { version: '2' } })).toEqual([
      '`polcy` is not a known option; did you mean `policy`?',
    ]);
    expect(messages({ cookie: { maxAge: 30 } })).toEqual([
      '`cookie.maxAge` is not a known option; did you mean `cookie.maxAgeDays`?',
    ]);
  });

  it('suggests nothing when no known option is close', () => {
    expect(messages({ colour: 'blue' })).toEqual(['`colour` is not a known option']);
  });

  it.each([
    [
      { policy: { effectiveDate: '12/09/2026' } },
      "policy.effectiveDate: '12/09/2026' is not a date (YYYY-MM-DD)",
    ],
    [
      { policy: { effectiveDate: '2026-02-30' } },
      "policy.effectiveDate: '2026-02-30' is not a date (YYYY-MM-DD)",
    ],
    [{ cookie: { maxAgeDays: 400 } }, 'cookie.maxAgeDays: 400 is not a number from 1 to 395'],
    [
      { cookie: { sameSite: 'lax' } },
      "cookie.sameSite: 'lax' is not one of 'Lax', 'Strict', 'None'",
    ],
    [{ respectGpc: 'no' }, "respectGpc: 'no' is not true or false"],
    [
      { support: { email: 'privacy at example' } },
      "support.email: 'privacy at example' is not an email address",
    ],
    [{ categories: 'analytics' }, "categories: 'analytics' is not a list"],
    [{ cookie: [] }, 'cookie: a list is not an object'],
  ])('quotes the bad value %j back with the form expected', (input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  it('names the page host when cookie.domain does not cover it', () => {
    expect(messages({ cookie: { domain: 'other.org' } }, 'www.example.com')).toEqual([
      "cookie.domain: 'other.org' is not the page's host (www.example.com) or a parent domain of it",
    ]);
  });
});

describe('configWarnings', () => {
  const vocabulary = { locales: ['en', 'de'], keys: ['notice.title', 'banner.upcoming'] };
  const warn = (input: object) =>
    describeConfigProblems(configWarnings(resolveConfig(input).config, input, vocabulary));

  it('warns about a category without a label (its id is what visitors read)', () => {
    expect(warn({ categories: [{ id: 'stats' }, { id: 'ads', label: 'Ads' }] })).toEqual([
      "categories[0] ('stats') has no label: visitors will read its id",
    ]);
  });

  it('warns about a locale whose copy is not on the page, and accepts a region of a known one', () => {
    expect(warn({ locale: 'pt-BR' })).toEqual([
      "locale: 'pt-BR' has no copy on this page (en, de): English is shown until its language is registered (import 'consent-elements/locales/<lang>', or registerLocale)",
    ]);
    expect(warn({ locale: 'de-AT' })).toEqual([]);
  });

  it('warns about an unknown copy key with a suggestion, and accepts plural and category keys', () => {
    expect(
      warn({
        copy: {
          'notice.titel': 'x',
          'banner.upcoming.one': 'x',
          'category.stats.label': 'x',
          'notice.title': 'x',
        },
      }),
    ).toEqual(["copy: 'notice.titel' is not a copy key; did you mean 'notice.title'?"]);
  });

  it("lists the page's languages only for a configured locale (start-up work the config needs)", () => {
    let listed = 0;
    const counting = {
      get locales() {
        listed++;
        return ['en'];
      },
      keys: vocabulary.keys,
    };
    const check = (input: object) => configWarnings(resolveConfig(input).config, input, counting);
    check({ categories: [{ id: 'stats', label: 'Stats' }], copy: { 'notice.title': 'x' } });
    expect(listed).toBe(0);
    check({ locale: 'en-GB' });
    expect(listed).toBe(1);
  });

  it('checks labels only when the copy vocabulary is unknown (a headless store)', () => {
    const input = { locale: 'xx', copy: { nope: 'x' } };
    expect(configWarnings(resolveConfig(input).config, input)).toEqual([]);
  });
});
