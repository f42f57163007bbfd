/**
 * The configuration: one schema with its defaults, and the validation that resolves what a site
 * passes (JSON or `configureConsent`) into a complete configuration. The same schema and defaults
 * give the editor JSON Schema (`stories/docs/config.schema.json`) and the docs table of keys; a test
 * fails when they disagree.
 *
 * Invalid values are dropped key by key, each recorded as a problem (its key, the rule it breaks,
 * the value); the defaults and the valid rest are kept. The words that explain a problem are not
 * here: `describeConfigProblems` (`config-messages.ts`) writes them, loaded only when a problem
 * exists. Pure: the host is passed in.
 */
import type { ConfigProblem } from './config-problems.js';
import { isIsoDate } from './dates.js';
import type { CategoryConfig, ResolvedConsentConfig } from './types.js';

export type { ConfigProblem } from './config-problems.js';

/**
 * A form of string a message names when a value does not have it (`config-messages.ts` holds the
 * words: "a date (YYYY-MM-DD)").
 */
export type StringForm = 'cookie-name' | 'cookie-path' | 'slug' | 'host-name' | 'date' | 'email';

/** What one config value must be. */
export type ConfigRule =
  | {
      type: 'string';
      /** A value must match this (the same text is the JSON Schema `pattern`). */
      pattern?: RegExp;
      minLength?: number;
      /**
       * `date`: a real calendar date written YYYY-MM-DD (`dates.ts` holds the form, which the JSON
       * Schema gives as the `pattern`; a message names it).
       */
      format?: 'date';
      /** The form a message names when a value does not match (else "a string"). */
      expected?: Exclude<StringForm, 'date'>;
    }
  | { type: 'boolean' }
  | { type: 'number'; minimum: number; maximum: number }
  | { type: 'enum'; values: readonly string[] }
  | ObjectRule
  | { type: 'list'; items: ConfigRule; minItems?: number };

/** What a config object must be. */
export interface ObjectRule {
  type: 'object';
  properties: Readonly<Record<string, ConfigRule>>;
  /** The rule for keys not listed in `properties` (none: such keys are unknown). */
  otherKeys?: ConfigRule;
  /** Keys an object must have (else the whole object is dropped). */
  required?: readonly string[];
}

type PlainObject = Record<string, unknown>;

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
/** A service id: a slug, so `<category>.<service>` splits at its last dot. */
const slug = {
  type: 'string',
  pattern: /^[a-z0-9][a-z0-9_-]*$/,
  expected: 'slug',
} as const;
const date = { type: 'string', format: 'date' } as const;

/** The schema of `ConsentConfig`. */
export const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    cookie: {
      type: 'object',
      properties: {
        name: { type: 'string', pattern: /^[A-Za-z0-9_!#$%&'*+.^`|~-]+$/, expected: 'cookie-name' },
        domain: text,
        path: { type: 'string', pattern: /^\/[^;,\s]*$/, expected: 'cookie-path' },
        sameSite: { type: 'enum', values: ['Lax', 'Strict', 'None'] },
        secure: flag,
        maxAgeDays: { type: 'number', minimum: 1, maximum: 395 },
      },
    },
    regime: { type: 'enum', values: ['opt-in', 'opt-out'] },
    categories: {
      type: 'list',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1 },
          label: text,
          description: text,
          required: flag,
          cookies: { type: 'list', items: text },
          services: {
            type: 'list',
            items: {
              type: 'object',
              required: ['id'],
              properties: {
                id: slug,
                label: text,
                description: text,
                cookies: { type: 'list', items: text },
                hosts: {
                  type: 'list',
                  items: {
                    type: 'string',
                    pattern: /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/,
                    expected: 'host-name',
                  },
                },
              },
            },
          },
        },
      },
    },
    policy: {
      type: 'object',
      properties: {
        version: { type: 'string', minLength: 1 },
        url: text,
        lastUpdated: date,
        effectiveDate: date,
        noticeDays: { type: 'number', minimum: 0, maximum: 365 },
        material: flag,
      },
    },
    support: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
          expected: 'email',
        },
        url: text,
        name: text,
      },
    },
    respectGpc: flag,
    locale: text,
    copy: { type: 'object', properties: {}, otherKeys: text },
  },
} as const satisfies ConfigRule;

/**
 * What a configuration holds where the site gives nothing (each value fits its rule in
 * `CONFIG_SCHEMA`; the JSON Schema and the docs table show these defaults). Written out once, so
 * resolving a configuration copies it instead of walking the schema for defaults.
 */
export const CONFIG_DEFAULTS = {
  cookie: { name: 'consent', path: '/', sameSite: 'Lax', maxAgeDays: 182 },
  regime: 'opt-in',
  policy: { noticeDays: 30, material: false },
  respectGpc: true,
} as const;

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

