import type { IsoDate } from "./dates";
import { KinsafeError } from "./errors";
import { describeReceived } from "./parse";

// Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar, computed with
// integer arithmetic only (no Date, so no time zone can shift them). Hot paths (the working-day
// calendar, the metrics engine) convert each date once and then subtract integers.
// Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil).

const CODE_0 = 48;

function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = s.charCodeAt(i) - CODE_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of `0000-01-01`, the first day a kinsafe date can name.
 *
 * @internal
 */
export const FIRST_DAY_NUMBER = -719_528;

/**
 * The day number of `9999-12-31`, the last day a kinsafe date can name.
 *
 * @internal
 */
export const LAST_DAY_NUMBER = 2_932_896;

/**
 * The day number of a calendar date: whole days since 1970-01-01 (negative before it).
 * Integer arithmetic only, so the result is the same in every time zone; O(1).
 *
 * @param date - A date `YYYY-MM-DD`.
 * @returns Days since 1970-01-01.
 * @throws {@link KinsafeError} with code `invalid-argument` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * {@includeCode ../../tests/core/dayNumber.test.ts#docs-example}
 *
 * @category Core
 */
export function toDayNumber(date: IsoDate | string): number {
  if (typeof date !== "string") throw new KinsafeError("invalid-argument", `Not a calendar date: ${describeReceived(date)}.`);
  const y = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 ? digits(date, 0, 4) : -1;
  const m = y < 0 ? -1 : digits(date, 5, 2);
  const d = m < 0 ? -1 : digits(date, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new KinsafeError("invalid-argument", `Not a calendar date: ${describeReceived(date)}.`);
  }
  return dayNumberOf(y, m, d);
}

/**
 * The day number of a year, month (1–12) and day, all valid.
 *
 * @internal
 */
export function dayNumberOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of a day number (the inverse of {@link toDayNumber}).
 *
 * Dates are `YYYY-MM-DD` with a four-digit year, as `IsoDateSchema` accepts, so the supported
 * days run from `0000-01-01` (day -719,528) to `9999-12-31` (day 2,932,896).
 *
 * @param day - Days since 1970-01-01, a whole number in the supported range.
 * @returns The date `YYYY-MM-DD`.
 * @throws {@link KinsafeError} with code `invalid-argument` when `day` is not a whole number from
 * -719,528 (`0000-01-01`) to 2,932,896 (`9999-12-31`), e.g. `Infinity`, `NaN` or `1.5`.
 *
 * @example
 * {@includeCode ../../tests/core/dayNumber.test.ts#docs-example}
 *
 * @category Core
 */
export function fromDayNumber(day: number): IsoDate {
  if (!(Number.isInteger(day) && day >= FIRST_DAY_NUMBER && day <= LAST_DAY_NUMBER)) {
    throw new KinsafeError(
      "invalid-argument",
      `The day number ${describeReceived(day)} is not a whole number of days from ${String(FIRST_DAY_NUMBER)} (0000-01-01) to ${String(LAST_DAY_NUMBER)} (9999-12-31).`,
    );
  }
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

/**
 * The day of the week of a day number: 0 Sunday, 1 Monday, … 6 Saturday (as `Date.getDay`).
 *
 * @param day - Days since 1970-01-01 (a Thursday).
 * @returns 0–6.
 *
 * @example
 * {@includeCode ../../tests/core/dayNumber.test.ts#weekday}
 *
 * @category Core
 */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
