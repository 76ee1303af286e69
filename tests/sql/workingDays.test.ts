// The SQL's working-day calendar (ks_day) against kinsafe's: a working-day difference taken in
// DuckDB as a subtraction of working-day numbers equals workingDaysBetween, for any two days in
// the calendar; a day outside it has no row.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkingDayCalendar, workingDaysBetween } from "../../src/calendar";
import { fromDayNumber, toDayNumber, type IsoDate } from "../../src/core";
import { DIALECTS } from "../../src/cli/sql/dialects";
import { calendarTables } from "../../src/cli/sql/relations";

const calendar = createWorkingDayCalendar();
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
  const d = DIALECTS.duckdb;
  for (const s of calendarTables(d, calendar)) await connection.run(s);
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

async function sqlWorkingDays(a: string, b: string): Promise<number | null> {
  const reader = await connection.runAndReadAll(
    `SELECT db.working_day_number - da.working_day_number AS wd FROM (SELECT 1 AS k) AS one LEFT JOIN ks_day AS da ON da.day = DATE '${a}' LEFT JOIN ks_day AS db ON db.day = DATE '${b}'`,
  );
  const v = reader.getRowsJS()[0]?.[0];
  return v === null || v === undefined ? null : Number(v);
}

const FIRST = toDayNumber(calendar.from);
const LAST = toDayNumber(calendar.to);
const day = fc.integer({ min: FIRST, max: LAST }).map((n) => fromDayNumber(n));

describe("the working-day calendar as a table", () => {
  it("gives workingDaysBetween for any two days of the calendar (a subtraction of working-day numbers)", async () => {
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        expect(await sqlWorkingDays(a, b)).toBe(workingDaysBetween(calendar, a, b));
      }),
      { numRuns: 300 },
    );
  });

  it("gives workingDaysBetween for days close together around bank holidays (Christmas, Easter)", async () => {
    const near = fc.tuple(fc.integer({ min: 1971, max: 2098 }), fc.constantFrom("12-20", "03-20", "04-10", "05-01", "08-20"), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
    await fc.assert(
      fc.asyncProperty(near, async ([year, monthDay, x, y]) => {
        const base = toDayNumber(`${String(year)}-${monthDay}`);
        const a = fromDayNumber(base + x);
        const b = fromDayNumber(base + y);
        expect(await sqlWorkingDays(a, b)).toBe(workingDaysBetween(calendar, a, b));
      }),
      { numRuns: 200 },
    );
  });

  it("has no row for a day outside the calendar, so a duration from or to it is NULL (left out, as kinsafe leaves it out)", async () => {
    expect(await sqlWorkingDays("1969-12-31", "1970-01-05")).toBeNull();
    expect(await sqlWorkingDays("2099-12-31", "2100-01-04")).toBeNull();
    expect(() => workingDaysBetween(calendar, "1969-12-31" as IsoDate, "1970-01-05" as IsoDate)).toThrow();
  });

  it("closes the bank holidays by name: Christmas Day 2024 is not a working day", async () => {
    const reader = await connection.runAndReadAll("SELECT c.title, d.is_working_day FROM ks_day AS d JOIN ks_closed_day AS c ON c.day = d.day WHERE d.day = DATE '2024-12-25'");
    expect(reader.getRowsJS()).toEqual([["Christmas Day", 0]]);
    expect(await sqlWorkingDays("2024-12-24", "2024-12-27")).toBe(1);
  });
});
