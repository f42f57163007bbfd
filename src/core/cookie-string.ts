/**
 * Cookie strings: reading a `document.cookie` or `Cookie` header, writing one `Set-Cookie` /
 * `document.cookie` assignment, and the `Domain` values a cookie may have been written with. The
 * one place for cookie syntax, shared by the store, the server helper and the integrations. Pure.
 */

/**
 * Every `name=value` pair of a `document.cookie` or `Cookie` header string, in order. A pair
 * without `=` (a cookie set with an empty name shows as its bare value) has the value `undefined`.
 */
export function parseCookieString(header: string): [name: string, value: string | undefined][] {
  const pairs: [string, string | undefined][] = [];
  for (const pair of String(header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    const name = (separator === -1 ? pair : pair.slice(0, separator)).trim();
    if (name) pairs.push([name, separator === -1 ? undefined : pair.slice(separator + 1).trim()]);
  }
  return pairs;
}

/**
 * Every value of cookie `name` in a cookie string, in order. Browsers send several when cookies of
 * one name exist for different domains or paths.
 */
export function readCookieValues(header: string, name: string): string[] {
  return parseCookieString(header).flatMap(([key, value]) =>
    key === name && value !== undefined ? [value] : [],
  );
}

/** The attributes of one cookie write. */
export interface CookieAttributes {
  path: string;
  /** Seconds; `0` expires the cookie. */
  maxAge: number;
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Omitted: a host-only cookie. */
  domain?: string;
  /** `SameSite=None` always adds `Secure` (browsers refuse it otherwise). */
  secure?: boolean;
}

/** `name=value; Path=…; Max-Age=…` with the other attributes: a `Set-Cookie` value or `document.cookie` assignment. */
export function cookieString(name: string, value: string, attributes: CookieAttributes): string {
  const { path, maxAge, sameSite, domain, secure } = attributes;
  let text = `${name}=${value}; Path=${path}; Max-Age=${maxAge}`;
  if (sameSite) text += `; SameSite=${sameSite}`;
  if (domain) text += `; Domain=${domain}`;
  if (secure || sameSite === 'None') text += '; Secure';
  return text;
}

/**
 * The `Domain` values a cookie visible on `hostname` may have been set with: `undefined` (host-only),
 * then the host itself and each parent domain (`.a.example.com`, `.example.com`). Expiring a cookie
 * needs its own `Domain`, which can't be read back, so each one is tried.
 */
export function domainVariants(hostname: string): (string | undefined)[] {
  const variants: (string | undefined)[] = [undefined];
  if (!hostname) return variants;
  const labels = hostname.split('.');
  // An IP address or a single-label host (localhost) has no parent domain: only itself.
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':'))
    return [undefined, hostname];
  for (let i = 0; i < labels.length - 1; i++) variants.push(`.${labels.slice(i).join('.')}`);
  return variants;
}
