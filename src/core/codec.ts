/**
 * The consent cookie codec. Pure (string in, record out), never throws, no DOM: shared with servers.
 *
 * Format, schema version 2: eight fields joined by `.`
 *
 *     2.<id>.<decidedAt>.<updatedAt>.<source>.<policyVersion>.<acknowledgedPolicy>.<choices>
 *     e.g. 2.k3v9q0x2ab.mf2k1c8w.mf2k1c8w.1.2026-01.2026-01.1analytics~0marketing~1marketing:youtube
 *
 * - `2`: schema version. Version 1 (the same fields, without service choices) is still read; any
 *   other version is rejected (a newer writer is not guessed at). A record that version 1 can hold
 *   (no service choice, a source version 1 knew) is still written as version 1, so that an older
 *   copy of the library (a cached script in another tab, a second widget) keeps reading every
 *   decision that does not use services.
 * - text fields (`id`, policy versions, category ids) are escaped: `encodeURIComponent`, then
 *   `. ! ~ * ' ( )` as `%XX`, so a value only holds `A-Z a-z 0-9 _ - %` plus the separators `.`
 *   and `~`: no `;`, `,`, whitespace or quotes. An empty policy field means "none".
 * - `decidedAt`, `updatedAt`: milliseconds since the epoch in base 36. `decidedAt` is `0` when the
 *   record only holds a policy acknowledgement (no consent decision yet).
 * - `source`: one digit, the index in {@link SOURCES}.
 * - `choices`: `~`-separated `<flag><category>` (a category's choice) and, new in version 2,
 *   `<flag><category>:<service>` (a service's own choice, `ConsentRecord.services`); flag `1`
 *   granted, `0` denied; empty for none. The `:` (never in an escaped field) tells a service from a
 *   category whose id holds a dot.
 *
 * Rejected (→ `null`): anything over 1 KB, another shape or alphabet, malformed escapes, an unknown
 * version or source, `decidedAt` after `updatedAt`, `updatedAt` over a day in the future, a category
 * or service listed twice.
 */
import { serviceId, splitServiceId } from './services.js';
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
  'embed',
];

/** A text field: escaped characters only (see above); empty means "none". */
const TEXT = '([\\w%-]*)';
/** One choice: `<flag><category>`, or `<flag><category>:<service>` (version 2). */
const CHOICE = '[01][\\w%-]*(?::[\\w%-]+)?';
/** A whole value of either version; what version 1 could not hold is checked apart (`fitsVersion1`). */
const FORMAT = new RegExp(
  `^([12])\\.([\\w%-]+)\\.([\\da-z]{1,9})\\.([\\da-z]{1,9})\\.([0-${SOURCES.length - 1}])\\.${TEXT}\\.${TEXT}\\.((?:${CHOICE})(?:~${CHOICE})*)?$`,
);
/** How many of {@link SOURCES} version 1 knew (its format allowed the digits 0 to 6). */
const VERSION_1_SOURCES = 7;
/**
 * Whether version 1 holds a record: version 2 is version 1 plus service choices and the sources
 * added since. The writer picks the version by it, and the reader rejects a version-1 value that
 * breaks it.
 */
const fitsVersion1 = (hasServices: boolean, source: number): boolean =>
  !hasServices && source < VERSION_1_SOURCES;
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

const flag = (granted: boolean): string => (granted ? '1' : '0');

/**
 * The cookie value for `record`. About 50 bytes plus the escaped policy versions, category ids and
 * service ids. A service id without a dot (not `<category>.<service>`) is not written.
 */
export function serializeConsentCookie(record: ConsentRecord): string {
  const categories = Object.entries(record.choices).map(
    ([id, granted]) => flag(granted) + escapeField(id),
  );
  const services = Object.entries(record.services ?? {}).flatMap(([id, granted]) => {
    const [category, service] = splitServiceId(id) ?? [];
    return service === undefined
      ? []
      : [`${flag(granted)}${escapeField(category ?? '')}:${escapeField(service)}`];
  });
  const source = Math.max(0, SOURCES.indexOf(record.source));
  return [
    fitsVersion1(services.length > 0, source) ? '1' : '2',
    escapeField(record.id),
    encodeTime(record.decidedAt),
    encodeTime(record.updatedAt),
    source,
    escapeField(record.policyVersion ?? ''),
    escapeField(record.acknowledgedPolicy ?? ''),
    [...categories, ...services].join('~'),
  ].join('.');
}

/** The category and service choices in a `choices` field; `undefined` when an id is listed twice. */
function parseChoices(
  list: string | undefined,
): Pick<ConsentRecord, 'choices' | 'services'> | undefined {
  const categories: [string, boolean][] = [];
  const services: [string, boolean][] = [];
  for (const item of list ? list.split('~') : []) {
    const [category, service] = item.slice(1).split(':').map(decodeURIComponent);
    if (service === undefined) categories.push([category, item[0] === '1']);
    else services.push([serviceId(category, service), item[0] === '1']);
  }
  const listedOnce = (entries: [string, boolean][]) =>
    new Set(entries.map(([id]) => id)).size === entries.length;
  if (!listedOnce(categories) || !listedOnce(services)) return undefined;
  const choices = Object.fromEntries(categories);
  return services.length > 0 ? { choices, services: Object.fromEntries(services) } : { choices };
}

/** The record in a cookie value, or `null` when it is not a valid consent cookie (version 1 or 2). */
export function parseConsentCookie(value: string, now = Date.now()): ConsentRecord | null {
  try {
    const match = value.length <= MAX_LENGTH ? FORMAT.exec(value) : null;
    if (!match) return null;
    const [, version, id, decided, updated, source, policyVersion, acknowledged, list] = match;
    const decidedAt = parseInt(decided, 36);
    const updatedAt = parseInt(updated, 36);
    const parsed = parseChoices(list);
    if (decidedAt > updatedAt || updatedAt > now + MAX_CLOCK_SKEW || !parsed) return null;
    if (version === '1' && !fitsVersion1(parsed.services !== undefined, Number(source)))
      return null;
    return {
      id: decodeURIComponent(id),
      decidedAt,
      updatedAt,
      ...parsed,
      policyVersion: decodeURIComponent(policyVersion) || undefined,
      acknowledgedPolicy: decodeURIComponent(acknowledged) || undefined,
      source: SOURCES[Number(source)],
    };
  } catch {
    // A malformed %-escape.
    return null;
  }
}
