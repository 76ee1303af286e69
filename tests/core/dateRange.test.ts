import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths, daysBetween, fromDayNumber, isKinsafeError, isoDate, toDayNumber, weekdayOfDayNumber, type IsoDate } from "../../src/core";

// Dates are YYYY-MM-DD with a four-digit year: 0000-01-01 to 9999-12-31. Outside that range, and
// for numbers that are not whole, the date functions throw KinsafeError('invalid-argument')
// rather than a RangeError or a string that is not a date.

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error.code;
    throw error;
  }
  return undefined;
}

const start = isoDate("2024-01-01");

describe("the supported range of dates", () => {
  it("addCalendarDays refuses results outside 0000-01-01 to 9999-12-31", () => {
    // Before: RangeError (1e9), "10237-09-21" (3e6), "-0714-02-03" (-1e6).
    for (const days of [1e9, 3e6, -1e6, Number.MAX_SAFE_INTEGER]) expect(code(() => addCalendarDays(start, days)), String(days)).toBe("invalid-argument");
    expect(addCalendarDays(isoDate("9999-12-30"), 1)).toBe("9999-12-31");
    expect(code(() => addCalendarDays(isoDate("9999-12-31"), 1))).toBe("invalid-argument");
    expect(addCalendarDays(isoDate("0000-01-02"), -1)).toBe("0000-01-01");
    expect(code(() => addCalendarDays(isoDate("0000-01-01"), -1))).toBe("invalid-argument");
  });

  it("addCalendarDays and addCalendarMonths refuse numbers that are not whole", () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 1.5]) {
      expect(code(() => addCalendarDays(start, n)), String(n)).toBe("invalid-argument");
      expect(code(() => addCalendarMonths(start, n)), String(n)).toBe("invalid-argument");
    }
  });

  it("addCalendarMonths refuses results outside the range and clamps inside it", () => {
    expect(code(() => addCalendarMonths(start, 1e9))).toBe("invalid-argument");
    expect(code(() => addCalendarMonths(start, -24_289))).toBe("invalid-argument"); // before year 0
    expect(addCalendarMonths(isoDate("9999-11-30"), 1)).toBe("9999-12-30");
    expect(code(() => addCalendarMonths(isoDate("9999-12-01"), 1))).toBe("invalid-argument");
    expect(addCalendarMonths(isoDate("2024-03-31"), -1)).toBe("2024-02-29");
    expect(addCalendarMonths(isoDate("2023-12-31"), 14)).toBe("2025-02-28");
  });

  it("fromDayNumber refuses Infinity, NaN, fractions and days outside the range", () => {
    // Before: fromDayNumber(Infinity) returned "0NaN-NaN-NaN".
    for (const day of [Infinity, -Infinity, Number.NaN, 1.5, toDayNumber("9999-12-31") + 1, toDayNumber("0000-01-01") - 1]) {
      expect(code(() => fromDayNumber(day)), String(day)).toBe("invalid-argument");
    }
    expect(fromDayNumber(toDayNumber("9999-12-31"))).toBe("9999-12-31");
    expect(fromDayNumber(toDayNumber("0000-01-01"))).toBe("0000-01-01");
  });

  it("toDayNumber and daysBetween refuse values that are not strings with KinsafeError", () => {
    for (const v of [null, undefined, 1n, 20240101, {}]) {
      expect(code(() => toDayNumber(v as string))).toBe("invalid-argument");
      expect(code(() => daysBetween(v as IsoDate, start))).toBe("invalid-argument");
      expect(code(() => addCalendarDays(v as IsoDate, 1))).toBe("invalid-argument");
    }
  });

  it("adding days agrees with day numbers over the whole range (property)", () => {
    const first = toDayNumber("0000-01-01");
    const last = toDayNumber("9999-12-31");
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -4_000_000, max: 4_000_000 }), (day, n) => {
        const target = day + n;
        const outcome = code(() => addCalendarDays(fromDayNumber(day), n));
        if (target < first || target > last) expect(outcome).toBe("invalid-argument");
        else expect(toDayNumber(addCalendarDays(fromDayNumber(day), n))).toBe(target);
        expect(weekdayOfDayNumber(day)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
