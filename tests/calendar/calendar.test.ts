import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingDays,
  buildWorkingDayCalendar,
  closedDayTitle,
  createWorkingDayCalendar,
  englandAndWalesBankHolidays,
  isWorkingDay,
  workingDaysBetween,
  workingDaysBetweenDayNumbers,
} from "../../src/calendar";
import { fromDayNumber, isKinsafeError, isoDate, toDayNumber, type IsoDate } from "../../src/core";

const calendar = createWorkingDayCalendar();
const d = (s: string): IsoDate => isoDate(s);

/** The slow, obviously correct count: walk day by day with Date in UTC. */
function naiveCount(from: string, to: string, holidays: ReadonlySet<string>): number {
  const sign = to >= from ? 1 : -1;
  const [lo, hi] = sign === 1 ? [from, to] : [to, from];
  let n = 0;
  for (let t = Date.parse(`${lo}T00:00:00Z`) + 86_400_000; t <= Date.parse(`${hi}T00:00:00Z`); t += 86_400_000) {
    const day = new Date(t);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.has(iso)) n += 1;
  }
  return n === 0 ? 0 : sign * n;
}
const bankHolidays = new Set(Array.from({ length: 130 }, (_, i) => englandAndWalesBankHolidays(1970 + i).map((h) => h.date as string)).flat());

