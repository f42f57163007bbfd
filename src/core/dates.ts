/**
 * Calendar dates written `YYYY-MM-DD`: the one parser for config validation, the consent rules and
 * the banner's copy. Pure: no clock is read here.
 *
 * A calendar date is read in the visitor's time zone: it starts at local midnight.
 */

/** The form `YYYY-MM-DD` (the JSON Schema of the config gives it as the `pattern` of its dates). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting `iso` (`YYYY-MM-DD`), or `undefined` when it is not a real date. */
export function parseIsoDate(iso: unknown): Date | undefined {
  const match = typeof iso === 'string' ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(0);
  // setFullYear, not the constructor: `new Date(99, …)` would mean 1999.
  date.setFullYear(year, month, day);
  date.setHours(0, 0, 0, 0);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day
    ? date
    : undefined;
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export const isIsoDate = (value: unknown): value is string => parseIsoDate(value) !== undefined;

/** Local midnight starting the day `shiftDays` days after `iso` (`NaN` when `iso` is not a date). */
export function dayStart(iso: string, shiftDays = 0): number {
  const date = parseIsoDate(iso);
  if (!date) return NaN;
  date.setDate(date.getDate() + shiftDays);
  return date.getTime();
}
