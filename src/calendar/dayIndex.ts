import { fromDayNumber, KinsafeError } from "../core";
import type { WorkingDayCalendar } from "./WorkingDayCalendar";

/**
 * Index of a day number in the calendar's arrays; throws when the day is outside the range, so
 * that no answer is silently wrong.
 *
 * @internal
 */
export function dayIndex(calendar: WorkingDayCalendar, day: number): number {
  const i = day - calendar.firstDay;
  if (i < 0 || day > calendar.lastDay || !Number.isInteger(day)) {
    throw new KinsafeError(
      "invalid-argument",
      `${Number.isInteger(day) && day >= -719_528 && day <= 2_932_896 ? fromDayNumber(day) : `Day ${String(day)}`} is outside the working-day calendar, which covers ${calendar.from} to ${calendar.to}.`,
    );
  }
  return i;
}
