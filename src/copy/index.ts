/**
 * Copy resolution: plain data and pure functions, no Lit, no DOM.
 *
 * Per string: element `copy` (property or attribute) > config `copy` > the language's table > English.
 * English is built in. Every other language is a module that registers its table when imported
 * (`consent-elements/locales/<lang>`), modules of plain data that the CDN entry loads on demand and
 * registers (locale-loader.ts), or a site's own table given to `registerLocale`.
 */
import { en, type CopyOverrides } from './en.js';
import { primarySubtag, storedLocale } from './registry.js';

export { en };
export type { CopyKey, CopyOverrides, CopyTable } from './en.js';
export { registerLocale } from './register-locale.js';

/** Values for `{date}`, `{days}`, `{category}`, `{contact}`, … */
export type CopyVars = Record<string, string | number | undefined>;

/**
 * The first candidate language tag (config `locale`, nearest `lang`, …) whose primary subtag has a
 * table on the page (English, or a registered one), kept whole for `Intl` (e.g. `de-AT`); `en` when
 * none has.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  for (const tag of candidates) {
    if (tag && tableFor(tag)) return tag.replace('_', '-');
  }
  return 'en';
}

/** The table for a language tag's primary subtag (`de-AT`, `de_AT` → `de`), if the page has one. */
const tableFor = (tag: string): CopyOverrides | undefined =>
  storedLocale(tag) ?? (primarySubtag(tag) === 'en' ? en : undefined);

/** Replaces `{name}` placeholders; unknown placeholders stay as written. The result is plain text. */
export function interpolate(template: string, vars: CopyVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}

function plural(locale: string, n: number): string {
  try {
    return new Intl.PluralRules(locale).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}

/**
 * Looks a key up through the layers (first wins), trying the plural variant `key.<category>` of
 * each layer before its plain key when `vars.days` is a number, then interpolates. `undefined`
 * when no layer has the key.
 */
export function translate(
  key: string,
  locale: string,
  overrides: (CopyOverrides | undefined)[] = [],
  vars?: CopyVars,
): string | undefined {
  const layers: (CopyOverrides | undefined)[] = [...overrides, tableFor(locale), en];
  const days = vars?.days;
  const keys = typeof days === 'number' ? [`${key}.${plural(locale, days)}`, key] : [key];
  for (const layer of layers) {
    for (const k of keys) {
      const value = layer?.[k];
      if (typeof value === 'string') return interpolate(value, vars);
    }
  }
  return undefined;
}

/** Languages that capitalise nouns, so a category name keeps its capital inside a sentence. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

/**
 * A category label as it reads inside a sentence of `locale` ("Opt out of analytics cookies"):
 * capitalised words are lower-cased by the locale's rules, except in languages that capitalise
 * nouns (German). Acronyms and mixed-case names (`GA4`, `YouTube`) keep their case; a proper name
 * that must stay capitalised goes into the label copy itself.
 */
export function inSentence(label: string, locale: string): string {
  if (CAPITALISED_NOUNS.has(primarySubtag(locale))) return label;
  return label.replace(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/gu, (word) => {
    try {
      return word.toLocaleLowerCase(locale);
    } catch {
      // An invalid locale tag (from config or `lang`) throws a RangeError.
      return word.toLowerCase();
    }
  });
}

/** Splits a string around one placeholder (`{contact}`), for rendering a link inside text. */
export function splitAt(text: string, name: string): [string, string] | [string] {
  const i = text.indexOf(`{${name}}`);
  return i < 0 ? [text] : [text.slice(0, i), text.slice(i + name.length + 2)];
}

/**
 * A URL safe for `href`: `http:`, `https:` or `mailto:`, or a relative URL (which resolves to the
 * page's own http(s) origin). Anything else (`javascript:`, `data:`, …) gives `undefined`.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  // Browsers ignore ASCII whitespace and control characters inside a scheme: so do we.
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(squeezed);
  return !scheme || /^(https?|mailto)$/i.test(scheme[1]) ? url.trim() : undefined;
}

/** The support contact as a link: email wins (as `mailto:`), else the URL. `undefined` when neither is usable. */
export function supportLink(support: {
  email?: string;
  url?: string;
  name?: string;
}): { href: string; text: string } | undefined {
  const email = support.email?.trim();
  const href =
    email && /^[^\s@:/?#]+@[^\s@:/?#]+$/.test(email)
      ? `mailto:${email}`
      : support.url
        ? safeUrl(support.url)
        : undefined;
  if (!href) return undefined;
  return { href, text: support.name || (href.startsWith('mailto:') ? email! : support.url!) };
}
