import { toDayNumber } from "../core";

// Day numbers of the columnar cohort and the metrics engine (days since 1970-01-01, as core
// `toDayNumber`): dates are converted once, when a record is added to columns.

/** A day number after every real date: "no end" (an open plan or episode). */
export const OPEN_END = 2_147_483_647;

/**
 * Day number of a `YYYY-MM-DD` string already validated (by the fast validator or the zod
 * schema). No checks: inline integer arithmetic (Hinnant's days_from_civil), several times
 * faster than a checked parse. Only ever called on validated strings.
 *
 * @internal
 */
export function fastDay(s: string): number {
  const y0 =
    (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const d = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = ((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Checked day number: the same value as core `toDayNumber` for every string, and the same
 * `KinsafeError` for anything that is not a real `YYYY-MM-DD` date (the error comes from
 * `toDayNumber` itself). Inline arithmetic on the character codes, as {@link fastDay}, with the
 * checks folded in (about a dozen comparisons), so the engine uses one converter for validated
 * and unvalidated records alike: one monomorphic call site per date, no function parameter.
 *
 * @internal
 */
export function toDay(s: string): number {
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const c0 = s.charCodeAt(0) - 48;
    const c1 = s.charCodeAt(1) - 48;
    const c2 = s.charCodeAt(2) - 48;
    const c3 = s.charCodeAt(3) - 48;
    const c5 = s.charCodeAt(5) - 48;
    const c6 = s.charCodeAt(6) - 48;
    const c8 = s.charCodeAt(8) - 48;
    const c9 = s.charCodeAt(9) - 48;
    // every digit 0-9 (unsigned comparison rejects negatives)
    if (((c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9) >>> 0) <= 15 && c0 <= 9 && c1 <= 9 && c2 <= 9 && c3 <= 9 && c5 <= 9 && c6 <= 9 && c8 <= 9 && c9 <= 9) {
      const y0 = c0 * 1000 + c1 * 100 + c2 * 10 + c3;
      const m = c5 * 10 + c6;
      const d = c8 * 10 + c9;
      if (m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y0, m))) {
        const y = m <= 2 ? y0 - 1 : y0;
        const era = (y / 400) | 0; // y >= -1: era is 0 or positive, except y = -1 (year 0000, Jan/Feb)
        const e = y < 0 ? -1 : era;
        const yoe = y - e * 400;
        const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
        const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
        return e * 146097 + doe - 719468;
      }
    }
  }
  return toDayNumber(s);
}

/** @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

