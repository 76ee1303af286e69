// London local time: the rule of the Summer Time Order 2002, computed. These tests also run under
// TZ=Europe/London and TZ=Australia/Lord_Howe (npm run test:tz): the results must not move.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantToLondonTime, isKinsafeError, londonTimeToInstant, type KinsafeError } from "../../src/core";

function failure(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

/** The offset of London at an instant, from the runtime's own time-zone data: an independent oracle. */
const ORACLE = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
function oracle(ms: number): { date: string; time: string } {
  const parts = Object.fromEntries(ORACLE.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts["year"] ?? ""}-${parts["month"] ?? ""}-${parts["day"] ?? ""}`, time: `${parts["hour"] ?? ""}:${parts["minute"] ?? ""}:${parts["second"] ?? ""}` };
}

describe("londonTimeToInstant", () => {
  it("turns a London date and time into an instant, in winter and in summer", () => {
    // #region london-time-to-instant
    londonTimeToInstant("2025-01-15", "09:30"); // "2025-01-15T09:30:00Z" (GMT)
    londonTimeToInstant("2025-07-01", "10:30"); // "2025-07-01T09:30:00Z" (BST)
    londonTimeToInstant("2025-10-26", "01:30"); // "2025-10-26T00:30:00Z" (the first 01:30, BST)
    londonTimeToInstant("2025-10-26", "01:30", { overlap: "later" }); // "2025-10-26T01:30:00Z" (GMT)
    // londonTimeToInstant("2025-03-30", "01:30") throws: that time does not exist
    // #endregion london-time-to-instant
    expect(londonTimeToInstant("2025-01-15", "09:30")).toBe("2025-01-15T09:30:00Z");
    expect(londonTimeToInstant("2025-07-01", "10:30")).toBe("2025-07-01T09:30:00Z");
    expect(londonTimeToInstant("2025-07-01", "00:15:42")).toBe("2025-06-30T23:15:42Z");
    expect(londonTimeToInstant("2025-10-26", "01:30")).toBe("2025-10-26T00:30:00Z");
    expect(londonTimeToInstant("2025-10-26", "01:30", { overlap: "earlier" })).toBe("2025-10-26T00:30:00Z");
    expect(londonTimeToInstant("2025-10-26", "01:30", { overlap: "later" })).toBe("2025-10-26T01:30:00Z");
  });

  it("refuses the hour that the clocks skip on the last Sunday of March", () => {
    // 2025-03-30 is the last Sunday of March 2025: 00:59 GMT, then 02:00 BST.
    expect(londonTimeToInstant("2025-03-30", "00:59")).toBe("2025-03-30T00:59:00Z");
    expect(londonTimeToInstant("2025-03-30", "02:00")).toBe("2025-03-30T01:00:00Z");
    for (const time of ["01:00", "01:30", "01:59:59"]) {
      const error = failure(() => londonTimeToInstant("2025-03-30", time));
      expect(error.code).toBe("invalid-input");
      expect(error.issues).toEqual([expect.objectContaining({ path: ["time"], rule: "london-time/does-not-exist" })]);
      expect(error.message).toContain("does not exist in London");
    }
    // The Sunday before and after are ordinary days.
    expect(londonTimeToInstant("2025-03-23", "01:30")).toBe("2025-03-23T01:30:00Z");
    expect(londonTimeToInstant("2024-03-31", "00:30")).toBe("2024-03-31T00:30:00Z");
    expect(failure(() => londonTimeToInstant("2024-03-31", "01:30")).issues[0]?.rule).toBe("london-time/does-not-exist");
  });

  it("takes either time of the autumn overlap, and one time just outside it", () => {
    // 2024-10-27 is the last Sunday of October 2024: 01:59 BST, then 01:00 GMT.
    expect(londonTimeToInstant("2024-10-27", "00:59", { overlap: "later" })).toBe("2024-10-26T23:59:00Z");
    expect(londonTimeToInstant("2024-10-27", "01:00")).toBe("2024-10-27T00:00:00Z");
    expect(londonTimeToInstant("2024-10-27", "01:00", { overlap: "later" })).toBe("2024-10-27T01:00:00Z");
    expect(londonTimeToInstant("2024-10-27", "01:59:59", { overlap: "later" })).toBe("2024-10-27T01:59:59Z");
    expect(londonTimeToInstant("2024-10-27", "02:00")).toBe("2024-10-27T02:00:00Z");
    expect(londonTimeToInstant("2024-10-27", "02:00", { overlap: "earlier" })).toBe("2024-10-27T02:00:00Z");
  });

  it("lists every problem with the date and the time at once", () => {
    const error = failure(() => londonTimeToInstant("2025-02-30", "25:00"));
    expect(error.issues.map((i) => i.path)).toEqual([["date"], ["time"]]);
    expect(failure(() => londonTimeToInstant("1995-06-01", "10:00")).issues).toEqual([expect.objectContaining({ path: ["date"], rule: "london-time/before-1996" })]);
    expect(failure(() => londonTimeToInstant("2025-06-01", "10:00 pm")).issues[0]?.path).toEqual(["time"]);
    expect(failure(() => londonTimeToInstant("2025-06-01", "10:00", { overlap: "first" as never })).code).toBe("invalid-argument");
  });

  it("agrees with the runtime's Europe/London time-zone data at every minute it names (1996–2099)", () => {
    const start = Date.UTC(1996, 0, 1);
    const end = Date.UTC(2100, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (end - start) / 60_000 }), fc.constantFrom<"earlier" | "later">("earlier", "later"), (minute, overlap) => {
        const ms = start + minute * 60_000;
        const { date, time } = oracle(ms);
        const at = londonTimeToInstant(date, time, { overlap });
        // The local time of `at` is the same local time; in an overlap it may be the other of the two.
        expect(oracle(Date.parse(at))).toEqual({ date, time });
        expect(Math.abs(Date.parse(at) - ms)).toBeLessThanOrEqual(3_600_000);
      }),
      { numRuns: 2000 },
    );
  });

  it("checks the transitions of every year against the time-zone data", () => {
    for (let year = 1996; year < 2100; year++) {
      for (const month of [3, 10]) {
        // The last Sunday of the month, found by the oracle.
        let day = 31;
        while (new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== 0) day--;
        const date = `${String(year)}-${String(month).padStart(2, "0")}-${String(day)}`;
        const change = Date.UTC(year, month - 1, day, 1);
        expect(oracle(change - 1000).time).toBe(month === 3 ? "00:59:59" : "01:59:59");
        if (month === 3) {
          expect(failure(() => londonTimeToInstant(date, "01:30")).issues[0]?.rule).toBe("london-time/does-not-exist");
          expect(londonTimeToInstant(date, "02:00")).toBe(new Date(change).toISOString().replace(".000", ""));
        } else {
          expect(londonTimeToInstant(date, "01:30")).toBe(new Date(change - 1_800_000).toISOString().replace(".000", ""));
          expect(londonTimeToInstant(date, "01:30", { overlap: "later" })).toBe(new Date(change + 1_800_000).toISOString().replace(".000", ""));
        }
      }
    }
  });
});

describe("instantToLondonTime", () => {
  it("gives the date and time on the clock in London", () => {
    // #region instant-to-london-time
    instantToLondonTime("2025-07-01T09:30:00Z"); // { date: "2025-07-01", time: "10:30:00", offset: "+01:00", zone: "BST" }
    instantToLondonTime("2025-01-15T09:30:00Z"); // { date: "2025-01-15", time: "09:30:00", offset: "+00:00", zone: "GMT" }
    // #endregion instant-to-london-time
    expect(instantToLondonTime("2025-07-01T09:30:00Z")).toEqual({ date: "2025-07-01", time: "10:30:00", offset: "+01:00", zone: "BST" });
    expect(instantToLondonTime("2025-01-15T09:30:00Z")).toEqual({ date: "2025-01-15", time: "09:30:00", offset: "+00:00", zone: "GMT" });
    expect(instantToLondonTime("2025-06-30T23:15:42.5Z")).toEqual({ date: "2025-07-01", time: "00:15:42", offset: "+01:00", zone: "BST" });
    expect(instantToLondonTime("2025-07-01T10:30:00+01:00").time).toBe("10:30:00");
    expect(instantToLondonTime("2025-10-26T00:30:00Z")).toMatchObject({ time: "01:30:00", zone: "BST" });
    expect(instantToLondonTime("2025-10-26T01:30:00Z")).toMatchObject({ time: "01:30:00", zone: "GMT" });
    expect(failure(() => instantToLondonTime("1995-07-01T09:30:00Z")).code).toBe("invalid-argument");
    expect(failure(() => instantToLondonTime("2025-07-01 09:30")).code).toBe("invalid-input");
  });

  it("is undone by londonTimeToInstant, with the overlap told by the zone", () => {
    const start = Date.UTC(1996, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 366 * 104 }), (minute) => {
        const at = new Date(start + minute * 60_000).toISOString().replace(".000", "");
        const local = instantToLondonTime(at);
        expect(local).toMatchObject(oracle(Date.parse(at)));
        const overlap = local.zone === "BST" ? "earlier" : "later";
        expect(londonTimeToInstant(local.date, local.time, { overlap })).toBe(at);
      }),
      { numRuns: 2000 },
    );
  });
});
