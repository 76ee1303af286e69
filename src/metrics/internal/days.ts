import { toDayNumber } from "../../core";

// Day-number helpers of the metrics engine's hot path. Dates are converted once per record to
// integer day numbers (days since 1970-01-01, as core `toDayNumber`); months arithmetic
// (re-referral look-back, plan durations) works on the civil date of a day number.

export { OPEN_END, fastDay, toDay } from "../../records/internal";
import { daysInMonth } from "../../records/internal";

/**
 * Checked day number, for records that were not validated (`validate: false`).
 *
 * @internal
 */
export function checkedDay(s: string): number {
  return toDayNumber(s);
}

function civilToDay(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// The day number of the first of every month from January 1900 to January 2200: adding months
// to a day in that range is finding its month (an estimate, corrected by at most a step) and
// moving along the table (the engine adds 12 months to every referral of a period). 3,601 values,
// made once when the module loads.
const FIRST_YEAR = 1900;
const MONTHS_IN_TABLE = (2200 - FIRST_YEAR) * 12;
const MONTH_STARTS = new Int32Array(MONTHS_IN_TABLE + 1);
for (let k = 0; k <= MONTHS_IN_TABLE; k++) MONTH_STARTS[k] = civilToDay(FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, 1);
const FIRST_MONTH_DAY = MONTH_STARTS[0] as number;
const MONTH_TABLE_DAYS = (MONTH_STARTS[MONTHS_IN_TABLE] as number) - FIRST_MONTH_DAY;

/**
 * Adds (or subtracts) calendar months to a day number with date-fns `addMonths` semantics: the
 * day of month is kept, or clamped to the last day of the target month (31 Jan + 1 month = 28
 * or 29 Feb; 29 Feb 2024 - 12 months = 28 Feb 2023).
 *
 * @internal
 */
export function addMonthsToDay(day: number, months: number): number {
  // Within the table of month starts (1900 to 2199), two lookups; elsewhere, the arithmetic.
  const i = day - FIRST_MONTH_DAY;
  if (i >= 0 && i < MONTH_TABLE_DAYS && (months | 0) === months && (day | 0) === day) {
    let m = Math.floor(i / 30.436875);
    while ((MONTH_STARTS[m + 1] as number) <= day) m++;
    while ((MONTH_STARTS[m] as number) > day) m--;
    const target = m + months;
    if (target >= 0 && target < MONTHS_IN_TABLE) {
      const start = MONTH_STARTS[target] as number;
      const length = (MONTH_STARTS[target + 1] as number) - start;
      return start + Math.min(day - (MONTH_STARTS[m] as number), length - 1);
    }
  }
  return addMonthsByArithmetic(day, months);
}

/**
 * {@link addMonthsToDay} by calendar arithmetic alone (the days outside its table, and the
 * tests' oracle).
 *
 * @internal
 */
export function addMonthsByArithmetic(day: number, months: number): number {
  // civil_from_days (Hinnant)
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  return civilToDay(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/**
 * The day a person born on `dob` turns `years` old: the same month and day `years` later, and
 * 1 March in a year that is not a leap year for a birthday on 29 February (as a person's age is
 * counted: {@link addMonthsToDay} would clamp it to 28 February, which moving back does not
 * undo).
 *
 * @internal
 */
export function birthdayDay(dob: number, years: number): number {
  const b = addMonthsToDay(dob, 12 * years);
  return addMonthsToDay(b, -12 * years) === dob ? b : b + 1;
}
