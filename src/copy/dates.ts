/**
 * Calendar-date helpers for the policy banner's copy. Pure: `now` is a parameter. (Whether the
 * banner shows is the core's rule, `deriveState` in `src/core/state.ts`.)
 *
 * ISO dates (`YYYY-MM-DD`) are calendar dates: they are read in the visitor's time zone, and day
 * counts are whole calendar days between local today and that date.
 */
import { parseIsoDate } from '../core/dates.js';

export { parseIsoDate };

const DAY = 86_400_000;

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
