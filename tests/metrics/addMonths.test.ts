import * as fc from "fast-check";
import { addMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import { addMonthsByArithmetic, addMonthsToDay } from "../../src/metrics/internal/days";
import { fromDayNumber, toDayNumber } from "../../src/core";

// The engine adds months through a table of month starts (1900 to 2199) and by arithmetic
// outside it: both must agree with each other and with date-fns `addMonths` on the civil date.

const DAY_1800 = toDayNumber("1800-01-01");
const DAY_2300 = toDayNumber("2300-01-01");

/** date-fns `addMonths` on the civil date of a day number (in UTC, so no time zone moves it). */
function byDateFns(day: number, months: number): number {
  const [y, m, d] = fromDayNumber(day).split("-").map(Number) as [number, number, number];
  const date = addMonths(new Date(y, m - 1, d), months);
  return toDayNumber(`${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`);
}

describe("addMonthsToDay", () => {
  it("agrees with the arithmetic for any day from 1800 to 2300 and any months", () => {
    fc.assert(
      fc.property(fc.integer({ min: DAY_1800, max: DAY_2300 }), fc.integer({ min: -1200, max: 1200 }), (day, months) => {
        expect(addMonthsToDay(day, months)).toBe(addMonthsByArithmetic(day, months));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with date-fns addMonths, at the month ends and the table's edges", () => {
    const days = ["2024-01-31", "2024-02-29", "2023-02-28", "2025-03-31", "1900-01-01", "1899-12-31", "2199-12-31", "2200-01-01", "2199-02-28", "1900-02-28"].map(toDayNumber);
    for (const day of days) {
      for (const months of [-24, -13, -12, -1, 0, 1, 3, 6, 11, 12, 24, 1199]) expect(addMonthsToDay(day, months)).toBe(byDateFns(day, months));
    }
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1950-01-01"), max: toDayNumber("2150-01-01") }), fc.integer({ min: -60, max: 60 }), (day, months) => {
        expect(addMonthsToDay(day, months)).toBe(byDateFns(day, months));
      }),
      { numRuns: 2000 },
    );
  });
});
