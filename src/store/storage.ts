/**
 * The consent cookie in `document.cookie`. Every access is guarded: these functions never throw.
 * Only called lazily by the store, never at import.
 */
import { readCookieValues } from './codec.js';
import type { CookieConfig } from './types.js';

/** Every value of cookie `name`, or `null` when cookies cannot be read (sandboxed frame). */
export function readCookies(name: string): string[] | null {
  try {
    return readCookieValues(document.cookie, name);
  } catch {
    return null;
  }
}

const set = (c: CookieConfig, value: string, maxAge: number, domain?: string): void => {
  const secure = c.sameSite == 'None' || (c.secure ?? location.protocol == 'https:');
  document.cookie = `${c.name}=${value}; Path=${c.path}; Max-Age=${maxAge}; SameSite=${c.sameSite}${
    domain ? '; Domain=' + domain : ''
  }${secure ? '; Secure' : ''}`;
};

/** Writes the cookie (attributes from `c`), then reads it back: `false` when it did not stick. */
export function writeCookie(c: CookieConfig, value: string): boolean {
  try {
    set(c, value, Math.round(c.maxAgeDays * 86400), c.domain);
    return !!readCookies(c.name)?.includes(value);
  } catch {
    return false;
  }
}

/**
 * Expires cookie `c.name` host-only and for the host and each parent domain, so every copy goes,
 * whichever `Domain` it was written with.
 */
export function removeCookie(c: CookieConfig): void {
  try {
    const labels = location.hostname.split('.');
    for (const d of ['', ...labels.map((_, i) => labels.slice(i).join('.'))]) set(c, '', 0, d);
  } catch {
    // Nothing to remove where cookies are unavailable.
  }
}
