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

/** A text field: escaped characters only (see above); empty means "none". */
const TEXT = '([\\w%-]*)';
const FORMAT = new RegExp(
  `^1\\.([\\w%-]+)\\.([\\da-z]{1,9})\\.([\\da-z]{1,9})\\.([0-6])\\.${TEXT}\\.${TEXT}\\.((?:[01][\\w%-]*)(?:~[01][\\w%-]*)*)?$`,
);
/** Longest value read: anything longer is not ours (or was tampered with). */
const MAX_LENGTH = 1024;
/** How far in the future `updatedAt` may lie (clock skew between devices). */
const MAX_CLOCK_SKEW = 86_400_000;

/** `text` escaped for a field: URI-encoded, then `. ! ~ * ' ( )` as `%XX` too. */
const escapeField = (text: string): string =>
  encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd')).replace(
    /[.!~*'()]/g,
    (char) => '%' + char.charCodeAt(0).toString(16),
  );

const encodeTime = (ms: number): string => Math.max(0, Math.round(ms)).toString(36);

/** The cookie value for `record`. About 50 bytes plus the escaped policy versions and category ids. */
export function serializeConsentCookie(record: ConsentRecord): string {
  const choices = Object.entries(record.choices)
    .map(([id, granted]) => (granted ? '1' : '0') + escapeField(id))
    .join('~');
  return [
    '1',
    escapeField(record.id),
    encodeTime(record.decidedAt),
    encodeTime(record.updatedAt),
    Math.max(0, SOURCES.indexOf(record.source)),
    escapeField(record.policyVersion ?? ''),
    escapeField(record.acknowledgedPolicy ?? ''),
    choices,
  ].join('.');
}

/** The record in a cookie value, or `null` when it is not a valid version-1 consent cookie. */
export function parseConsentCookie(value: string, now = Date.now()): ConsentRecord | null {
  try {
    const match = value.length <= MAX_LENGTH ? FORMAT.exec(value) : null;
    if (!match) return null;
    const [, id, decided, updated, source, policyVersion, acknowledged, list] = match;
    const decidedAt = parseInt(decided, 36);
    const updatedAt = parseInt(updated, 36);
    const items = list ? list.split('~') : [];
    const choices = Object.fromEntries(
      items.map((item) => [decodeURIComponent(item.slice(1)), item[0] === '1']),
    );
    const duplicated = Object.keys(choices).length < items.length;
    if (decidedAt > updatedAt || updatedAt > now + MAX_CLOCK_SKEW || duplicated) return null;
    return {
      id: decodeURIComponent(id),
      decidedAt,
      updatedAt,
      choices,
      policyVersion: decodeURIComponent(policyVersion) || undefined,
      acknowledgedPolicy: decodeURIComponent(acknowledged) || undefined,
      source: SOURCES[Number(source)],
    };
  } catch {
    // A malformed %-escape.
    return null;
  }
}
