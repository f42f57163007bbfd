/** Cookie names visible to script that match one of `patterns` (`*` matches any run of characters). */
export function matchingCookieNames(patterns: readonly string[], cookieString: string): string[] {
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
  for (const pair of cookieString.split(';')) {
    const eq = pair.indexOf('=');
    const name = (eq === -1 ? pair : pair.slice(0, eq)).trim();
    if (name && regexes.some((re) => re.test(name))) names.add(name);
  }
  return [...names];
}

/**
 * The `Domain` values a cookie visible on `hostname` may have been set with: `undefined` (host-only),
 * then the host itself and each parent domain (`.a.example.com`, `.example.com`).
 */
export function domainVariants(hostname: string): (string | undefined)[] {
  const variants: (string | undefined)[] = [undefined];
  // IP addresses and single-label hosts (localhost) only have host-only cookies.
  if (!hostname || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return variants;
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    variants.push(`.${labels.slice(i).join('.')}`);
  }
  return variants;
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
          doc.cookie = `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${
            domain ? `; Domain=${domain}` : ''
          }`;
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
