// One schema for config: CONFIG_SCHEMA and CONFIG_DEFAULTS (src/core/config.ts) drive the
// validation and the resolved config; the editor JSON Schema (stories/docs/config.schema.json) and
// the docs table of keys (stories/docs/configuration.mdx) are written for people, with descriptions.
// These tests fail as soon as either says something the validation does not do (a key, a type, a
// pattern, a range, a default).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_DEFAULTS,
  CONFIG_SCHEMA,
  resolveConfig,
  type ConfigRule,
} from '../../src/core/config.js';
import { ISO_DATE } from '../../src/core/dates.js';

type Json = Record<string, unknown>;

/** The default of the key at `path` (`['cookie', 'name']`), from CONFIG_DEFAULTS. */
function defaultAt(path: readonly string[]): unknown {
  let value: unknown = CONFIG_DEFAULTS;
  for (const name of path)
    value = typeof value === 'object' && value !== null ? (value as Json)[name] : undefined;
  return value;
}

/**
 * The JSON Schema a rule (at `path`) stands for, its default included (no descriptions: those are
 * the docs' own).
 */
function toJsonSchema(rule: ConfigRule, path: readonly string[] = []): Json {
  switch (rule.type) {
    case 'object': {
      const schema: Json = {
        type: 'object',
        additionalProperties: rule.otherKeys ? toJsonSchema(rule.otherKeys, [...path, '*']) : false,
      };
      if (rule.required) schema.required = [...rule.required];
      const names = Object.keys(rule.properties);
      if (names.length > 0)
        schema.properties = Object.fromEntries(
          names.map((name) => [name, toJsonSchema(rule.properties[name], [...path, name])]),
        );
      return schema;
    }
    case 'list':
      return {
        type: 'array',
        items: toJsonSchema(rule.items, [...path, '[]']),
        ...(rule.minItems === undefined ? {} : { minItems: rule.minItems }),
      };
    case 'string': {
      const schema: Json = { type: 'string' };
      // RegExp sources escape `/`; JSON Schema patterns need not.
      if (rule.pattern) schema.pattern = rule.pattern.source.replaceAll('\\/', '/');
      if (rule.minLength !== undefined) schema.minLength = rule.minLength;
      // A date's form is the calendar-date parser's own, given to editors as a pattern.
      if (rule.format) Object.assign(schema, { format: rule.format, pattern: ISO_DATE.source });
      return { ...schema, ...withDefault(defaultAt(path)) };
    }
    case 'enum':
      return { enum: [...rule.values], ...withDefault(defaultAt(path)) };
    case 'number':
      return {
        type: 'number',
        minimum: rule.minimum,
        maximum: rule.maximum,
        ...withDefault(defaultAt(path)),
      };
    case 'boolean':
      return { type: 'boolean', ...withDefault(defaultAt(path)) };
  }
}
const withDefault = (value: unknown): Json => (value === undefined ? {} : { default: value });

/** `schema` without what is written for people only. */
function structure(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(structure);
  if (typeof schema !== 'object' || schema === null) return schema;
  // A `description` annotation is a string; a property named `description` is an object.
  const kept = Object.entries(schema).filter(
    ([key, value]) =>
      !(['description', 'title', '$schema', '$id'].includes(key) && typeof value === 'string'),
  );
  return Object.fromEntries(kept.map(([key, value]) => [key, structure(value)]));
}

/** Every documented key: objects expanded, lists and free-form maps (`copy`) as one key. */
function leafKeys(rule: ConfigRule, prefix = ''): [key: string, rule: ConfigRule][] {
  if (rule.type !== 'object' || rule.otherKeys) return [[prefix, rule]];
  return Object.entries(rule.properties).flatMap(([name, item]) =>
    leafKeys(item, prefix ? `${prefix}.${name}` : name),
  );
}

/** The rows of the "Every key" table: key → default column. */
function docsTable(): Map<string, string> {
  const page = readFileSync('stories/docs/configuration.mdx', 'utf8');
  const section = page.slice(page.indexOf('## Every key'));
  const rows = section.split('\n').filter((line) => /^\| `[\w.]+`/.test(line));
  return new Map(
    rows.map((row) => {
      const [key, defaultColumn] = row
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return [key.replaceAll('`', ''), defaultColumn];
    }),
  );
}

describe('the config schema', () => {
  it('is what stories/docs/config.schema.json says, key by key (types, patterns, ranges, defaults)', () => {
    const committed = JSON.parse(readFileSync('stories/docs/config.schema.json', 'utf8'));
    expect(structure(committed)).toEqual(toJsonSchema(CONFIG_SCHEMA));
  });

  it('has one row per key in the docs table of stories/docs/configuration.mdx, with its default', () => {
    const table = docsTable();
    const leaves = leafKeys(CONFIG_SCHEMA);
    expect([...table.keys()].sort()).toEqual(leaves.map(([key]) => key).sort());
    for (const [key] of leaves) {
      const value = defaultAt(key.split('.'));
      if (value !== undefined) expect(table.get(key), key).toBe(`\`${String(value)}\``);
    }
  });
});

describe('the config defaults', () => {
  it('fit the schema: each default is a known key with a valid value', () => {
    expect(resolveConfig(CONFIG_DEFAULTS).problems).toEqual([]);
  });

  it('are what an empty config resolves to', () => {
    const { config } = resolveConfig({});
    expect(config).toMatchObject(CONFIG_DEFAULTS);
  });
});
