/**
 * The consent cookie codec. Pure (string in, record out), never throws, no DOM: shared with servers.
 *
 * Format, schema version 1: eight fields joined by `.`
 *
 *     1.<id>.<decidedAt>.<updatedAt>.<source>.<policyVersion>.<acknowledgedPolicy>.<choices>
 *     e.g. 1.k3v9q0x2ab.mf2k1c8w.mf2k1c8w.1.2026-01.2026-01.1analytics~0marketing
 *
 * - `1`: schema version. Any other version is rejected (a newer writer is not guessed at).
 * - text fields (`id`, policy versions, category ids) are escaped: `encodeURIComponent`, then
 *   `. ! ~ * ' ( )` as `%XX`, so a value only holds `A-Z a-z 0-9 _ - %` plus the separators `.`
 *   and `~`: no `;`, `,`, whitespace or quotes. An empty policy field means "none".
 * - `decidedAt`, `updatedAt`: milliseconds since the epoch in base 36. `decidedAt` is `0` when the
 *   record only holds a policy acknowledgement (no consent decision yet).
 * - `source`: one digit, the index in {@link SOURCES}.
 * - `choices`: `~`-separated `<flag><id>`, flag `1` granted, `0` denied; empty for none.
 *
 * Rejected (→ `null`): anything over 1 KB, another shape or alphabet, malformed escapes, an unknown
 * version or source, `decidedAt` after `updatedAt`, `updatedAt` over a day in the future, a category
 * listed twice.
 */
import type { ConsentRecord, ConsentSource } from './types.js';

/** Sources in the order of their one-digit code. Append only. */
export const SOURCES: readonly ConsentSource[] = [
  'api',
  'notice',
  'toggle',
  'banner',
  'sync',
  'config',
  'storage',
];

const T = '([\\w%-]*)';
const FORMAT = new RegExp(
  `^1\\.([\\w%-]+)\\.([\\da-z]{1,9})\\.([\\da-z]{1,9})\\.([0-6])\\.${T}\\.${T}\\.((?:[01][\\w%-]*)(?:~[01][\\w%-]*)*)?$`,
);

const esc = (s: string): string =>
  encodeURIComponent(s.replace(/\p{Cs}/gu, '\ufffd')).replace(
    /[.!~*'()]/g,
    (c) => '%' + c.charCodeAt(0).toString(16),
  );

/** The cookie value for `record`. About 50 bytes plus the escaped policy versions and category ids. */
export const serializeConsentCookie = (r: ConsentRecord): string =>
  [
    1,
    esc(r.id),
    Math.max(0, Math.round(r.decidedAt)).toString(36),
    Math.max(0, Math.round(r.updatedAt)).toString(36),
    Math.max(0, SOURCES.indexOf(r.source)),
    esc(r.policyVersion ?? ''),
    esc(r.acknowledgedPolicy ?? ''),
    Object.entries(r.choices)
      .map(([id, on]) => +!!on + esc(id))
      .join('~'),
  ].join('.');

/** The record in a cookie value, or `null` when it is not a valid version-1 consent cookie. */
export function parseConsentCookie(value: string, now = Date.now()): ConsentRecord | null {
  try {
    const m = value.length <= 1024 && FORMAT.exec(value);
    if (!m) return null;
    const [, id, d, u, s, pv, ack, list] = m;
    const decidedAt = parseInt(d, 36);
    const updatedAt = parseInt(u, 36);
    const items = list ? list.split('~') : [];
    const choices = Object.fromEntries(
      items.map((i) => [decodeURIComponent(i.slice(1)), i[0] == '1']),
    );
    return decidedAt > updatedAt ||
      updatedAt > now + 864e5 ||
      Object.keys(choices).length < items.length
      ? null
      : {
          id: decodeURIComponent(id),
          decidedAt,
          updatedAt,
          choices,
          policyVersion: decodeURIComponent(pv) || undefined,
          acknowledgedPolicy: decodeURIComponent(ack) || undefined,
          source: SOURCES[+s],
        };
  } catch {
    return null;
  }
}

/**
 * Every value of cookie `name` in a `document.cookie` or `Cookie` header string, in order. Browsers
 * send several when cookies of one name exist for different domains or paths.
 */
export const readCookieValues = (header: string, name: string): string[] =>
  String(header ?? '')
    .split(';')
    .flatMap((pair) => {
      const i = pair.indexOf('=');
      return i > 0 && pair.slice(0, i).trim() == name ? [pair.slice(i + 1).trim()] : [];
    });
