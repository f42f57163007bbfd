/**
 * Sorts what the audit sees into consent categories: the site's own declarations first (the
 * `categories` option of `<consent-audit>`, then the consent config's `cookies` patterns), then the
 * built-in table of well-known trackers. Pure: no DOM, so the Node test kit shares it.
 */
import { TRACKER_COOKIES, TRACKER_HOSTS } from './trackers.js';

/** What an item is: a cookie, a storage key, or a request to another host. */
export type AuditKind = 'cookie' | 'storage' | 'request';

/** Where a classification came from. */
export type ClassificationSource = 'audit-option' | 'consent-config' | 'built-in';

export interface Classification {
  category: string;
  source: ClassificationSource;
  /** The tracker's vendor, for built-in entries. */
  vendor?: string;
}

/**
 * A site's own declarations per category id: cookie (and storage key) name patterns with `*`
 * wildcards, and hosts (each also matching its subdomains).
 */
export type AuditCategories = Record<string, { cookies?: string[]; hosts?: string[] }>;

/**
 * The valid part of a `categories` option, from anything a page may pass (an attribute's JSON, a
 * property): per category, the strings of its `cookies` and `hosts` lists. Never throws; each
 * dropped part is named in `problems`.
 */
export function readAuditCategories(value: unknown): {
  categories: AuditCategories;
  problems: string[];
} {
  const problems: string[] = [];
  const categories: AuditCategories = {};
  if (value === undefined || value === null) return { categories, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('categories must be a JSON object of category ids; it is ignored');
    return { categories, problems };
  }
  for (const [id, entry] of Object.entries(value)) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(
        `categories.${id} must be an object with "cookies" and "hosts" lists; it is ignored`,
      );
      continue;
    }
    const lists: { cookies?: string[]; hosts?: string[] } = {};
    for (const key of ['cookies', 'hosts'] as const) {
      const list: unknown = (entry as Record<string, unknown>)[key];
      if (list === undefined) continue;
      const strings = Array.isArray(list)
        ? list.filter((x): x is string => typeof x === 'string')
        : [];
      if (!Array.isArray(list) || strings.length !== list.length) {
        problems.push(`categories.${id}.${key} must be a list of strings; what is not is ignored`);
      }
      lists[key] = strings;
    }
    categories[id] = lists;
  }
  return { categories, problems };
}

/** A category of the consent config, as far as the audit reads it. */
export interface ConfiguredCategory {
  id: string;
  required?: boolean;
  cookies?: string[];
}

/** Matches a name against a pattern where `*` stands for any run of characters. */
export function wildcard(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** `hostname` is `host` or one of its subdomains. */
export function isOnHost(hostname: string, host: string): boolean {
  const wanted = host.toLowerCase().replace(/^\./, '');
  const actual = hostname.toLowerCase();
  return actual === wanted || actual.endsWith(`.${wanted}`);
}

/** `url` is an http(s) request to a host other than `pageHost`. */
export function isOtherHost(url: string, pageHost: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== pageHost;
  } catch {
    return false;
  }
}

interface NameRule extends Classification {
  matches: RegExp;
}

interface HostRule extends Classification {
  host: string;
}

export class Classifier {
  readonly #names: NameRule[] = [];
  readonly #hosts: HostRule[] = [];

  /**
   * @param configured the consent config's categories (their `cookies` patterns)
   * @param declared the audit's own `categories` option, which wins over both other sources
   */
  constructor(configured: readonly ConfiguredCategory[] = [], declared: AuditCategories = {}) {
    for (const [category, { cookies = [], hosts = [] }] of Object.entries(declared)) {
      for (const pattern of cookies) {
        this.#names.push({ matches: wildcard(pattern), category, source: 'audit-option' });
      }
      for (const host of hosts) this.#hosts.push({ host, category, source: 'audit-option' });
    }
    for (const { id, cookies = [] } of configured) {
      for (const pattern of cookies) {
        this.#names.push({ matches: wildcard(pattern), category: id, source: 'consent-config' });
      }
    }
    for (const { pattern, vendor, category } of TRACKER_COOKIES) {
      this.#names.push({ matches: wildcard(pattern), category, vendor, source: 'built-in' });
    }
    for (const { host, vendor, category } of TRACKER_HOSTS) {
      this.#hosts.push({ host, category, vendor, source: 'built-in' });
    }
  }

  /** The category of a cookie name, storage key or request URL; null when nothing claims it. */
  classify(kind: AuditKind, name: string): Classification | null {
    if (kind === 'request') {
      const hostname = hostnameOf(name);
      const rule =
        hostname === null ? undefined : this.#hosts.find((r) => isOnHost(hostname, r.host));
      return rule ? withoutRule(rule) : null;
    }
    const rule = this.#names.find((r) => r.matches.test(name));
    return rule ? withoutRule(rule) : null;
  }
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function withoutRule({ category, source, vendor }: Classification): Classification {
  return vendor === undefined ? { category, source } : { category, source, vendor };
}
