import { toDayNumber, type IsoDate } from "../core";
import { dayIndex } from "./dayIndex";
import type { WorkingDayCalendar } from "./WorkingDayCalendar";

/**
 * Tells whether a date is a working day: not a weekend day and not a closed day. O(1).
 *
 * @param calendar - A built calendar.
 * @param date - The date.
 * @returns `true` for a working day.
 * @throws {@link KinsafeError} with code `invalid-argument` when the date is outside the calendar's range.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#is-working-day}
 *
 * @category Calendar
 */
export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  const i = dayIndex(calendar, toDayNumber(date));
  const before = i === 0 ? 0 : (calendar.ordinals[i - 1] ?? 0);
  return (calendar.ordinals[i] ?? 0) > before;
}

/**
 * The name of the closed day (bank holiday or local closure) on a date, if it is one.
 *
 * @param calendar - A built calendar.
 * @param date - The date.
 * @returns The title, e.g. `"Easter Monday"`, or `undefined` when the date is not a closed day.
 * @throws {@link KinsafeError} with code `invalid-argument` when the date is outside the calendar's range.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#closed-day}
 *
 * @category Calendar
 */
export function closedDayTitle(calendar: WorkingDayCalendar, date: IsoDate): string | undefined {
  const day = toDayNumber(date);
  dayIndex(calendar, day);
  return calendar.closedDays.get(day);
}
