import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConsentCookie, serializeConsentCookie, SOURCES } from '../../src/core/codec.js';
import { readCookieValues } from '../../src/core/cookie-string.js';
import type { ConsentRecord } from '../../src/core/types.js';

const NOW = Date.UTC(2026, 10, 29, 12);
/** Any well-formed string: full Unicode, separators, quotes, `%`, whitespace, emoji. */
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const weird = fc.oneof(
  text,
  fc.constantFrom(
    '.',
    '~',
    ';',
    ',',
    ' ',
    '"',
    "'",
    '%',
    '%zz',
    '__proto__',
    'constructor',
    '1',
    '',
  ),
);

const recordArb: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.oneof(
      fc.string({ minLength: 1, maxLength: 16 }),
      weird.filter((s) => s.length > 0),
    ),
    decidedAt: fc.integer({ min: 0, max: NOW }),
    age: fc.integer({ min: 0, max: 400 * 864e5 }),
    choices: fc.dictionary(weird, fc.boolean(), { maxKeys: 8 }),
    services: fc.option(
      fc.dictionary(
        fc
          .tuple(weird, fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}$/))
          .map(([c, s]) => `${c}.${s}`),
        fc.boolean(),
        { minKeys: 1, maxKeys: 4 },
      ),
      { nil: undefined },
    ),
    policyVersion: fc.option(
      weird.filter((s) => s.length > 0),
      { nil: undefined },
    ),
    acknowledgedPolicy: fc.option(
      weird.filter((s) => s.length > 0),
      { nil: undefined },
    ),
    source: fc.constantFrom(...SOURCES),
  })
  .map(({ age, services, ...r }) => ({
    ...r,
    ...(services === undefined ? {} : { services }),
    updatedAt: Math.min(NOW, r.decidedAt + age),
  }));

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'abc123',
  decidedAt: NOW - 1000,
  updatedAt: NOW,
  choices: { analytics: true, marketing: false },
  policyVersion: '2026-01',
  source: 'notice',
  ...over,
});