/** A plain object (not null, not an array). */
export const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a scalar `value` has the form `rule` asks for. */
function fits(rule: ConfigRule, value: unknown): boolean {
  switch (rule.type) {
    case 'string':
      return (
        typeof value === 'string' &&
        value.length >= (rule.minLength ?? 0) &&
        (rule.pattern === undefined || rule.pattern.test(value)) &&
        (rule.format !== 'date' || isIsoDate(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && value >= rule.minimum && value <= rule.maximum;
    case 'enum':
      return rule.values.includes(value as string);
    default:
      return false;
  }
}

/**
 * The valid part of `value` under `rule` (`undefined` when nothing of it is valid); each thing that
 * does not fit is added to `problems`, named by `key`.
 */
function validPart(
  rule: ConfigRule,
  value: unknown,
  key: string,
  problems: ConfigProblem[],
): unknown {
  if (rule.type === 'object') return validObject(rule, value, key, problems);
  if (rule.type === 'list' && Array.isArray(value)) {
    const items = value.map((item, i) => validPart(rule.items, item, `${key}[${i}]`, problems));
    // Objects keep their place (a later message names their index); invalid values are dropped.
    return rule.items.type === 'object' ? items : items.filter((item) => item !== undefined);
  }
  if (fits(rule, value)) return value;
  problems.push({ key, rule: 'form', value, expected: rule });
  return undefined;
}

/** The valid keys of object `value` under `rule`; see `validPart`. */
function validObject(
  rule: ObjectRule,
  value: unknown,
  key: string,
  problems: ConfigProblem[],
): PlainObject | undefined {
  if (!isPlainObject(value)) {
    problems.push({ key: key || 'config', rule: 'form', value, expected: rule });
    return undefined;
  }
  const { properties } = rule;
  const kept: [string, unknown][] = [];
  for (const name of Object.keys(value)) {
    const path = key ? `${key}.${name}` : name;
    const itemRule = Object.hasOwn(properties, name) ? properties[name] : rule.otherKeys;
    if (itemRule === undefined) {
      problems.push({
        key: path,
        rule: 'known-option',
        value: name,
        known: Object.keys(properties),
      });
      continue;
    }
    const item = value[name];
    const valid = item === undefined ? undefined : validPart(itemRule, item, path, problems);
    if (valid !== undefined) kept.push([name, valid]);
  }
  // `fromEntries`, not assignment: a key named `__proto__` (in `copy`) stays a plain key.
  const valid = Object.fromEntries(kept);
  for (const name of rule.required ?? []) {
    if (Object.hasOwn(valid, name)) continue;
    // A required key that is there but invalid has its problem already.
    if (!Object.hasOwn(value, name)) problems.push({ key: `${key}.${name}`, rule: 'required' });
    return undefined;
  }
  return valid;
}

/** Whether `domain` (a `cookie.domain` value) is `host` or a parent domain of it. */
const domainCoversHost = (domain: string, host: string): boolean =>
  ('.' + host).endsWith('.' + domain.toLowerCase().replace(/^\./, ''));

/**
 * The complete configuration for `input`, with every problem found, as data (`describeConfigProblems`
 * in `config-messages.ts` words them). Never throws. Synchronous: a bad value is dropped at once.
 * @param host the page's host name, to check `cookie.domain` against (omit on a server); or a
 * function giving it, called only when a `cookie.domain` is set (reading a page's `location` is work
 * that most pages, without one, need not do while they start).
 */
export function resolveConfig(
  input: unknown,
  host?: string | (() => string),
): { config: ResolvedConsentConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const valid =
    input === undefined || input === null
      ? {}
      : (validObject(CONFIG_SCHEMA, input, '', problems) ?? {});
  const cookie: PlainObject = {
    ...CONFIG_DEFAULTS.cookie,
    ...(valid.cookie as PlainObject | undefined),
  };
  if (typeof cookie.domain === 'string') {
    const pageHost = typeof host === 'function' ? host() : host;
    if (pageHost && !domainCoversHost(cookie.domain, pageHost)) {
      problems.push({
        key: 'cookie.domain',
        rule: 'domain-covers-host',
        value: cookie.domain,
        host: pageHost,
      });
      delete cookie.domain;
    }
  }
  const categories = uniqueCategories(valid.categories, problems);
  const resolved: PlainObject = {
    ...CONFIG_DEFAULTS,
    ...valid,
    // The shared default itself: elements recognise it (and translate its labels).
    categories: categories.length > 0 ? categories : DEFAULT_CATEGORIES,
    cookie,
    policy: { ...CONFIG_DEFAULTS.policy, ...(valid.policy as PlainObject | undefined) },
    support: { ...(valid.support as PlainObject | undefined) },
    copy: { ...(valid.copy as PlainObject | undefined) },
  };
  // Every value was checked against CONFIG_SCHEMA, which describes ResolvedConsentConfig.
  return { problems, config: resolved as unknown as ResolvedConsentConfig };
}

/** The valid categories, each id once (a label defaults to the id); reports the rest. */
function uniqueCategories(value: unknown, problems: ConfigProblem[]): CategoryConfig[] {
  if (!Array.isArray(value)) return [];
  const categories = uniqueById(value as (CategoryConfig | undefined)[], 'categories', problems);
  if (categories.length === 0) problems.push({ key: 'categories', rule: 'some-valid-category' });
  return categories.map((category, i) =>
    category.services
      ? {
          ...category,
          services: uniqueById(category.services, `categories[${i}].services`, problems),
        }
      : category,
  );
}

/**
 * The valid items of a list of categories or services (`key`), each id once, a label defaulting to
 * the id; reports each duplicate.
 */
function uniqueById<Item extends { id: string; label: string }>(
  items: (Item | undefined)[],
  key: string,
  problems: ConfigProblem[],
): Item[] {
  const seen = new Set<string>();
  const kept: Item[] = [];
  items.forEach((item, i) => {
    if (item === undefined) return;
    if (seen.has(item.id)) {
      problems.push({ key: `${key}[${i}].id`, rule: 'unique-id', value: item.id });
      return;
    }
    seen.add(item.id);
    kept.push({ ...item, label: item.label ?? item.id });
  });
  return kept;
}
