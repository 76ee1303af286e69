import type { IsoDate } from "../core";
import type { WorkingDayCalendar } from "./WorkingDayCalendar";

/**
 * Tells whether the closed days on a date are computed from rules rather than announced: the
 * date is on or after the calendar's `computedFrom`. A working-day count or due date that
 * reaches such a date may change when a new bank holiday is proclaimed (a jubilee, a state
 * occasion), so it should be reported as provisional. Constant time; any date may be asked
 * about, inside the calendar's range or not.
 *
 * @param calendar - A built calendar.
 * @param date - The date.
 * @returns `true` when the date's closed days are computed.
 *
 * @example
 * {@includeCode ../../tests/calendar/bankHolidays.test.ts#is-computed}
 *
 * @category Calendar
 */
export function isComputed(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return calendar.computedFrom !== undefined && date >= calendar.computedFrom;
}
