import { toDayNumber, type IsoDate } from "../core";
import { dayIndex } from "./dayIndex";
import type { WorkingDayCalendar } from "./WorkingDayCalendar";

/**
 * Counts working days from `from` to `to`: the working days after `from` up to and including
 * `to`, so a decision made the next working day after a referral is 1 working day. Counting
 * from the day after the start event is how statutory timescales are measured. Negative when
 * `to` is before `from`. O(1): one subtraction of precomputed ordinals.
 *
 * @param calendar - A built calendar.
 * @param from - The start event's date (not counted).
 * @param to - The end date (counted when it is a working day).
 * @returns The signed number of working days.
 * @throws {@link KinsafeError} with code `invalid-argument` when a date is outside the calendar's range.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#working-days-between}
 *
 * @category Calendar
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  return workingDaysBetweenDayNumbers(calendar, toDayNumber(from), toDayNumber(to));
}

/**
 * {@link workingDaysBetween} over day numbers (see `toDayNumber`), for hot loops that have
 * converted their dates once.
 *
 * @param calendar - A built calendar.
 * @param from - Day number of the start (not counted).
 * @param to - Day number of the end.
 * @returns The signed number of working days.
 * @throws {@link KinsafeError} with code `invalid-argument` when a day is outside the calendar's range.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#day-numbers}
 *
 * @category Calendar
 */
export function workingDaysBetweenDayNumbers(calendar: WorkingDayCalendar, from: number, to: number): number {
  const o = calendar.ordinals;
  return (o[dayIndex(calendar, to)] ?? 0) - (o[dayIndex(calendar, from)] ?? 0);
}
