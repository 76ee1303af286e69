import { differenceInCalendarDays, isValid, parseISO } from "date-fns";
import * as z from "zod";
import { dayNumberOf, daysInMonth, fromDayNumber, toDayNumber } from "./dayNumber";
import { KinsafeError } from "./errors";
import { describeReceived, parseWith } from "./parse";

// This is the only module in kinsafe that imports date-fns: every other module calls the small
// vocabulary below, so that moving to Temporal one day changes one file. Adding days and months
// is done on day numbers (integer arithmetic, no time zone), which also bounds the results.

/**
 * A calendar date, `YYYY-MM-DD` (e.g. a review date, a birth date, the day of a visit).
 * Validated as a real date of the proleptic Gregorian calendar (so `2023-02-29` is refused).
 *
 * @category Core
 */
export const IsoDateSchema = z.iso.date().brand<"IsoDate">();
/** @category Core */
export type IsoDate = z.output<typeof IsoDateSchema>;

/**
 * An instant in UTC, `YYYY-MM-DDTHH:mm:ss(.sss)Z` (e.g. when a change was recorded).
 *
 * @category Core
 */
export const IsoDateTimeSchema = z.iso.datetime().brand<"IsoDateTime">();
/** @category Core */
export type IsoDateTime = z.output<typeof IsoDateTimeSchema>;

/**
 * Checks and brands a calendar date.
 *
 * @param value - A string `YYYY-MM-DD`.
 * @returns The same string, branded as an {@link IsoDate}.
 * @throws {@link KinsafeError} with code `invalid-input` when `value` is not a real date.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#iso-date}
 *
 * @category Core
 */
export function isoDate(value: string): IsoDate {
  return parseWith(IsoDateSchema, value, "date");
}

/**
 * Checks and brands a UTC instant.
 *
 * @param value - A string such as `2025-03-29T10:15:00Z`.
 * @returns The same string, branded as an {@link IsoDateTime}.
 * @throws {@link KinsafeError} with code `invalid-input` when `value` is not a UTC date-time.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#iso-date-time}
 *
 * @category Core
 */
export function isoDateTime(value: string): IsoDateTime {
  return parseWith(IsoDateTimeSchema, value, "date-time");
}

function toLocal(date: string): Date {
  // parseISO of a date-only string gives local midnight, so differences in calendar days hold in
  // every time zone.
  const d = typeof date === "string" ? parseISO(date) : new Date(Number.NaN);
  if (!isValid(d)) throw new KinsafeError("invalid-argument", `Not a calendar date: ${describeReceived(date)}.`);
  return d;
}

function wholeNumber(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new KinsafeError("invalid-argument", `The number of ${what} to add must be a whole number; received ${describeReceived(n)}.`);
  return n;
}

const FIRST_DAY = toDayNumber("0000-01-01");
const LAST_DAY = toDayNumber("9999-12-31");
const SUPPORTED = "kinsafe dates run from 0000-01-01 to 9999-12-31";

/**
 * Adds whole calendar days to a date (negative to go back). Computed on day numbers, so the same
 * in every time zone and across clock changes.
 *
 * @param date - The starting date.
 * @param days - Whole days to add.
 * @returns The date `days` later.
 * @throws {@link KinsafeError} with code `invalid-argument` when `date` is not a calendar date,
 * `days` is not a whole number, or the result falls outside `0000-01-01` to `9999-12-31` (dates
 * are `YYYY-MM-DD` with a four-digit year).
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#add-calendar-days}
 *
 * @category Core
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const day = toDayNumber(date) + wholeNumber(days, "days");
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new KinsafeError("invalid-argument", `${date} plus ${String(days)} days is outside the supported range: ${SUPPORTED}.`);
  }
  return fromDayNumber(day);
}

/**
 * Adds calendar months to a date; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 *
 * @param date - The starting date.
 * @param months - Whole months to add.
 * @returns The date `months` later.
 * @throws {@link KinsafeError} with code `invalid-argument` when `date` is not a calendar date,
 * `months` is not a whole number, or the result falls outside `0000-01-01` to `9999-12-31`.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#add-calendar-months}
 *
 * @category Core
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const from = fromDayNumber(toDayNumber(date)); // checks the date
  const month = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + wholeNumber(months, "months");
  const y = Math.floor(month / 12);
  const m = month - y * 12 + 1;
  if (y < 0 || y > 9999) {
    throw new KinsafeError("invalid-argument", `${date} plus ${String(months)} months is outside the supported range: ${SUPPORTED}.`);
  }
  return fromDayNumber(dayNumberOf(y, m, Math.min(Number(from.slice(8, 10)), daysInMonth(y, m))));
}

/**
 * Signed number of calendar days from `from` to `to` (positive when `to` is later).
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns `to - from` in days.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#days-between}
 *
 * @category Core
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocal(to), toLocal(from));
}

/**
 * Compares two calendar dates, for `Array.prototype.sort`.
 *
 * @param a - A date.
 * @param b - Another date.
 * @returns Negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#compare-dates}
 *
 * @category Core
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // ISO calendar dates of four-digit years compare correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The calendar date of a UTC instant.
 *
 * @param at - An instant.
 * @returns Its date in UTC.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#date-of}
 *
 * @category Core
 */
export function dateOf(at: IsoDateTime): IsoDate {
  return at.slice(0, 10) as IsoDate;
}
