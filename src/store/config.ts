/**
 * Resolves what a site passes (JSON or `configureConsent`) into a complete configuration. Invalid
 * values are dropped key by key, each with a problem naming its key; the defaults and the valid
 * rest are kept. Pure: the current host is passed in.
 */
import type { CategoryConfig, ResolvedConsentConfig } from './types.js';

/** One rejected config value: its key (`cookie.maxAgeDays`, `categories[2].id`) and why. */
export interface ConfigProblem {
  key: string;
  message: string;
}

interface Ctx {
  out: ConfigProblem[];
  host?: string;
}
type Check = (value: unknown, key: string, ctx: Ctx) => unknown;
type Obj = Record<string, unknown>;

/** The categories used when a site configures none. */
export const DEFAULT_CATEGORIES: readonly CategoryConfig[] = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description: 'Needed for the site to work, such as remembering this choice. Always on.',
    required: true,
  },
  {
    id: 'preferences',
    label: 'Preferences',
    description: 'Remember your settings, such as language or region.',
  },
  {
    id: 'analytics',
    label: 'Analytics',
    description: 'Count visits and see how the site is used, so we can improve it.',
  },
  {
    id: 'marketing',
    label: 'Marketing',
    description: 'Show you relevant ads and measure how they perform.',
  },
];

const fail = (message: string): never => {
  throw message;
};
const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const type =
  (t: string): Check =>
  (v) =>
    typeof v == t ? v : fail('must be a ' + t);
const str = type('string');
const bool = type('boolean');
const test =
  (re: RegExp, what: string): Check =>
  (v, k, c) =>
    re.test(str(v, k, c) as string) ? v : fail('must be ' + what);
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    values.includes(v as string) ? v : fail('must be one of ' + values.join(', '));
const days =
  (min: number, max: number): Check =>
  (v) =>
    typeof v == 'number' && v >= min && v <= max
      ? v
      : fail(`must be a number of days from ${min || 'above 0'} to ${max}`);
const date = test(/^\d{4}-\d\d-\d\d$/, 'a date written YYYY-MM-DD');
const realDate: Check = (v, k, c) => {
  const t = new Date(date(v, k, c) + 'T00:00Z');
  return !isNaN(+t) && t.toISOString().startsWith(v as string)
    ? v
    : fail('must be a real calendar date');
};

/** Validates an object: `spec` per key, or one check for every key. Unknown keys are problems. */
const obj =
  (spec: Record<string, Check> | Check): Check =>
  (v, key, ctx) => {
    if (!isObj(v)) fail('must be an object');
    const entries: [string, unknown][] = [];
    for (const [k, value] of Object.entries(v as Obj)) {
      const sub = key ? key + '.' + k : k;
      try {
        const check = typeof spec == 'function' ? spec : Object.hasOwn(spec, k) && spec[k];
        if (!check) fail('is not a known option');
        if (value !== undefined) entries.push([k, (check as Check)(value, sub, ctx)]);
      } catch (m) {
        report(ctx, sub, m);
      }
    }
    return Object.fromEntries(entries);
  };

const report = (ctx: Ctx, key: string, m: unknown) =>
  ctx.out.push({ key, message: `${key} ${m}; ignored, using the default` });

const category = obj({
  id: str,
  label: str,
  description: str,
  required: bool,
  cookies: (v) =>
    Array.isArray(v) && v.every((s) => typeof s == 'string')
      ? v
      : fail('must be a list of strings'),
});

const categories: Check = (v, key, ctx) => {
  if (!Array.isArray(v)) fail('must be an array');
  const list: CategoryConfig[] = [];
  (v as unknown[]).forEach((item, i) => {
    const sub = `${key}[${i}]`;
    try {
      const c = category(item, sub, ctx) as Partial<CategoryConfig>;
      if (!c.id) return report(ctx, sub + '.id', 'is required (a non-empty string)');
      if (list.some((x) => x.id == c.id))
        return report(ctx, sub + '.id', `"${c.id}" is a duplicate`);
      list.push({ label: c.id, ...c } as CategoryConfig);
    } catch (m) {
      report(ctx, sub, m);
    }
  });
  return list.length ? list : fail('has no valid category');
};

const config = obj({
  cookie: obj({
    name: test(/^[\w!#$%&'*+.^`|~-]+$/, 'a cookie name (letters, digits, no ;,= or spaces)'),
    domain: (v, k, ctx) => {
      const d = (str(v, k, ctx) as string).replace(/^\./, '').toLowerCase();
      const h = ctx.host;
      return /^[a-z\d.-]+$/.test(d) && (!h || h == d || h.endsWith('.' + d))
        ? d
        : fail(`must be the current host or a parent of it (${h})`);
    },
    path: test(/^\/[^;,\s]*$/, 'a path starting with /'),
    sameSite: oneOf('Lax', 'Strict', 'None'),
    secure: bool,
    maxAgeDays: days(0, 395),
  }),
  regime: oneOf('opt-in', 'opt-out'),
  categories,
  policy: obj({
    version: test(/./, 'a non-empty string'),
    url: str,
    lastUpdated: realDate,
    effectiveDate: realDate,
    noticeDays: days(0, 365),
    material: bool,
  }),
  support: obj({
    email: test(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address'),
    url: str,
    name: str,
  }),
  respectGpc: bool,
  locale: str,
  copy: obj(str),
});

/**
 * The complete configuration for `input`, with every problem found. Never throws.
 * @param host the page's host name, to check `cookie.domain` against (omit on a server).
 */
export function resolveConfig(
  input: unknown,
  host?: string,
): { config: ResolvedConsentConfig; problems: ConfigProblem[] } {
  const ctx: Ctx = { out: [], host };
  let v: Obj = {};
  try {
    if (input != null) v = config(input, '', ctx) as Obj;
  } catch (m) {
    report(ctx, 'config', m);
  }
  return {
    problems: ctx.out,
    config: <ResolvedConsentConfig>{
      regime: 'opt-in',
      respectGpc: true,
      categories: DEFAULT_CATEGORIES as CategoryConfig[],
      ...v,
      cookie: {
        name: 'consent',
        path: '/',
        sameSite: 'Lax',
        maxAgeDays: 182,
        ...(v.cookie as Obj),
      },
      policy: { noticeDays: 30, ...(v.policy as Obj) },
      support: { ...(v.support as Obj) },
      copy: { ...(v.copy as Obj) },
    },
  };
}
