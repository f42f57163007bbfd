/** Calendar dates for test configs, written `YYYY-MM-DD` in the local time zone (as the rules read them). */

/**
 * A fixed "today", local noon on 30 November 2026, for a test that writes a date relative to today
 * and reads the days a page counts from its own clock ("in 10 days"): with the real clock, a run
 * that crossed local midnight between the two readings would count one day less.
 */
export const TODAY = new Date(2026, 10, 30, 12).getTime();

/** `date` as its local calendar date, `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar date `days` after `from` (default: now), `YYYY-MM-DD`. */
export function isoInDays(days: number, from: number = Date.now()): string {
  const date = new Date(from);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}
