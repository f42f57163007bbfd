/**
 * The words of config problems: each problem the validation (`config.ts`) or the elements' checks
 * (`config-warnings.ts`) found becomes one message that teaches — the value quoted back, the form
 * expected, a "did you mean" for a typo. A page loads this module (a dynamic `import()`, a chunk of
 * its own in the CDN folder) only when it has a problem to show, so a correct configuration costs
 * none of these bytes.
 */
import type { ConfigRule, StringForm } from './config.js';
import type { ConfigProblem } from './config-problems.js';

/** How each named form of string reads in a message. */
const STRING_FORMS: Readonly<Record<StringForm, string>> = {
  'cookie-name': "a cookie name (letters, digits and !#$%&'*+.^`|~-_)",
  'cookie-path': 'a path starting with / (no ; , or spaces)',
  slug: 'a slug (lower-case letters, digits, - and _, e.g. youtube)',
  'host-name': 'a host name (www.youtube-nocookie.com, or *.example.com)',
  date: 'a date (YYYY-MM-DD)',
  email: 'an email address',
};

/** `value` as a message quotes it back: strings in quotes (shortened), others by kind. */
function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 40) + '…' : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** How the form `rule` expects reads in a message. */
function expectedForm(rule: ConfigRule): string {
  switch (rule.type) {
    case 'string':
      if (rule.format !== undefined) return STRING_FORMS[rule.format];
      if (rule.expected !== undefined) return STRING_FORMS[rule.expected];
      return rule.minLength ? 'a non-empty string' : 'a string';
    case 'boolean':
      return 'true or false';
    case 'number':
      return `a number from ${rule.minimum} to ${rule.maximum}`;
    case 'enum':
      return 'one of ' + rule.values.map((value) => `'${value}'`).join(', ');
    case 'object':
      return 'an object';
    case 'list':
      return 'a list';
  }
}

/** Edit distance between two short strings (for "did you mean"). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, substitution);
    }
    row = next;
  }
  return row[b.length];
}

/** The known key closest to `key`, when it is close enough to be a typo. */
function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  const typed = key.toLowerCase();
  for (const candidate of known) {
    const name = candidate.toLowerCase();
    // A shortened name (`maxAge` for `maxAgeDays`) counts as close.
    const distance = typed.length >= 3 && name.startsWith(typed) ? 1 : editDistance(typed, name);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The message of one problem. */
export function describeConfigProblem(problem: ConfigProblem): string {
  const { key } = problem;
  switch (problem.rule) {
    case 'known-option': {
      const suggestion = closestKey(problem.value, problem.known);
      // The suggestion sits where the typo does: `cookie.maxAge` → `cookie.maxAgeDays`.
      const parent = key.slice(0, key.length - problem.value.length);
      return (
        `\`${key}\` is not a known option` +
        (suggestion ? `; did you mean \`${parent}${suggestion}\`?` : '')
      );
    }
    case 'form':
      return `${key}: ${quote(problem.value)} is not ${expectedForm(problem.expected)}`;
    case 'required':
      return `${key} is required`;
    case 'unique-id':
      return `${key}: '${problem.value}' is a duplicate`;
    case 'some-valid-category':
      return `${key}: none is valid; the default categories are kept`;
    case 'domain-covers-host':
      return `${key}: ${quote(problem.value)} is not the page's host (${problem.host}) or a parent domain of it`;
    case 'json-object':
      return `data-consent-config ignored: ${problem.value}`;
    case 'category-label':
      return `${key.replace(/\.label$/, '')} ('${problem.value}') has no label: visitors will read its id`;
    case 'locale-copy':
      return (
        `${key}: '${problem.value}' has no copy on this page (${problem.known.join(', ')}): ` +
        `English is shown until its language is registered (import 'consent-elements/locales/<lang>', or registerLocale)`
      );
    case 'copy-key': {
      const suggestion = closestKey(problem.value, problem.known);
      return (
        `copy: '${problem.value}' is not a copy key` +
        (suggestion ? `; did you mean '${suggestion}'?` : '')
      );
    }
  }
}

/** The messages of `problems`, in their order. */
export const describeConfigProblems = (problems: readonly ConfigProblem[]): string[] =>
  problems.map(describeConfigProblem);
