import { addDays, addMonths, differenceInCalendarDays, formatISO, isValid, parseISO } from "date-fns";
import * as z from "zod";
import { KinsafeError } from "./errors";
import { parseWith } from "./parse";

// This is the only module in kinsafe that imports date-fns: every other module calls the small
// vocabulary below, so that moving to Temporal one day changes one file.

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
  // parseISO of a date-only string gives local midnight; formatISO with representation "date"
  // formats the local date, so the round trip holds in every time zone.
  const d = parseISO(date);
  if (!isValid(d)) throw new KinsafeError("invalid-argument", `Not a calendar date: ${JSON.stringify(date)}.`);
  return d;
}

function fromLocal(d: Date): IsoDate {
  return formatISO(d, { representation: "date" }) as IsoDate;
}

/**
 * Adds whole calendar days to a date (negative to go back). Safe across clock changes.
 *
 * @param date - The starting date.
 * @param days - Whole days to add.
 * @returns The date `days` later.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#add-calendar-days}
 *
 * @category Core
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocal(date), days));
}

/**
 * Adds calendar months to a date; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 *
 * @param date - The starting date.
 * @param months - Whole months to add.
 * @returns The date `months` later.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#add-calendar-months}
 *
 * @category Core
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return fromLocal(addMonths(toLocal(date), months));
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