describe("working-day calendar", () => {
  it("builds England and Wales 1970–2099 by default", () => {
    // #region docs-example
    const cal = createWorkingDayCalendar();
    // An assessment must be completed within 45 working days of the referral.
    const due = addWorkingDays(cal, isoDate("2025-03-03"), 45);
    // "2025-05-08": Good Friday, Easter Monday and the early May bank holiday are skipped
    // #endregion docs-example
    expect(due).toBe("2025-05-08");
    expect(naiveCount("2025-03-03", due, bankHolidays)).toBe(45);
    expect(cal.from).toBe("1970-01-01");
    expect(cal.to).toBe("2099-12-31");
  });

  it("knows weekends and bank holidays", () => {
    // #region is-working-day
    isWorkingDay(calendar, isoDate("2025-04-18")); // false: Good Friday
    isWorkingDay(calendar, isoDate("2025-04-22")); // true
    // #endregion is-working-day
    expect(isWorkingDay(calendar, d("2025-04-18"))).toBe(false);
    expect(isWorkingDay(calendar, d("2025-04-21"))).toBe(false); // Easter Monday
    expect(isWorkingDay(calendar, d("2025-04-22"))).toBe(true);
    expect(isWorkingDay(calendar, d("2025-04-19"))).toBe(false); // Saturday
    expect(isWorkingDay(calendar, d("2025-04-20"))).toBe(false); // Sunday
    expect(isWorkingDay(calendar, d("2010-01-01"))).toBe(false); // New Year's Day
    expect(isWorkingDay(calendar, d("2010-01-04"))).toBe(true);
    expect(isWorkingDay(calendar, d("1970-01-01"))).toBe(true); // first day of the range: New Year's Day was not yet a bank holiday
    expect(isWorkingDay(calendar, d("2099-12-31"))).toBe(true); // last day of the range
  });

  it("names closed days", () => {
    // #region closed-day
    closedDayTitle(calendar, isoDate("2023-05-08")); // "Coronation of King Charles III"
    // #endregion closed-day
    expect(closedDayTitle(calendar, d("2023-05-08"))).toBe("Coronation of King Charles III");
    expect(closedDayTitle(calendar, d("2023-05-09"))).toBeUndefined();
  });

  it.each([
    ["2011-04-29", "Royal wedding"],
    ["2012-06-04", "Spring bank holiday (moved)"],
    ["2012-06-05", "Queen's Diamond Jubilee"],
    ["2020-05-08", "Early May bank holiday (VE day)"],
    ["2022-06-02", "Spring bank holiday (moved)"],
    ["2022-06-03", "Queen's Platinum Jubilee"],
    ["2022-09-19", "State Funeral of Queen Elizabeth II"],
    ["2023-05-08", "Coronation of King Charles III"],
  ])("closes the one-off day %s", (date, title) => {
    expect(isWorkingDay(calendar, d(date))).toBe(false);
    expect(closedDayTitle(calendar, d(date))?.toLowerCase()).toContain(title.split(" ")[0]?.toLowerCase() ?? "");
  });

  it("does not close the usual days that one-off changes moved", () => {
    expect(isWorkingDay(calendar, d("2012-05-28"))).toBe(true); // spring bank holiday moved to 4 June 2012
    expect(isWorkingDay(calendar, d("2020-05-04"))).toBe(true); // early May moved to 8 May 2020
    expect(isWorkingDay(calendar, d("2022-05-30"))).toBe(true); // spring bank holiday moved to 2 June 2022
  });

  it.each([
    ["2019-04-19", "2019-04-22"],
    ["2024-03-29", "2024-04-01"],
    ["2025-04-18", "2025-04-21"],
    ["2026-04-03", "2026-04-06"],
    ["2030-04-19", "2030-04-22"],
  ])("closes Good Friday %s and Easter Monday %s", (friday, monday) => {
    expect(isWorkingDay(calendar, d(friday))).toBe(false);
    expect(isWorkingDay(calendar, d(monday))).toBe(false);
    // Thursday before Easter to Tuesday after: one working day (the Tuesday).
    const thursday = fromDayNumber(toDayNumber(friday) - 1);
    const tuesday = fromDayNumber(toDayNumber(monday) + 1);
    expect(workingDaysBetween(calendar, thursday, tuesday)).toBe(1);
  });

  it("counts across year boundaries with substitute days", () => {
    // #region working-days-between
    workingDaysBetween(calendar, isoDate("2021-12-24"), isoDate("2022-01-04")); // 4
    // 25–26 Dec weekend, 27–28 Dec substitute days, 29–31 Dec working, 1–2 Jan weekend,
    // 3 Jan substitute day, 4 Jan working
    // #endregion working-days-between
    expect(workingDaysBetween(calendar, d("2021-12-24"), d("2022-01-04"))).toBe(4);
    expect(naiveCount("2021-12-24", "2022-01-04", bankHolidays)).toBe(4);
    expect(isWorkingDay(calendar, d("2021-12-27"))).toBe(false);
    expect(isWorkingDay(calendar, d("2021-12-28"))).toBe(false);
    expect(isWorkingDay(calendar, d("2022-01-03"))).toBe(false);
    expect(workingDaysBetween(calendar, d("2022-01-04"), d("2021-12-24"))).toBe(-4);
    expect(workingDaysBetween(calendar, d("2024-12-31"), d("2025-01-02"))).toBe(1);
  });

  it("adds working days forwards and backwards", () => {
    // #region add-working-days
    // An initial child protection conference within 15 working days of a strategy discussion
    addWorkingDays(calendar, isoDate("2025-04-10"), 15); // "2025-05-06"
    // #endregion add-working-days
    expect(addWorkingDays(calendar, d("2025-04-10"), 15)).toBe("2025-05-06");
    expect(addWorkingDays(calendar, d("2025-04-22"), -1)).toBe("2025-04-17");
    expect(addWorkingDays(calendar, d("2025-04-19"), 1)).toBe("2025-04-22"); // from a Saturday
    expect(addWorkingDays(calendar, d("2025-04-19"), 0)).toBe("2025-04-19");
    expect(addWorkingDays(calendar, d("2025-04-19"), -1)).toBe("2025-04-17");
  });

  it("works on day numbers for hot loops", () => {
    // #region day-numbers
    const start = toDayNumber("2025-03-03");
    const end = toDayNumber("2025-05-08");
    workingDaysBetweenDayNumbers(calendar, start, end); // 45
    // #endregion day-numbers
    expect(workingDaysBetweenDayNumbers(calendar, start, end)).toBe(45);
  });

  it("refuses dates outside its range rather than guessing", () => {
    const errors: unknown[] = [];
    for (const f of [
      () => isWorkingDay(calendar, d("2100-01-02")),
      () => workingDaysBetween(calendar, d("1969-12-31"), d("1970-01-05")),
      () => addWorkingDays(calendar, d("2099-12-30"), 5),
      () => addWorkingDays(calendar, d("1970-01-05"), -5),
      () => addWorkingDays(calendar, d("2025-01-01"), 1.5),
      () => createWorkingDayCalendar({ to: d("2100-12-31") }),
    ]) {
      try {
        f();
      } catch (e) {
        errors.push(e);
      }
    }
    expect(errors).toHaveLength(6);
    expect(errors.every(isKinsafeError)).toBe(true);
    expect(String(errors[0])).toContain("2100-01-02 is outside the working-day calendar, which covers 1970-01-01 to 2099-12-31");
  });

  it("takes other holiday sets, local closures, open days and weekends", () => {
    const scotland = createWorkingDayCalendar({
      from: d("2031-01-01"),
      to: d("2031-12-31"),
      holidays: [{ date: d("2031-01-02"), title: "2nd January" }],
    });
    expect(isWorkingDay(scotland, d("2031-01-02"))).toBe(false);
    const local = createWorkingDayCalendar({
      extraClosedDays: [{ date: d("2025-12-29"), title: "Council closure day" }],
      openDays: [d("2025-12-26")],
    });
    expect(isWorkingDay(local, d("2025-12-29"))).toBe(false);
    expect(isWorkingDay(local, d("2025-12-26"))).toBe(true);
    const fridayWeekend = createWorkingDayCalendar({ weekendDays: [5, 6] });
    expect(isWorkingDay(fridayWeekend, d("2025-03-07"))).toBe(false);
    expect(isWorkingDay(fridayWeekend, d("2025-03-09"))).toBe(true);
  });

  it("builds from a stored spec and reports every problem of a bad one", () => {
    // #region from-spec
    const cal = buildWorkingDayCalendar({
      from: isoDate("2025-01-01"),
      to: isoDate("2025-12-31"),
      weekendDays: [0, 6],
      closedDays: [{ date: isoDate("2025-12-25"), title: "Christmas Day" }],
    });
    // #endregion from-spec
    expect(isWorkingDay(cal, d("2025-12-25"))).toBe(false);
    let caught: unknown;
    try {
      buildWorkingDayCalendar({ from: d("2025-06-01"), to: d("2025-01-01"), weekendDays: [7], closedDays: [{ date: d("2026-01-01"), title: "x" }] });
    } catch (e) {
      caught = e;
    }
    expect(isKinsafeError(caught)).toBe(true);
    if (!isKinsafeError(caught)) return;
    expect(caught.issues.map((i) => i.path.join("."))).toEqual(["weekendDays.0", "to", "closedDays.0.date"]);
    let caught2: unknown;
    try {
      buildWorkingDayCalendar({ from: d("2025-06-01"), to: d("2025-01-01"), weekendDays: [6], closedDays: [{ date: d("2026-01-01"), title: "x" }] });
    } catch (e) {
      caught2 = e;
    }
    expect(isKinsafeError(caught2) ? caught2.issues.map((i) => i.path.join(".")) : []).toEqual(["to", "closedDays.0.date"]);
  });

  describe("properties", () => {
    const arbDay = fc.integer({ min: toDayNumber("1970-01-01"), max: toDayNumber("2099-12-31") }).map(fromDayNumber);

    it("workingDaysBetween agrees with a day-by-day count", () => {
      fc.assert(
        // Pairs up to about two years apart, anywhere in 1970–2099 (the day-by-day count is slow).
        fc.property(arbDay, fc.integer({ min: -800, max: 800 }), (a, offset) => {
          const day = Math.min(Math.max(toDayNumber(a) + offset, calendar.firstDay), calendar.lastDay);
          const b = fromDayNumber(day);
          expect(workingDaysBetween(calendar, a, b)).toBe(naiveCount(a, b, bankHolidays));
        }),
        { numRuns: 500 },
      );
    });

    it("addWorkingDays lands on a working day the right count away", () => {
      fc.assert(
        fc.property(fc.integer({ min: toDayNumber("1970-02-01"), max: toDayNumber("2099-06-01") }).map(fromDayNumber), fc.integer({ min: 1, max: 120 }), (a, n) => {
          const due = addWorkingDays(calendar, a, n);
          expect(isWorkingDay(calendar, due)).toBe(true);
          expect(workingDaysBetween(calendar, a, due)).toBe(n);
          const back = addWorkingDays(calendar, due, -n);
          // Going back n working days from the due date returns to the start, or to the last
          // working day before it when the start was a weekend or holiday.
          expect(back <= a).toBe(true);
          expect(workingDaysBetween(calendar, back, a)).toBe(0);
          if (isWorkingDay(calendar, a)) expect(back).toBe(a);
        }),
        { numRuns: 500 },
      );
    });
  });
});
