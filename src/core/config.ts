/**
 * The configuration: one schema, and the validation that resolves what a site passes (JSON or
 * `configureConsent`) into a complete configuration. The same schema gives the editor JSON Schema
 * (`stories/docs/config.schema.json`) and the docs table of keys; a test fails when they disagree.
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
      /** `date`: a real calendar date written YYYY-MM-DD. */
      format?: 'date';
      /** The form a message names when a value does not match (else "a string"). */
      expected?: StringForm;
      default?: string;
    }
  | { type: 'boolean'; default?: boolean }
  | { type: 'number'; minimum: number; maximum: number; default?: number }
  | { type: 'enum'; values: readonly string[]; default?: string }
  | {
      type: 'object';
      properties: Readonly<Record<string, ConfigRule>>;
      /** The rule for keys not listed in `properties` (none: such keys are unknown). */
      otherKeys?: ConfigRule;
      /** Keys an object must have (else the whole object is dropped). */
      required?: readonly string[];
    }
  | { type: 'list'; items: ConfigRule; minItems?: number };

type PlainObject = Record<string, unknown>;

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
/** A service id: a slug, so `<category>.<service>` splits at its last dot. */
const slug = {
  type: 'string',
  pattern: /^[a-z0-9][a-z0-9_-]*$/,
  expected: 'slug',
} as const;
const date = {
  type: 'string',
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  format: 'date',
  expected: 'date',
} as const;

/** The schema of `ConsentConfig`. */
export const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    cookie: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
          pattern: /^[A-Za-z0-9_!#$%&'*+.^`|~-]+$/,
          expected: 'cookie-name',
          default: 'consent',
        },
        domain: text,
        path: {
          type: 'string',
          pattern: /^\/[^;,\s]*$/,
          expected: 'cookie-path',
          default: '/',
        },
        sameSite: { type: 'enum', values: ['Lax', 'Strict', 'None'], default: 'Lax' },
        secure: flag,
        maxAgeDays: { type: 'number', minimum: 1, maximum: 395, default: 182 },
      },
    },
    regime: { type: 'enum', values: ['opt-in', 'opt-out'], default: 'opt-in' },
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
        noticeDays: { type: 'number', minimum: 0, maximum: 365, default: 30 },
        material: { type: 'boolean', default: false },
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
    respectGpc: { type: 'boolean', default: true },
    locale: text,
    copy: { type: 'object', properties: {}, otherKeys: text },
  },
} as const satisfies ConfigRule;

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

/** Walks an input along the schema, keeping what fits and reporting the rest. */
class Validator {
  readonly #problems: ConfigProblem[] = [];

  /** Every problem reported so far. */
  get problems(): ConfigProblem[] {
    return this.#problems;
  }

  report(problem: ConfigProblem): undefined {
    this.#problems.push(problem);
    return undefined;
  }

  /** The valid part of `value` under `rule` (`undefined` when nothing of it is valid). */
  #check(rule: ConfigRule, value: unknown, key: string): unknown {
    if (rule.type === 'object') return this.checkObject(rule, value, key);
    if (rule.type === 'list') {
      if (!Array.isArray(value)) return this.#reject(rule, value, key);
      const items = value.map((item, i) => this.#check(rule.items, item, `${key}[${i}]`));
      // Objects keep their place (a later message names their index); invalid values are dropped.
      return rule.items.type === 'object' ? items : items.filter((item) => item !== undefined);
    }
    return fits(rule, value) ? value : this.#reject(rule, value, key);
  }

