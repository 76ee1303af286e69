import { fromDayNumber, KinsafeError, toDayNumber, type IsoDate } from "../core";
import { dayIndex } from "./dayIndex";
import type { WorkingDayCalendar } from "./WorkingDayCalendar";

/**
 * The date `days` working days after `date` (before it when negative): the due date of a
 * timescale in working days. `addWorkingDays(c, referral, 45)` is the last day on which a
 * child and family assessment is within 45 working days of the referral. A start date that is
 * itself a holiday or weekend is allowed: counting starts from the next working day. O(1).
 *
 * For `days >= 0`, `workingDaysBetween(c, date, addWorkingDays(c, date, days)) === days`.
 *
 * @param calendar - A built calendar.
 * @param date - The start date.
 * @param days - Whole working days to add; 0 returns `date`.
 * @returns The date.
 * @throws {@link KinsafeError} with code `invalid-argument` when `days` is not a whole number or the
 * date or result is outside the calendar's range.
 *
 * @example
 * {@includeCode ../../tests/calendar/calendar.test.ts#add-working-days}
 *
 * @category Calendar
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new KinsafeError("invalid-argument", `Working days to add must be a whole number; received ${String(days)}.`);
  const day = toDayNumber(date);
  const i = dayIndex(calendar, day);
  if (days === 0) return fromDayNumber(day);
  const through = calendar.ordinals[i] ?? 0; // working days in [from, date]
  const before = i === 0 ? 0 : (calendar.ordinals[i - 1] ?? 0);
  // k is the 1-based position of the target among the calendar's working days.
  const k = days > 0 ? through + days : before + days + 1;
  const target = calendar.workingDays[k - 1];
  if (k < 1 || target === undefined) {
    throw new KinsafeError(
      "invalid-argument",
      `${String(days)} working days from ${date} falls outside the working-day calendar, which covers ${calendar.from} to ${calendar.to}.`,
    );
  }
  return fromDayNumber(target);
}
