import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addCalendarDays, fromDayNumber, isoDate, toDayNumber, weekdayOfDayNumber } from "../../src/core";

describe("day numbers", () => {
  it("converts dates to day numbers and back", () => {
    // #region docs-example
    toDayNumber(isoDate("1970-01-02")); // 1
    fromDayNumber(19_000); // "2022-01-08"
    // #endregion docs-example
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber(isoDate("1970-01-02"))).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(fromDayNumber(19_000)).toBe("2022-01-08");
    expect(toDayNumber("2000-02-29")).toBe(11_016);
  });

  it("gives the day of the week", () => {
    // #region weekday
    weekdayOfDayNumber(toDayNumber("2025-03-29")); // 6 (a Saturday)
    // #endregion weekday
    expect(weekdayOfDayNumber(toDayNumber("2025-03-29"))).toBe(6);
    expect(weekdayOfDayNumber(toDayNumber("1970-01-01"))).toBe(4);
    expect(weekdayOfDayNumber(toDayNumber("1969-12-28"))).toBe(0);
  });

  it("refuses strings that are not real dates", () => {
    for (const bad of ["2023-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "2025/01/01", "abcd-ef-gh", "2025-04-31", ""]) {
      expect(() => toDayNumber(bad)).toThrow(/Not a calendar date/);
    }
    expect(toDayNumber("2024-02-29")).toBe(toDayNumber("2024-03-01") - 1);
    expect(toDayNumber("2000-02-29")).toBeGreaterThan(0);
    expect(() => toDayNumber("1900-02-29")).toThrow();
  });

  it("agrees with Date.UTC and date-fns on many dates (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(toDayNumber(addCalendarDays(isoDate(iso), 1))).toBe(n + 1);
      }),
    );
  });
});
