import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addCalendarDays,
  addCalendarMonths,
  compareIsoDates,
  dateOf,
  daysBetween,
  isKinsafeError,
  isoDate,
  isoDateTime,
  IsoDateSchema,
  type IsoDate,
} from "../../src/core";

// These tests also run under TZ=Europe/London and TZ=Australia/Lord_Howe (npm run test:tz).

const arbDate = fc
  .integer({ min: 0, max: 365 * 60 })
  .map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10) as IsoDate);

describe("calendar dates", () => {
  it("checks and brands dates", () => {
    // #region iso-date
    const review = isoDate("2025-03-29");
    // #endregion iso-date
    expect(review).toBe("2025-03-29");
    expect(() => isoDate("2023-02-29")).toThrow(/Invalid date/);
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(IsoDateSchema.safeParse("2025-13-01").success).toBe(false);
    expect(IsoDateSchema.safeParse("25-01-01").success).toBe(false);
  });

  it("checks UTC instants", () => {
    // #region iso-date-time
    const at = isoDateTime("2025-03-29T10:15:00Z");
    // #endregion iso-date-time
    expect(at).toBe("2025-03-29T10:15:00Z");
    let caught: unknown;
    try {
      isoDateTime("2025-03-29 10:15");
    } catch (e) {
      caught = e;
    }
    expect(isKinsafeError(caught)).toBe(true);
  });

  it("adds calendar days across clock changes and leap days", () => {
    // #region add-calendar-days
    addCalendarDays(isoDate("2024-02-28"), 1); // "2024-02-29"
    // #endregion add-calendar-days
    expect(addCalendarDays(isoDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addCalendarDays(isoDate("2025-03-29"), 1)).toBe("2025-03-30"); // UK clocks go forward
    expect(addCalendarDays(isoDate("2025-10-25"), 2)).toBe("2025-10-27"); // UK clocks go back
    expect(addCalendarDays(isoDate("2025-04-05"), 1)).toBe("2025-04-06"); // Lord Howe DST ends
    expect(addCalendarDays(isoDate("2025-01-01"), -1)).toBe("2024-12-31");
  });

  it("adds months, clamping to the end of a shorter month", () => {
    // #region add-calendar-months
    addCalendarMonths(isoDate("2024-01-31"), 1); // "2024-02-29"
    // #endregion add-calendar-months
    expect(addCalendarMonths(isoDate("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addCalendarMonths(isoDate("2025-01-31"), 1)).toBe("2025-02-28");
    expect(addCalendarMonths(isoDate("2025-11-15"), 3)).toBe("2026-02-15");
  });

  it("counts days between dates", () => {
    // #region days-between
    daysBetween(isoDate("2025-03-01"), isoDate("2025-04-01")); // 31
    // #endregion days-between
    expect(daysBetween(isoDate("2025-03-01"), isoDate("2025-04-01"))).toBe(31);
    expect(daysBetween(isoDate("2025-04-01"), isoDate("2025-03-01"))).toBe(-31);
  });

  it("compares dates", () => {
    // #region compare-dates
    const sorted = [isoDate("2025-05-01"), isoDate("2024-12-31")].sort(compareIsoDates);
    // #endregion compare-dates
    expect(sorted).toEqual(["2024-12-31", "2025-05-01"]);
    expect(compareIsoDates(isoDate("2025-01-01"), isoDate("2025-01-01"))).toBe(0);
  });

  it("takes the UTC date of an instant", () => {
    // #region date-of
    dateOf(isoDateTime("2025-03-29T23:59:59Z")); // "2025-03-29"
    // #endregion date-of
    expect(dateOf(isoDateTime("2025-03-29T23:59:59Z"))).toBe("2025-03-29");
  });

  describe("properties", () => {
    it("daysBetween inverts addCalendarDays in every time zone", () => {
      fc.assert(
        fc.property(arbDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
          const later = addCalendarDays(d, n);
          expect(daysBetween(d, later)).toBe(n);
          expect(IsoDateSchema.safeParse(later).success).toBe(true);
        }),
      );
    });

    it("daysBetween agrees with UTC arithmetic", () => {
      fc.assert(
        fc.property(arbDate, arbDate, (a, b) => {
          const utc = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
          expect(daysBetween(a, b)).toBe(utc);
        }),
      );
    });
  });
});
