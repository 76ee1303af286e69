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
  IsoDateTimeSchema,
  compareInstants,
  type IsoDate,
  type IsoDateTime,
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

describe("instants (RFC 3339)", () => {
  it("accepts an offset and stores the instant in UTC", () => {
    // #region iso-date-time-offset
    isoDateTime("2025-03-29T11:15:00+01:00"); // "2025-03-29T10:15:00Z"
    isoDateTime("2025-03-29T04:45:00.250-05:30"); // "2025-03-29T10:15:00.250Z"
    // #endregion iso-date-time-offset
    expect(isoDateTime("2025-03-29T11:15:00+01:00")).toBe("2025-03-29T10:15:00Z");
    expect(isoDateTime("2025-03-29T04:45:00.250-05:30")).toBe("2025-03-29T10:15:00.250Z");
    expect(isoDateTime("2025-03-29T10:15:00-00:00")).toBe("2025-03-29T10:15:00Z");
    expect(isoDateTime("2025-03-29t10:15:00z")).toBe("2025-03-29T10:15:00Z");
    // Across a day, a month, a year and a leap day.
    expect(isoDateTime("2025-01-01T00:30:00+01:00")).toBe("2024-12-31T23:30:00Z");
    expect(isoDateTime("2024-02-28T23:30:00-01:00")).toBe("2024-02-29T00:30:00Z");
    expect(isoDateTime("2025-02-28T23:30:00-01:00")).toBe("2025-03-01T00:30:00Z");
    expect(isoDateTime("2025-03-29T00:00:00+23:59")).toBe("2025-03-28T00:01:00Z");
  });

  it("refuses what RFC 3339 does not allow, and instants outside the supported years", () => {
    const refused = (value: string): boolean => !IsoDateTimeSchema.safeParse(value).success;
    for (const value of [
      "2025-03-29 10:15:00Z", // a space for T
      "2025-03-29T10:15Z", // no seconds
      "2025-03-29T10:15:00", // no offset
      "2025-03-29T10:15:00+0100", // no colon in the offset
      "2025-03-29T10:15:00+01", // no minutes in the offset
      "2025-03-29T10:15:00+24:00", // offset hours beyond 23
      "2025-03-29T23:59:60Z", // a leap second
      "2025-02-29T10:15:00Z", // not a leap year
      "2025-03-29T24:00:00Z",
      "0000-01-01T00:30:00+01:00", // before 0000-01-01 in UTC
      "9999-12-31T23:30:00-01:00", // after 9999-12-31 in UTC
    ]) {
      expect(refused(value), value).toBe(true);
    }
    expect(() => isoDateTime("2025-03-29T10:15Z")).toThrow(/RFC 3339/);
  });

  it("compares instants by time, not as strings", () => {
    // #region compare-instants
    const at = [isoDateTime("2025-03-29T10:15:00.5Z"), isoDateTime("2025-03-29T10:15:00Z"), isoDateTime("2025-03-29T10:14:59.999Z")];
    at.sort(compareInstants); // ["2025-03-29T10:14:59.999Z", "2025-03-29T10:15:00Z", "2025-03-29T10:15:00.5Z"]
    // #endregion compare-instants
    expect(at).toEqual(["2025-03-29T10:14:59.999Z", "2025-03-29T10:15:00Z", "2025-03-29T10:15:00.5Z"]);
    expect(compareInstants(isoDateTime("2025-03-29T10:15:00.000Z"), isoDateTime("2025-03-29T10:15:00Z"))).toBe(0);
    expect(compareInstants("2025-03-29T11:15:00+01:00" as IsoDateTime, "2025-03-29T10:15:00Z" as IsoDateTime)).toBe(0);
    expect(() => compareInstants("yesterday" as IsoDateTime, "2025-03-29T10:15:00Z" as IsoDateTime)).toThrow(/RFC 3339/);
  });

  it("parses any accepted instant to a UTC instant that parses to itself and stands for the same time", () => {
    const arbOffset = fc.oneof(
      fc.constantFrom("Z", "z", "+00:00", "-00:00"),
      fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    );
    const arbFraction = fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{1,9}$/));
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2199, 11, 30) }), arbFraction, arbOffset, fc.boolean(), (ms, fraction, offset, lower) => {
        const wall = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
        const input = `${lower ? wall.replace("T", "t") : wall}${fraction}${offset}`;
        const parsed = IsoDateTimeSchema.parse(input);
        expect(parsed).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(IsoDateTimeSchema.parse(parsed)).toBe(parsed);
        expect(compareInstants(parsed, input as IsoDateTime)).toBe(0);
        // The same time as JavaScript reads it (to the millisecond).
        expect(Date.parse(parsed)).toBe(Date.parse(input.toUpperCase()));
      }),
    );
  });

  it("sorts instants as their times sort", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 4e12 }), (a, b) => {
        const x = isoDateTime(new Date(a).toISOString());
        const y = isoDateTime(new Date(b).toISOString().replace(".000Z", "Z"));
        expect(Math.sign(compareInstants(x, y))).toBe(Math.sign(Date.parse(x) - Date.parse(y)));
      }),
    );
  });
});
