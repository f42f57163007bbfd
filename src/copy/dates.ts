/**
 * Calendar-date helpers for the policy banner's copy. Pure: `now` is a parameter. (Whether the
 * banner shows is the store's rule, `deriveState` in `src/store/rules.ts`.)
 *
 * ISO dates (`YYYY-MM-DD`) are calendar dates: they are read in the visitor's time zone, and day
 * counts are whole calendar days between local today and that date.
 */
const DAY = 86_400_000;

/** `YYYY-MM-DD` as local midnight, or `undefined` when not a real date. */
export function parseIsoDate(iso: string | null | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return undefined;
  const date = new Date(+m[1], +m[2] - 1, +m[3]);
  return date.getMonth() === +m[2] - 1 && date.getDate() === +m[3] ? date : undefined;
}

/** Whole calendar days from local today to `iso` (negative once past; `NaN` when not a date). */
export function daysUntil(iso: string | null | undefined, now: Date | number = Date.now()): number {
  const date = parseIsoDate(iso);
  if (!date) return NaN;
  const today = new Date(now);
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(date) - utc(today)) / DAY);
}

/** `iso` formatted as a long date for `locale` (e.g. "9 December 2026"); the raw string when not a date. */
export function formatDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const format = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(date);
  try {
    return format(locale);
  } catch {
    // An invalid locale tag (from config or `lang`) throws a RangeError.
    return format('en');
  }
}
