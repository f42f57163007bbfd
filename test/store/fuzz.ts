// Fuzzing of the cookie codec and the config parser: random strings, mutated valid cookies and random
// JSON configs. Counts every throw and every round-trip mismatch instead of stopping at the first.
// Run by `npm run fuzz` (scripts/fuzz.mjs, 100,000+ inputs) and, smaller, by fuzz.node.test.ts.
import fc from 'fast-check';
import { parseConsentCookie, serializeConsentCookie, SOURCES } from '../../src/core/codec.js';
import { readCookieValues } from '../../src/core/cookie-string.js';
import { resolveConfig } from '../../src/core/config.js';
import { describeConfigProblems } from '../../src/core/config-messages.js';
import type { ConsentRecord, ResolvedConsentConfig } from '../../src/core/types.js';

export interface FuzzReport {
  seed: number;
  strings: number;
  mutated: number;
  configs: number;
  /** Inputs that made a function throw. */
  throws: number;
  /** Valid records whose cookie did not parse back to them, or parsed records that did not re-parse equal. */
  mismatches: number;
  /** Records that went through serialize → parse and came back equal. */
  roundTrips: number;
  /** The first few failures, for the report. */
  failures: string[];
}

const NOW = Date.UTC(2026, 5, 1);

/** Any text, including the cookie alphabet, separators, escapes and lone surrogates. */
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: max }),
    fc.string({ unit: fc.constantFrom(...'019az_-%.~;,= "\'()*!'), maxLength: max }),
    fc.string({ unit: 'grapheme', maxLength: max }),
  );

/** A record the store could write (times within the codec's range). */
const record: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: text(16).filter((s) => s.length > 0),
    decidedAt: fc.integer({ min: 0, max: NOW }),
    age: fc.integer({ min: 0, max: NOW }),
    choices: fc.dictionary(text(12), fc.boolean(), { maxKeys: 6 }),
    policyVersion: fc.option(text(10), { nil: undefined }),
    acknowledgedPolicy: fc.option(text(10), { nil: undefined }),
    source: fc.constantFrom(...SOURCES),
  })
  .map(({ age, ...r }) => ({ ...r, updatedAt: Math.min(NOW, r.decidedAt + age) }));

