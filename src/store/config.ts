/**
 * Resolves what a site passes (JSON or `configureConsent`) into a complete configuration. Invalid
 * values are dropped key by key, each with a problem naming its key (`cookie.maxAgeDays`,
 * `categories[2].id`); the defaults and the valid rest are kept. Pure: the host is passed in.
 */
import type { CategoryConfig, ResolvedConsentConfig } from './types.js';

/** One rejected config value: its key and why. */
export interface ConfigProblem {
  key: string;
  message: string;
}

/**
 * A validation rule: a `typeof` name, a pattern (for strings), allowed values, an inclusive number
 * range `[min, max]`, a predicate, an object of rules per key (`*`: any key), or `[rule]`: a list.
 */
type Rule =
  | string
  | RegExp
  | readonly string[]
  | readonly [number, number]
  | readonly [Rule]
  | ((v: unknown, host?: string) => unknown)
  | { readonly [key: string]: Rule };

type Obj = Record<string, unknown>;

const S = 'string';
const B = 'boolean';

/** The categories used when a site configures none. */
export const DEFAULT_CATEGORIES: readonly CategoryConfig[] = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description: 'Needed for the site to work. Always on.',
    required: true,
  },
  {
    id: 'preferences',
    label: 'Preferences',
    description: 'Remember your settings.',
  },
  { id: 'analytics', label: 'Analytics', description: 'Count visits to improve the site.' },
  { id: 'marketing', label: 'Marketing', description: 'Show and measure relevant ads.' },
];

/** A real calendar date written YYYY-MM-DD. */
const date = (v: unknown): unknown => {
  // The pattern first: `v + …` throws for a symbol or an object without a prototype.
  if (typeof v != 'string' || !/^\d{4}-\d\d-\d\d$/.test(v)) return false;
  const t = new Date(v + 'T00:00Z');
  return !isNaN(+t) && t.toISOString().startsWith(v);
};

const RULES: Rule = {
  cookie: {
    name: /^[\w!#$%&'*+.^`|~-]+$/,
    /** The current host or a parent domain of it. */
    domain: (v, host) =>
      typeof v == S &&
      (!host || ('.' + host).endsWith('.' + (v as string).toLowerCase().replace(/^\./, ''))),
    path: /^\/[^;,\s]*$/,
    sameSite: ['Lax', 'Strict', 'None'],
    secure: B,
    maxAgeDays: [1, 395],
  },
  regime: ['opt-in', 'opt-out'],
  categories: [
    {
      id: S,
      label: S,
      description: S,
      required: B,
      cookies: (v) => Array.isArray(v) && v.every((s) => typeof s == S),
    },
  ],
  policy: {
    version: /./,
    url: S,
    lastUpdated: date,
    effectiveDate: date,
    noticeDays: [0, 365],
    material: B,
  },
  support: { email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, url: S, name: S },
  respectGpc: B,
  locale: S,
  copy: { '*': S },
};

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * The complete configuration for `input`, with every problem found. Never throws.
 * @param host the page's host name, to check `cookie.domain` against (omit on a server).
 */
export function resolveConfig(
  input: unknown,
  host?: string,
): { config: ResolvedConsentConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const report = (key: string, why: string): undefined =>
    void problems.push({ key, message: `${key} ${why}; the default is kept` });

  /** The valid part of `v` under `rule` (undefined when none), reporting what is dropped. */
  const check = (rule: Rule, v: unknown, key: string): unknown => {
    if (isObj(rule) && !(rule instanceof RegExp)) {
      if (!isObj(v)) return report(key || 'config', 'must be an object');
      const entries: [string, unknown][] = [];
      for (const [k, x] of Object.entries(v)) {
        const sub = key ? key + '.' + k : k;
        const r = (Object.hasOwn(rule, k) ? rule[k] : rule['*']) as Rule | undefined;
        const y = r ? x !== undefined && check(r, x, sub) : report(sub, 'is not a known option');
        if (y !== undefined && x !== undefined) entries.push([k, y]);
      }
      return Object.fromEntries(entries);
    }
    if (Array.isArray(rule) && typeof rule[0] == 'object') {
      return Array.isArray(v)
        ? v.map((x, i) => check(rule[0], x, `${key}[${i}]`))
        : report(key, 'must be a list');
    }
    const [a, b] = Array.isArray(rule) ? rule : [];
    const range = typeof a == 'number';
    return (
      typeof rule == 'function'
        ? rule(v, host)
        : typeof rule == 'string'
          ? typeof v == rule
          : rule instanceof RegExp
            ? typeof v == S && rule.test(v as string)
            : range
              ? typeof v == 'number' && v >= a && v <= (b as number)
              : (rule as unknown[]).includes(v)
    )
      ? v
      : report(
          key,
          'is invalid' +
            (Array.isArray(rule)
              ? ': expected ' + rule.join(range ? ' to ' : ' or ')
              : typeof rule == 'string'
                ? ': expected a ' + rule
                : ''),
        );
  };

  const v = (input == null ? {} : (check(RULES, input, '') ?? {})) as Obj;
  const ids = new Set<unknown>(['', undefined]);
  const categories = ((v.categories as (Partial<CategoryConfig> | undefined)[]) ?? []).filter(
    (c, i) =>
      c &&
      (ids.has(c.id)
        ? report(`categories[${i}].id`, c.id ? 'is a duplicate' : 'is required')
        : ids.add(c.id)),
  );
  if (v.categories && !categories.length) report('categories', 'has no valid category');
  return {
    problems,
    config: <ResolvedConsentConfig>{
      regime: 'opt-in',
      respectGpc: true,
      ...v,
      categories: categories.length
        ? categories.map((c) => ({ label: c!.id, ...c }))
        : DEFAULT_CATEGORIES,
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
