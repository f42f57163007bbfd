/**
 * What is wrong with a configuration, as data: the key, the rule it breaks and the value. Finding a
 * problem is cheap and synchronous (the store drops a bad value at once); the text that explains it
 * (quoted values, the form expected, a "did you mean") is written by `describeConfigProblems`
 * (`config-messages.ts`), which a page loads only when it has a problem to show.
 */
import type { ConfigRule } from './config.js';

/** One thing wrong with a configuration. `key` names where it is (`cookie.maxAgeDays`). */
export type ConfigProblem = { key: string } & (
  | {
      /** A key the schema does not have; `known` are the keys its object does have. */
      rule: 'known-option';
      /** The key as typed (the last part of `key`). */
      value: string;
      known: readonly string[];
    }
  | {
      /** A value not of the form `expected` (a rule of `CONFIG_SCHEMA`) asks for. */
      rule: 'form';
      value: unknown;
      expected: ConfigRule;
    }
  | { rule: 'required' }
  | { rule: 'unique-id'; value: string }
  | { rule: 'some-valid-category' }
  | {
      /** `cookie.domain` is neither the page's host nor a parent domain of it. */
      rule: 'domain-covers-host';
      value: string;
      host: string;
    }
  | {
      /** A `data-consent-config` script that is not a JSON object; `value` says why. */
      rule: 'json-object';
      value: string;
    }
  // Checks of what visitors read, registered by the elements (`config-warnings.ts`):
  | {
      /** A category without a label: visitors read its id (`value`). */
      rule: 'category-label';
      value: string;
    }
  | {
      /** A locale (`value`) without copy on the page; `known` are the languages it has. */
      rule: 'locale-copy';
      value: string;
      known: readonly string[];
    }
  | {
      /** A copy key (`value`) no element reads; `known` are the copy keys. */
      rule: 'copy-key';
      value: string;
      known: readonly string[];
    }
);