/** What a record becomes in the cookie: lone surrogates replaced, empty policy fields dropped. */
const normalize = (r: ConsentRecord): ConsentRecord => {
  const fix = (s: string) => s.replace(/\p{Cs}/gu, '\ufffd');
  return {
    id: fix(r.id),
    decidedAt: r.decidedAt,
    updatedAt: r.updatedAt,
    choices: Object.fromEntries(Object.entries(r.choices).map(([k, v]) => [fix(k), v])),
    policyVersion: r.policyVersion ? fix(r.policyVersion) : undefined,
    acknowledgedPolicy: r.acknowledgedPolicy ? fix(r.acknowledgedPolicy) : undefined,
    source: r.source,
  };
};
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** Edits a valid cookie the ways storage and proxies damage them. */
const mutated = fc
  .tuple(
    record,
    fc.array(
      fc.tuple(
        fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'duplicate', 'swap'),
        fc.nat(),
        fc.string({
          unit: fc.constantFrom(...'01az9.~%-_;= \u00e9\ud800'),
          minLength: 1,
          maxLength: 3,
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([r, edits]) => {
    let s = serializeConsentCookie(r);
    for (const [edit, at, chars] of edits) {
      const i = at % (s.length + 1);
      if (edit === 'delete') s = s.slice(0, i) + s.slice(i + 1);
      else if (edit === 'insert') s = s.slice(0, i) + chars + s.slice(i);
      else if (edit === 'replace') s = s.slice(0, i) + chars + s.slice(i + chars.length);
      else if (edit === 'truncate') s = s.slice(0, i);
      else if (edit === 'duplicate') s = s + '.' + s.slice(i);
      else {
        const parts = s.split('.');
        const j = at % parts.length;
        [parts[0], parts[j]] = [parts[j], parts[0]];
        s = parts.join('.');
      }
    }
    return s;
  });

/** Configs: any JSON, and objects shaped like a config with values of every wrong kind. */
const anything = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 9999, '', '2026-02-30', 'x@y', [], {}),
  // What script (configureConsent) can pass and JSON cannot: no prototype, a symbol, a throwing toString.
  fc.constantFrom<unknown>(Object.create(null), Symbol('x'), {
    toString(): never {
      throw new Error('hostile toString');
    },
  }),
);
const config = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(
    ...[
      '{"__proto__": {"regime": "opt-out"}, "cookie": {"__proto__": {"maxAgeDays": 9999}}}',
      '{"categories": [{"id": "__proto__", "label": "x"}, {"id": "constructor"}]}',
      '{"copy": {"__proto__": "x", "toString": 5}, "support": {"__proto__": null}}',
    ].map((json) => JSON.parse(json) as unknown),
  ),
  fc.record(
    {
      cookie: fc.oneof(
        anything,
        fc.record(
          {
            name: anything,
            domain: fc.oneof(anything, fc.constantFrom('example.com', '.example.com', 'evil.test')),
            path: fc.oneof(anything, fc.constantFrom('/', '/a b', '/shop')),
            sameSite: fc.oneof(anything, fc.constantFrom('Lax', 'Strict', 'None', 'lax')),
            secure: anything,
            maxAgeDays: fc.oneof(anything, fc.double(), fc.integer({ min: -5, max: 500 })),
          },
          { requiredKeys: [] },
        ),
      ),
      regime: fc.oneof(anything, fc.constantFrom('opt-in', 'opt-out', 'OPT-IN')),
      categories: fc.oneof(
        anything,
        fc.array(
          fc.oneof(
            anything,
            fc.record(
              {
                id: fc.oneof(
                  anything,
                  fc.constantFrom('analytics', 'analytics', 'ads', '__proto__'),
                ),
                label: anything,
                description: anything,
                required: anything,
                cookies: fc.oneof(anything, fc.array(anything, { maxLength: 3 })),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 5 },
        ),
      ),
      policy: fc.oneof(
        anything,
        fc.record(
          {
            version: anything,
            url: anything,
            lastUpdated: fc.oneof(anything, fc.constantFrom('2026-01-31', '2026-13-01')),
            effectiveDate: fc.oneof(anything, fc.constantFrom('2026-02-28', '2026-02-29')),
            noticeDays: anything,
            material: anything,
          },
          { requiredKeys: [] },
        ),
      ),
      support: fc.oneof(anything, fc.record({ email: anything, url: anything, name: anything })),
      respectGpc: anything,
      locale: anything,
      copy: fc.oneof(anything, fc.dictionary(fc.string(), anything, { maxKeys: 4 })),
      extra: anything,
    },
    { requiredKeys: [] },
  ),
);

/** Why a resolved config is not complete and safe, or undefined when it is. */
function incomplete(c: ResolvedConsentConfig): string | undefined {
  const ids = c.categories.map((x) => x.id);
  const checks: [boolean, string][] = [
    [
      typeof c.cookie.name === 'string' && /^[\w!#$%&'*+.^`|~-]+$/.test(c.cookie.name),
      'cookie.name',
    ],
    [typeof c.cookie.path === 'string' && c.cookie.path.startsWith('/'), 'cookie.path'],
    [['Lax', 'Strict', 'None'].includes(c.cookie.sameSite), 'cookie.sameSite'],
    [c.cookie.maxAgeDays >= 1 && c.cookie.maxAgeDays <= 395, 'cookie.maxAgeDays'],
    [c.cookie.domain === undefined || typeof c.cookie.domain === 'string', 'cookie.domain'],
    [['opt-in', 'opt-out'].includes(c.regime), 'regime'],
    [typeof c.respectGpc === 'boolean', 'respectGpc'],
    [ids.length > 0 && new Set(ids).size === ids.length, 'categories: ids'],
    [
      c.categories.every((x) => typeof x.id === 'string' && x.id && typeof x.label === 'string'),
      'categories',
    ],
    [c.policy.noticeDays >= 0 && c.policy.noticeDays <= 365, 'policy.noticeDays'],
    [!!c.support && typeof c.support === 'object', 'support'],
    [Object.values(c.copy).every((v) => typeof v === 'string'), 'copy'],
  ];
  return checks.find(([ok]) => !ok)?.[1];
}

/** Runs `total` inputs (40 % strings, 40 % mutated cookies, 20 % configs). */
export function fuzz(total: number, seed = Date.now() ^ (Math.random() * 2 ** 31)): FuzzReport {
  const report: FuzzReport = {
    seed,
    strings: Math.round(total * 0.4),
    mutated: Math.round(total * 0.4),
    configs: 0,
    throws: 0,
    mismatches: 0,
    roundTrips: 0,
    failures: [],
  };
  report.configs = total - report.strings - report.mutated;
  const fail = (kind: 'throws' | 'mismatches', what: string) => {
    report[kind]++;
    if (report.failures.length < 5) report.failures.push(what);
  };
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);

  /** Parses `value`; a record must survive serialize → parse unchanged. */
  const parse = (value: string) => {
    try {
      const r = parseConsentCookie(value, NOW);
      readCookieValues(`a=1; consent=${value}; ${value}`, 'consent');
      if (r && !deepEqual(parseConsentCookie(serializeConsentCookie(r), NOW), r))
        fail('mismatches', `re-parse of ${show(value)}`);
    } catch (e) {
      fail('throws', `parse ${show(value)}: ${e}`);
    }
  };

  for (const s of fc.sample(text(80), { numRuns: report.strings, seed })) parse(s);

  const records = fc.sample(record, { numRuns: Math.ceil(report.mutated / 4), seed: seed + 1 });
  for (const r of records) {
    try {
      const value = serializeConsentCookie(r);
      const back = parseConsentCookie(value, NOW);
      if (value.length > 1024 ? back !== null : !deepEqual(back, normalize(r)))
        fail('mismatches', `round trip of ${show(r)} → ${show(value)} → ${show(back)}`);
      else if (back) report.roundTrips++;
    } catch (e) {
      fail('throws', `serialize ${show(r)}: ${e}`);
    }
  }
  for (const s of fc.sample(mutated, { numRuns: report.mutated - records.length, seed: seed + 2 }))
    parse(s);

  for (const c of fc.sample(config, { numRuns: report.configs, seed: seed + 3 })) {
    try {
      const { config: resolved, problems } = resolveConfig(c, 'www.example.com');
      const missing = incomplete(resolved);
      if (missing) fail('mismatches', `config ${show(c)} resolved with a bad ${missing}`);
      // Every problem is well-formed data that its messages module can word.
      const words = describeConfigProblems(problems);
      if (!problems.every((p, i) => typeof p.key === 'string' && words[i].includes(p.key)))
        fail('mismatches', `config ${show(c)}: malformed problem`);
    } catch (e) {
      fail('throws', `resolveConfig ${show(c)}: ${e}`);
    }
  }
  return report;
}

/** The one summary line. */
export const summary = (r: FuzzReport, ms: number): string =>
  `fuzz: ${r.strings + r.mutated + r.configs} inputs (${r.strings} random strings, ${r.mutated} mutated cookies incl. ${Math.ceil(r.mutated / 4)} round-tripped records, ${r.configs} configs) in ${(ms / 1000).toFixed(1)} s: ${r.throws} throws, ${r.mismatches} round-trip mismatches, ${r.roundTrips} records round-tripped (seed ${r.seed})`;
