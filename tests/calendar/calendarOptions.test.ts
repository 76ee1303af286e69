import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar, workingDaysBetweenDayNumbers, type WorkingDayCalendarOptions } from "../../src/calendar";
import { isKinsafeError, isoDate } from "../../src/core";

function error(options: unknown): { code: string; paths: string[] } | undefined {
  try {
    createWorkingDayCalendar(options as WorkingDayCalendarOptions);
  } catch (e) {
    if (!isKinsafeError(e)) throw e;
    return { code: e.code, paths: e.issues.map((i) => i.path.join(".")) };
  }
  return undefined;
}

describe("createWorkingDayCalendar options", () => {
  it("refuses a null holiday with KinsafeError, not TypeError", () => {
    // Before: TypeError: Cannot read properties of null (reading 'date').
    expect(error({ holidays: [null] })).toEqual({ code: "invalid-input", paths: ["holidays.0"] });
  });

  it("refuses options of the wrong kind with every path", () => {
    expect(error(null)).toMatchObject({ code: "invalid-input" });
    expect(error({ from: 20240101, openDays: [null], extraClosedDays: [{ date: "2024-02-30" }], weekendDays: [7] })).toEqual({
      code: "invalid-input",
      paths: ["from", "extraClosedDays.0.date", "extraClosedDays.0.title", "openDays.0", "weekendDays.0"],
    });
  });

  it("still builds from good options", () => {
    const c = createWorkingDayCalendar({ from: isoDate("2024-01-01"), to: isoDate("2024-12-31"), holidays: [{ date: isoDate("2024-12-25"), title: "Christmas Day" }] });
    expect(c.closedDays.size).toBe(1);
  });
});

describe("day numbers outside every calendar", () => {
  it("are refused with KinsafeError('invalid-argument') naming the day", () => {
    const calendar = createWorkingDayCalendar();
    for (const day of [1e15, -1e15, Infinity, Number.NaN, 1.5]) {
      let caught: unknown;
      try {
        workingDaysBetweenDayNumbers(calendar, day, 0);
      } catch (e) {
        caught = e;
      }
      expect(isKinsafeError(caught) ? [caught.code, caught.message.includes("outside the working-day calendar")] : caught, String(day)).toEqual(["invalid-argument", true]);
    }
  });
});
