import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import * as z from "zod";
import { dayNumberOf, daysInMonth, FIRST_DAY_NUMBER, fromDayNumber, LAST_DAY_NUMBER, toDayNumber } from "./dayNumber";
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

/** A real date of the proleptic Gregorian calendar, as a regular expression (leap years included). */
const DATE_PATTERN =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))";

/**
 * RFC 3339 `date-time`, as kinsafe accepts it: a real date, `T` (or `t`), hours 00–23, minutes,
 * seconds 00–59 with an optional fraction, and `Z` (or `z`) or an offset `±hh:mm`.
 */
const INSTANT = new RegExp(`^(${DATE_PATTERN})[Tt]((?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d)(\\.\\d+)?(?:[Zz]|([+-])((?:[01]\\d|2[0-3])):([0-5]\\d))$`);

/** An instant's parts: its day number and minute of the day in UTC, its seconds and their fraction. */
interface UtcParts {
  readonly day: number;
  readonly minute: number;
  readonly seconds: string;
  readonly fraction: string;
}

function utcParts(value: string): UtcParts | undefined {
  const m = INSTANT.exec(value);
  if (m === null) return undefined;
  const [, date, time, fraction = "", sign, offsetHours, offsetMinutes] = m as unknown as [string, string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const local = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) - offset;
  const shift = Math.floor(local / 1440);
  return { day: toDayNumber(date) + shift, minute: local - shift * 1440, seconds: time.slice(6, 8), fraction };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The instant written in UTC (`Z`, upper-case `T`), its seconds and fraction kept as they were
 * written; a value that is not an instant is returned as it is (the pattern reports it).
 */
function toUtc(value: string): string {
  const parts = utcParts(value);
  if (parts === undefined || parts.day < FIRST_DAY_NUMBER || parts.day > LAST_DAY_NUMBER) return value;
  return `${fromDayNumber(parts.day)}T${pad2(Math.floor(parts.minute / 60))}:${pad2(parts.minute % 60)}:${parts.seconds}${parts.fraction}Z`;
}

/**
 * An instant: an RFC 3339 date-time with `Z` or an offset (`2025-03-29T10:15:00Z`,
 * `2025-03-29T11:15:00+01:00`, `2025-03-29T04:45:00.250-05:30`), stored in UTC.
 *
 * What is accepted, following RFC 3339 section 5.6: a real calendar date, `T`, the time with
 * seconds (`10:15` alone is refused) and any fraction of a second, then `Z` or an offset `+hh:mm`
 * / `-hh:mm` (hours 00–23; `-00:00` is UTC). Section 5.6 allows `t` and `z` in lower case: they
 * are accepted. Not accepted: a space instead of `T`, an offset without its colon (`+0100`) or
 * without minutes (`+01`), a leap second (`23:59:60`, which JavaScript dates cannot hold), and
 * an instant that falls outside 0000-01-01 to 9999-12-31 in UTC.
 *
 * The parsed value is the same instant written in UTC: the offset is applied and `Z` written
 * (`2025-03-29T11:15:00+01:00` becomes `2025-03-29T10:15:00Z`), `t` and `z` become `T` and `Z`,
 * and the seconds and their fraction are kept as written. A stored value therefore parses to
 * itself. Compare instants with {@link compareInstants}: `…T10:15:00Z` and `…T10:15:00.5Z` do
 * not sort as strings.
 *
 * @category Core
 */
export const IsoDateTimeSchema = z
  .string()
  .regex(INSTANT, "Invalid date-time: expected an RFC 3339 instant such as 2025-03-29T10:15:00Z or 2025-03-29T11:15:00+01:00")
  .refine((value) => {
    const parts = utcParts(value);
    return parts === undefined || (parts.day >= FIRST_DAY_NUMBER && parts.day <= LAST_DAY_NUMBER);
  }, "Invalid date-time: in UTC it falls outside 0000-01-01 to 9999-12-31")
  .overwrite(toUtc)
  .meta({ format: "date-time" })
  .brand<"IsoDateTime">();
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
 * Checks an instant and writes it in UTC, branded (see {@link IsoDateTimeSchema} for what is
 * accepted).
 *
 * @param value - A string such as `2025-03-29T10:15:00Z` or `2025-03-29T11:15:00+01:00`.
 * @returns The instant in UTC (`2025-03-29T10:15:00Z` for both), branded as an {@link IsoDateTime}.
 * @throws {@link KinsafeError} with code `invalid-input` when `value` is not an RFC 3339 date-time.
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

/**
 * Compares two instants, for `Array.prototype.sort`: by the time they stand for, so that
 * `2025-03-29T10:15:00Z` and `2025-03-29T10:15:00.000Z` are equal and `…T10:15:00.5Z` comes
 * after `…T10:15:00Z` (which string comparison gets wrong). Offsets are applied, so it also
 * compares instants that were never parsed.
 *
 * @param a - An instant.
 * @param b - Another instant.
 * @returns Negative when `a` is earlier, 0 when they are the same instant, positive when later.
 * @throws {@link KinsafeError} with code `invalid-argument` when either is not an RFC 3339 date-time.
 *
 * @example
 * {@includeCode ../../tests/core/dates.test.ts#compare-instants}
 *
 * @category Core
 */
export function compareInstants(a: IsoDateTime, b: IsoDateTime): number {
  const x = instantKey(a);
  const y = instantKey(b);
  if (x.day !== y.day) return x.day - y.day;
  if (x.minute !== y.minute) return x.minute - y.minute;
  // Seconds and fraction digits, padded with zeros to the same length, compare as strings.
  const length = 2 + Math.max(x.fraction.length, y.fraction.length);
  const sx = `${x.seconds}${x.fraction.slice(1)}`.padEnd(length, "0");
  const sy = `${y.seconds}${y.fraction.slice(1)}`.padEnd(length, "0");
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

function instantKey(value: unknown): UtcParts {
  const parts = typeof value === "string" ? utcParts(value) : undefined;
  if (parts === undefined) throw new KinsafeError("invalid-argument", `Not an RFC 3339 date-time: ${describeReceived(value)}.`);
  return parts;
}