  #reject(rule: ConfigRule, value: unknown, key: string): undefined {
    return this.report({ key, rule: 'form', value, expected: rule });
  }

  checkObject(
    rule: Extract<ConfigRule, { type: 'object' }>,
    value: unknown,
    key: string,
  ): PlainObject | undefined {
    if (!isPlainObject(value)) return this.#reject(rule, value, key || 'config');
    const known = Object.keys(rule.properties);
    const kept: [string, unknown][] = [];
    for (const [name, item] of Object.entries(value)) {
      const path = key ? `${key}.${name}` : name;
      const itemRule = Object.hasOwn(rule.properties, name)
        ? rule.properties[name]
        : rule.otherKeys;
      if (itemRule === undefined) {
        this.report({ key: path, rule: 'known-option', value: name, known });
        continue;
      }
      if (item === undefined) continue;
      const valid = this.#check(itemRule, item, path);
      if (valid !== undefined) kept.push([name, valid]);
    }
    for (const name of rule.required ?? [])
      if (!kept.some(([keptName]) => keptName === name)) {
        const path = `${key}.${name}`;
        if (!Object.hasOwn(value, name)) this.report({ key: path, rule: 'required' });
        return undefined;
      }
    return Object.fromEntries(kept);
  }
}

/** The value each key defaults to, per object rule, from the schema. */
function defaultsOf(rule: Extract<ConfigRule, { type: 'object' }>): PlainObject {
  const defaults: PlainObject = {};
  for (const [name, item] of Object.entries(rule.properties))
    if ('default' in item && item.default !== undefined) defaults[name] = item.default;
  return defaults;
}

/** Whether `domain` (a `cookie.domain` value) is `host` or a parent domain of it. */
const domainCoversHost = (domain: string, host: string): boolean =>
  ('.' + host).endsWith('.' + domain.toLowerCase().replace(/^\./, ''));

/**
 * The complete configuration for `input`, with every problem found, as data (`describeConfigProblems`
 * in `config-messages.ts` words them). Never throws. Synchronous: a bad value is dropped at once.
 * @param host the page's host name, to check `cookie.domain` against (omit on a server).
 */
export function resolveConfig(
  input: unknown,
  host?: string,
): { config: ResolvedConsentConfig; problems: ConfigProblem[] } {
  const validator = new Validator();
  const valid =
    input === undefined || input === null
      ? {}
      : (validator.checkObject(CONFIG_SCHEMA, input, '') ?? {});
  const cookie = { ...(valid.cookie as PlainObject | undefined) };
  if (typeof cookie.domain === 'string' && host && !domainCoversHost(cookie.domain, host)) {
    validator.report({
      key: 'cookie.domain',
      rule: 'domain-covers-host',
      value: cookie.domain,
      host,
    });
    delete cookie.domain;
  }
  const categories = uniqueCategories(valid.categories, validator);
  const { properties } = CONFIG_SCHEMA;
  const resolved: PlainObject = {
    ...defaultsOf(CONFIG_SCHEMA),
    ...valid,
    // The shared default itself: elements recognise it (and translate its labels).
    categories: categories.length > 0 ? categories : DEFAULT_CATEGORIES,
    cookie: { ...defaultsOf(properties.cookie), ...cookie },
    policy: { ...defaultsOf(properties.policy), ...(valid.policy as PlainObject) },
    support: { ...(valid.support as PlainObject) },
    copy: { ...(valid.copy as PlainObject) },
  };
  // Every value was checked against CONFIG_SCHEMA, which describes ResolvedConsentConfig.
  return { problems: validator.problems, config: resolved as unknown as ResolvedConsentConfig };
}

/** The valid categories, each id once (a label defaults to the id); reports the rest. */
function uniqueCategories(value: unknown, validator: Validator): CategoryConfig[] {
  if (!Array.isArray(value)) return [];
  const categories = uniqueById(value as (CategoryConfig | undefined)[], 'categories', validator);
  if (categories.length === 0) validator.report({ key: 'categories', rule: 'some-valid-category' });
  return categories.map((category, i) =>
    category.services
      ? {
          ...category,
          services: uniqueById(category.services, `categories[${i}].services`, validator),
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
  validator: Validator,
): Item[] {
  const seen = new Set<string>();
  const kept: Item[] = [];
  items.forEach((item, i) => {
    if (item === undefined) return;
    if (seen.has(item.id)) {
      validator.report({ key: `${key}[${i}].id`, rule: 'unique-id', value: item.id });
      return;
    }
    seen.add(item.id);
    kept.push({ ...item, label: item.label ?? item.id });
  });
  return kept;
}