/** Applies one random edit (replace, insert or delete a character) to `s`. */
const mutate = (s: string) =>
  fc
    .tuple(
      fc.nat(s.length),
      fc.constantFrom('replace', 'insert', 'delete'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
    )
    .map(([i, op, piece]) =>
      op === 'delete'
        ? s.slice(0, i) + s.slice(i + 1)
        : s.slice(0, i) + piece + s.slice(op === 'replace' ? i + 1 : i),
    );

// Property runs of 1,000 to 3,000 inputs: up to 2.4 s each with the machine's two cores loaded
// many times over, half the 5 s default.
describe('consent cookie codec', { timeout: 30_000 }, () => {
  it('round-trips any record, including ids and versions with separators, quotes and Unicode', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(parseConsentCookie(serializeConsentCookie(r), NOW)).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes only cookie-value-safe characters (no ; , whitespace, quotes or backslash)', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(serializeConsentCookie(r)).toMatch(/^[A-Za-z0-9_%.~:-]+$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary strings and rejects nearly all of them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(parseConsentCookie(s, NOW)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutated valid cookies, and whatever it accepts re-serializes faithfully', () => {
    fc.assert(
      fc.property(
        recordArb.chain((r) => mutate(serializeConsentCookie(r))),
        (s) => {
          const parsed = parseConsentCookie(s, NOW);
          if (parsed)
            expect(parseConsentCookie(serializeConsentCookie(parsed), NOW)).toEqual(parsed);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('does not throw on non-string input', () => {
    for (const v of [undefined, null, 42, {}, []])
      expect(parseConsentCookie(v as unknown as string)).toBeNull();
  });

  it('rejects input over 1 KB even when otherwise valid', () => {
    const big = serializeConsentCookie(record({ choices: { ['x'.repeat(1100)]: true } }));
    expect(big.length).toBeGreaterThan(1024);
    expect(parseConsentCookie(big, NOW)).toBeNull();
    const fits = serializeConsentCookie(record({ choices: { ['x'.repeat(900)]: true } }));
    expect(parseConsentCookie(fits, NOW)).not.toBeNull();
  });

  it('keeps 20 categories well under 4 KB', () => {
    const choices = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`category-number-${i}`, i % 2 === 0]),
    );
    const value = serializeConsentCookie(record({ choices }));
    expect(value.length).toBeLessThan(1024);
    expect(parseConsentCookie(value, NOW)?.choices).toEqual(choices);
  });

  it('rejects an unknown or newer schema version', () => {
    const v = serializeConsentCookie(record({ services: { 'marketing.youtube': true } }));
    expect(v.startsWith('2.')).toBe(true);
    expect(parseConsentCookie('3' + v.slice(1), NOW)).toBeNull();
    expect(parseConsentCookie('0' + v.slice(1), NOW)).toBeNull();
  });

  it('writes version 1 while the record needs nothing newer, so an older copy of the library keeps reading it', () => {
    // Version 1's own pattern (the reader of the previous release): digits 0 to 6 as sources.
    const VERSION_1 =
      /^1\.([\w%-]+)\.([\da-z]{1,9})\.([\da-z]{1,9})\.([0-6])\.([\w%-]*)\.([\w%-]*)\.((?:[01][\w%-]*)(?:~[01][\w%-]*)*)?$/;
    const plain = serializeConsentCookie(record({ source: 'toggle' }));
    expect(plain).toMatch(VERSION_1);
    expect(parseConsentCookie(plain, NOW)).toEqual(record({ source: 'toggle' }));
    // A service choice, or a source version 1 did not know, needs version 2.
    expect(serializeConsentCookie(record({ services: { 'marketing.youtube': true } }))).toMatch(
      /^2\./,
    );
    expect(serializeConsentCookie(record({ source: 'embed' }))).toMatch(/^2\./);
  });

  it('writes a service choice as <flag><category>:<service>, apart from a category whose id holds a dot', () => {
    const v = serializeConsentCookie(
      record({ choices: { 'a.b': true, a: false }, services: { 'a.b': false } }),
    );
    expect(v.endsWith('.1a%2eb~0a~0a:b')).toBe(true);
    expect(parseConsentCookie(v, NOW)).toMatchObject({
      choices: { 'a.b': true, a: false },
      services: { 'a.b': false },
    });
  });

  it('reads a version-1 cookie (written before services existed) with every decision intact', () => {
    // Written by the version-1 serializer (the release before services), committed as it came out.
    const v1 = '1.k3v9q0x2ab.mkf90q80.ml58la80.1.2026-01.2026-02.1analytics~0marketing~1a%2eb%20c';
    expect(parseConsentCookie(v1, NOW)).toEqual({
      id: 'k3v9q0x2ab',
      decidedAt: Date.UTC(2026, 0, 15, 9, 30),
      updatedAt: Date.UTC(2026, 1, 2, 14, 0),
      choices: { analytics: true, marketing: false, 'a.b c': true },
      policyVersion: '2026-01',
      acknowledgedPolicy: '2026-02',
      source: 'notice',
    });
    // Version 1 knew no services: a `:` item is not version 1.
    expect(parseConsentCookie(v1 + '~1marketing:youtube', NOW)).toBeNull();
    // Nor a source added since (7, `embed`): version 1's digits went from 0 to 6.
    expect(parseConsentCookie(v1.replace('.ml58la80.1.', '.ml58la80.7.'), NOW)).toBeNull();
    expect(parseConsentCookie(v1.replace('.ml58la80.1.', '.ml58la80.6.'), NOW)).not.toBeNull();
  });

  it('rejects foreign values sharing the cookie name', () => {
    for (const v of ['', 'yes', 'true', '{"analytics":true}', 'deny', '1.abc', 'x'.repeat(3900)])
      expect(parseConsentCookie(v, NOW)).toBeNull();
  });

  it('rejects timestamps more than a day in the future, or decidedAt after updatedAt', () => {
    expect(
      parseConsentCookie(serializeConsentCookie(record({ updatedAt: NOW + 2 * 864e5 })), NOW),
    ).toBeNull();
    expect(
      parseConsentCookie(serializeConsentCookie(record({ updatedAt: NOW + 3600e3 })), NOW),
    ).not.toBeNull();
    expect(
      parseConsentCookie(serializeConsentCookie(record({ decidedAt: NOW + 5 })), NOW),
    ).toBeNull();
  });

  it('rejects malformed escapes and a category or a service listed twice', () => {
    // Version 2, whose choices may hold services.
    const v = '2' + serializeConsentCookie(record({ choices: { a: true } })).slice(1);
    expect(parseConsentCookie(v.replace('1a', '1%E0%A4%A'), NOW)).toBeNull();
    expect(parseConsentCookie(v + '~0a', NOW)).toBeNull();
    expect(parseConsentCookie(v + '~0a:x', NOW)).not.toBeNull();
    expect(parseConsentCookie(v + '~0a:x~1a:x', NOW)).toBeNull();
  });

  it('keeps choices for ids like __proto__ as own data', () => {
    const parsed = parseConsentCookie(
      serializeConsentCookie(record({ choices: JSON.parse('{"__proto__":true}') })),
      NOW,
    );
    expect(Object.keys(parsed!.choices)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed!.choices)).toBe(Object.prototype);
  });
});

describe('readCookieValues', () => {
  it('returns every value of the name, in order, ignoring other cookies and prefixes', () => {
    expect(readCookieValues('a=1; consent=x; consentX=y; b=2;consent=z', 'consent')).toEqual([
      'x',
      'z',
    ]);
    expect(readCookieValues('', 'consent')).toEqual([]);
    expect(readCookieValues('consent', 'consent')).toEqual([]);
    expect(readCookieValues(' consent = v ', 'consent')).toEqual(['v']);
  });

  it('never throws on arbitrary headers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (h, n) => {
        expect(Array.isArray(readCookieValues(h, n))).toBe(true);
      }),
    );
  });
});
