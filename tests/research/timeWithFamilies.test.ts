import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { TIME_DIARY_ACTIVITIES, TimeDiaryEntrySchema, timeWithFamilies, type TimeDiaryEntry } from "../../src/research";

const entry = (id: string, workerId: string, date: string, activity: string, minutes: number): TimeDiaryEntry => TimeDiaryEntrySchema.parse({ id, workerId, date, activity, minutes });

const diary: readonly TimeDiaryEntry[] = [
  entry("e1", "sw-sarah", "2016-03-01", "direct-work", 180),
  entry("e2", "sw-sarah", "2016-03-01", "travel", 60),
  entry("e3", "sw-sarah", "2016-03-01", "recording", 120),
  entry("e4", "sw-sarah", "2016-03-01", "supervision", 60),
  entry("e5", "sw-tom", "2016-03-01", "direct-work", 90),
  entry("e6", "sw-tom", "2016-03-01", "meetings", 210),
  entry("e7", "sw-tom", "2016-04-02", "direct-work", 300),
];

describe("timeWithFamilies", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const march = timeWithFamilies(diary, { period: { start: "2016-03-01", end: "2016-03-31" } as never });
    march.value; // 37.5: 270 of 720 minutes in direct work
    march.breakdown?.["worker/sw-sarah"]?.value; // 42.857…: 180 of 420
    march.breakdown?.["worker/sw-tom"]?.value; // 30: 90 of 300
    // #endregion docs-example
    expect(march).toMatchObject({ id: "research.time-with-families", unit: "percent", countingUnit: "minutes", value: 37.5, numerator: 270, denominator: 720 });
    expect(march.notes).toEqual(["1 entry(ies) outside the period excluded."]);
    expect(march.breakdown?.["worker/sw-sarah"]?.value).toBeCloseTo(300 / 7, 12);
    expect(march.breakdown?.["worker/sw-tom"]).toMatchObject({ numerator: 90, denominator: 300, value: 30 });
    expect(march.breakdown?.["activity/meetings"]).toMatchObject({ numerator: 210, denominator: 720 });
    expect(timeWithFamilies(diary).value).toBeCloseTo((570 * 100) / 1020, 12);
  });

  it("is unavailable with no entries, and refuses a bad period", () => {
    expect(timeWithFamilies([])).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(() => timeWithFamilies(diary, { period: { start: "2016-04-01", end: "2016-03-01" } as never })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  test.prop([fc.array(fc.record({ w: fc.constantFrom("a", "b", "c"), a: fc.constantFrom(...TIME_DIARY_ACTIVITIES), m: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 40 })])(
    "activity shares add up to 100 and worker minutes add up to the total",
    (rows) => {
      const r = timeWithFamilies(rows.map((x, i) => entry(`e${String(i)}`, x.w, "2016-03-01", x.a, x.m)));
      const entries = Object.entries(r.breakdown ?? {});
      const shares = entries.filter(([k]) => k.startsWith("activity/")).reduce((s, [, v]) => s + (v.value ?? 0), 0);
      expect(shares).toBeCloseTo(100, 9);
      expect(entries.filter(([k]) => k.startsWith("worker/")).reduce((s, [, v]) => s + (v.denominator ?? 0), 0)).toBe(r.denominator);
    },
  );
});
