import { cookieString, domainVariants, parseCookieString } from '../core/cookie-string.js';

/** Cookie names visible to script that match one of `patterns` (`*` matches any run of characters). */
export function matchingCookieNames(patterns: readonly string[], cookies: string): string[] {
  if (patterns.length === 0) return [];
  const regexes = patterns.map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .split('*')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
  const names = new Set<string>();
  for (const [name] of parseCookieString(cookies))
    if (regexes.some((re) => re.test(name))) names.add(name);
  return [...names];
}

/**
 * The `Path` values a cookie visible on `pathname` may have been set with: `/` and every prefix of
 * the path, with and without its trailing slash (`/shop`, `/shop/`, `/shop/cart`). A cookie's path
 * can't be read back, and expiring it needs the same path, so each one is tried.
 */
export function pathVariants(pathname: string): string[] {
  const variants = ['/'];
  const segments = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= segments.length; i++) {
    const prefix = `/${segments.slice(0, i).join('/')}`;
    variants.push(prefix, `${prefix}/`);
  }
  return variants;
}

/**
 * Expires every cookie matching `patterns` on every path and domain variant of `doc`'s page.
 * @returns the names that were present before and are gone now (HttpOnly cookies are invisible here).
 */
export function removeCookies(patterns: readonly string[], doc: Document = document): string[] {
  try {
    const before = matchingCookieNames(patterns, doc.cookie);
    if (before.length === 0) return [];
    const domains = domainVariants(doc.location?.hostname ?? '');
    const paths = pathVariants(doc.location?.pathname ?? '/');
    for (const name of before) {
      for (const domain of domains) {
        for (const path of paths) {
          doc.cookie = cookieString(name, '', { path, maxAge: 0, domain });
        }
      }
    }
    const after = new Set(matchingCookieNames(patterns, doc.cookie));
    return before.filter((name) => !after.has(name));
  } catch {
    // Cookies can throw (sandboxed frames): nothing to remove then.
    return [];
  }
}
