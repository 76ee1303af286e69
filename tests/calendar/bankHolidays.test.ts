import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingDays,
  closedDayTitle,
  createWorkingDayCalendar,
  ENGLAND_AND_WALES_ANNOUNCED_THROUGH,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  englandAndWalesBankHolidays,
  isComputed,
  isWorkingDay,
  workingDaysBetween,
} from "../../src/calendar";
import { isKinsafeError, isoDate, weekdayOfDayNumber, toDayNumber } from "../../src/core";

/** The published list, 2010–2030 (see tests/fixtures/bank-holidays/README.md). */
const published = JSON.parse(readFileSync(new URL("../fixtures/bank-holidays/england-and-wales-2010-2030.json", import.meta.url), "utf8")) as {
  readonly years: Readonly<Record<string, readonly { readonly date: string; readonly title: string }[]>>;
};

const calendar = createWorkingDayCalendar();
const weekday = (date: string): number => weekdayOfDayNumber(toDayNumber(date));

describe("England and Wales bank holidays", () => {
  it("equal the published list for every year 2010–2030, dates and titles", () => {
    const years = Object.keys(published.years);
    expect(years).toHaveLength(21);
    for (const year of years) expect(englandAndWalesBankHolidays(Number(year)), year).toEqual(published.years[year]);
  });

  it("keeps ENGLAND_AND_WALES_BANK_HOLIDAYS as the 2010–2030 list", () => {
    const flat = Object.values(published.years).flatMap((days) => days.map((x) => [x.date, x.title]));
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toEqual(flat);
  });

  it("computes one year", () => {
    // #region one-year
    englandAndWalesBankHolidays(1977).map((d) => d.date);
    // ["1977-01-03", "1977-04-08", "1977-04-11", "1977-06-06", "1977-06-07", "1977-08-29", "1977-12-26", "1977-12-27"]
    // no early May bank holiday before 1978; the spring bank holiday moved for the Silver Jubilee
    // #endregion one-year
    expect(englandAndWalesBankHolidays(1977).map((d) => d.date)).toEqual([
      "1977-01-03",
      "1977-04-08",
      "1977-04-11",
      "1977-06-06",
      "1977-06-07",
      "1977-08-29",
      "1977-12-26",
      "1977-12-27",
    ]);
  });

  it.each([
    // [date, first word of the title] for every announced one-off day and moved day
    ["1973-11-14", "Wedding"],
    ["1977-06-06", "Spring"],
    ["1977-06-07", "Queen's"],
    ["1981-07-29", "Royal"],
    ["1995-05-08", "Early"],
    ["1999-12-31", "Millennium"],
    ["2002-06-03", "Queen's"],
    ["2002-06-04", "Spring"],
    ["2011-04-29", "Royal"],
    ["2012-06-04", "Spring"],
    ["2012-06-05", "Queen's"],
    ["2020-05-08", "Early"],
    ["2022-06-02", "Spring"],
    ["2022-06-03", "Queen's"],
    ["2022-09-19", "State"],
    ["2023-05-08", "Coronation"],
  ])("closes the announced day %s", (date, word) => {
    expect(isWorkingDay(calendar, isoDate(date))).toBe(false);
    expect(closedDayTitle(calendar, isoDate(date))?.split(" ")[0]).toBe(word);
  });

  it.each([
    ["1977-05-30", "spring bank holiday moved to 6 June 1977"],
    ["1995-05-01", "early May bank holiday moved to 8 May 1995"],
    ["2002-05-27", "spring bank holiday moved to 4 June 2002"],
    ["1986-07-23", "the Duke of York's wedding was not a bank holiday"],
  ])("leaves %s open (%s)", (date) => {
    expect(isWorkingDay(calendar, isoDate(date))).toBe(true);
  });

  it("applies each statutory rule from the year it began", () => {
    const dates = (year: number): string[] => englandAndWalesBankHolidays(year).map((d) => d.date);
    // New Year's Day from 1974 (proclaimed every year since), early May from 1978.
    expect(dates(1973)).not.toContain("1973-01-01");
    expect(dates(1974)).toContain("1974-01-01");
    expect(dates(1977).some((x) => x.startsWith("1977-05-0"))).toBe(false);
    expect(dates(1978)).toContain("1978-05-01");
    // 1970: Christmas on Friday, Boxing Day on Saturday, no substitute Monday (HC Deb 11 Nov 1970).
    expect(dates(1970).filter((x) => x.startsWith("1970-12"))).toEqual(["1970-12-25"]);
    // 1976: Christmas on Saturday: Monday 27 and Tuesday 28 December; Monday 3 January 1977.
    expect(dates(1976).filter((x) => x.startsWith("1976-12"))).toEqual(["1976-12-27", "1976-12-28"]);
    expect(dates(1977)[0]).toBe("1977-01-03");
  });

  it("refuses a year outside 1970–2099", () => {
    for (const year of [1969, 2100, 2025.5]) {
      let caught: unknown;
      try {
        englandAndWalesBankHolidays(year);
      } catch (e) {
        caught = e;
      }
      expect(isKinsafeError(caught) ? caught.code : caught, String(year)).toBe("invalid-argument");
    }
  });

  describe("properties (every year 1970–2099)", () => {
    const year = fc.integer({ min: 1970, max: 2099 });

    it("Easter Monday is a Monday three days after Good Friday, between 23 March and 26 April", () => {
      fc.assert(
        fc.property(year, (y) => {
          const days = englandAndWalesBankHolidays(y);
          const friday = days.find((d) => d.title === "Good Friday");
          const monday = days.find((d) => d.title === "Easter Monday");
          expect(friday && monday && toDayNumber(monday.date) - toDayNumber(friday.date)).toBe(3);
          expect(weekday(monday?.date ?? "")).toBe(1);
          expect(monday && monday.date >= `${String(y)}-03-23` && monday.date <= `${String(y)}-04-26`).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it("every bank holiday is a weekday, in its year, listed once, in date order", () => {
      fc.assert(
        fc.property(year, (y) => {
          const days = englandAndWalesBankHolidays(y).map((d) => d.date);
          expect(new Set(days).size).toBe(days.length);
          expect([...days].sort()).toEqual(days);
          for (const d of days) {
            expect(d.startsWith(String(y))).toBe(true);
            expect([1, 2, 3, 4, 5]).toContain(weekday(d));
          }
        }),
        { numRuns: 200 },
      );
    });

    it("a regular year from 1978 has eight bank holidays, and every year has two at Christmas (one in 1970)", () => {
      const special = new Set([1977, 1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023]);
      fc.assert(
        fc.property(year, (y) => {
          const days = englandAndWalesBankHolidays(y);
          const christmas = days.filter((d) => d.title.startsWith("Christmas") || d.title.startsWith("Boxing"));
          expect(christmas).toHaveLength(y === 1970 ? 1 : 2);
          if (y >= 1978 && !special.has(y)) expect(days).toHaveLength(8);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe("the default calendar", () => {
  it("covers 1970-01-01 to 2099-12-31", () => {
    expect([calendar.from, calendar.to]).toEqual(["1970-01-01", "2099-12-31"]);
    // A 2009 referral and a 2004 assessment are inside it.
    expect(addWorkingDays(calendar, isoDate("2009-04-09"), 1)).toBe("2009-04-14"); // Good Friday and Easter Monday
    expect(workingDaysBetween(calendar, isoDate("2004-03-03"), isoDate("2004-05-06"))).toBe(43); // 46 weekdays from 4 March to 6 May, less Good Friday, Easter Monday and early May
  });

  it("is built once and shared when no options are given", () => {
    expect(createWorkingDayCalendar()).toBe(calendar);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(createWorkingDayCalendar({})).not.toBe(calendar);
  });

  it("says which dates have computed, not announced, bank holidays", () => {
    // #region is-computed
    const cal = createWorkingDayCalendar();
    cal.computedFrom; // "2028-01-01": the years after the last published list
    isComputed(cal, isoDate("2027-12-31")); // false: announced
    isComputed(cal, isoDate("2028-01-04")); // true: computed from the statutory rules
    // #endregion is-computed
    expect(cal.computedFrom).toBe(`${String(ENGLAND_AND_WALES_ANNOUNCED_THROUGH + 1)}-01-01`);
    expect(isComputed(cal, isoDate("2027-12-31"))).toBe(false);
    expect(isComputed(cal, isoDate("2028-01-04"))).toBe(true);
    expect(isComputed(cal, isoDate("2150-01-01"))).toBe(true);
    expect(cal.spec.computedFrom).toBe("2028-01-01");
  });

  it("has no computed years when it ends before them, or with its own holidays, unless told", () => {
    expect(createWorkingDayCalendar({ to: isoDate("2027-12-31") }).computedFrom).toBeUndefined();
    const own = createWorkingDayCalendar({ from: isoDate("2031-01-01"), to: isoDate("2031-12-31"), holidays: [] });
    expect(own.computedFrom).toBeUndefined();
    expect(isComputed(own, isoDate("2031-06-01"))).toBe(false);
    const told = createWorkingDayCalendar({ computedFrom: isoDate("2026-01-01") });
    expect(isComputed(told, isoDate("2026-01-01"))).toBe(true);
  });

  it("still takes extra closed days and open days in any year", () => {
    const local = createWorkingDayCalendar({ extraClosedDays: [{ date: isoDate("1985-06-03"), title: "Closure" }], openDays: [isoDate("2090-12-25")] });
    expect(isWorkingDay(local, isoDate("1985-06-03"))).toBe(false);
    expect(isWorkingDay(local, isoDate("2090-12-25"))).toBe(true);
  });
});
