import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCoreDataSet, createCoreDataSetAccumulator } from "../../src/metrics";
import { isKinsafeError } from "../../src/core";
import { allFigures as all, arbChildRecord, child, episode } from "./fixtures";

const options = { period: { year: 2024 }, population: { children0to17: 10_000, vintage: "test" } } as const;


function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("createCoreDataSetAccumulator", () => {
  it("streams records and merges accumulators", () => {
    // #region docs-example
    const north = createCoreDataSetAccumulator({ period: { year: 2025 } });
    const south = createCoreDataSetAccumulator({ period: { year: 2025 } });
    north.add(child("n-1", { cinEpisodes: [episode("e-1", "2024-06-01")] }));
    south.add(child("s-1", { cinEpisodes: [episode("e-1", "2024-07-01"), episode("e-2", "2025-01-10")] }));
    north.merge(south);
    const result = north.result();
    // result.metrics["activity.referrals"].value === 3; result.records.read === 2
    // #endregion docs-example
    expect(result.metrics["activity.referrals"]?.value).toBe(3);
    expect(result.metrics["activity.re-referral-rate"]?.numerator).toBe(1);
    expect(result.records.read).toBe(2);
  });

  it("refuses to merge accumulators with different periods", () => {
    const a = createCoreDataSetAccumulator({ period: { year: 2025 } });
    const b = createCoreDataSetAccumulator({ period: { year: 2024 } });
    expect(() => a.merge(b)).toThrow(/different periods/);
    expect(() => a.merge(a)).toThrow();
  });

  describe("properties", () => {
    it("splitting the records into two streams and merging gives the same result", () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(arbChildRecord(), fc.boolean()), { maxLength: 12 }), (pairs) => {
          const whole = createCoreDataSetAccumulator(options);
          const left = createCoreDataSetAccumulator(options);
          const right = createCoreDataSetAccumulator(options);
          for (const [r, side] of pairs) {
            whole.add(r);
            (side ? left : right).add(r);
          }
          left.merge(right);
          expect(left.result()).toEqual(whole.result());
        }),
        { numRuns: 150 },
      );
    });

    it("numerators never exceed denominators and distributions sum to 100", () => {
      fc.assert(
        fc.property(fc.array(arbChildRecord(), { maxLength: 12 }), (records) => {
          const result = computeCoreDataSet(records, options);
          for (const m of all(result)) {
            if (m.unit === "percent" && m.numerator !== null && m.denominator !== null) {
              expect(m.numerator).toBeLessThanOrEqual(m.denominator);
              expect(m.numerator).toBeGreaterThanOrEqual(0);
            }
            if (m.notes.some((n) => n.startsWith("A distribution")) && m.denominator !== null && m.denominator > 0) {
              const sum = Object.values(m.breakdown ?? {}).reduce((s, b) => s + (b.value ?? 0), 0);
              expect(sum).toBeCloseTo(100, 9);
            }
          }
        }),
        { numRuns: 150 },
      );
    });

    it("does not mutate its inputs", () => {
      fc.assert(
        fc.property(fc.array(arbChildRecord(), { maxLength: 8 }), (records) => {
          const copy = structuredClone(records);
          const opts = deepFreeze(structuredClone(options));
          computeCoreDataSet(deepFreeze(records), opts);
          expect(records).toEqual(copy);
        }),
        { numRuns: 60 },
      );
    });
  });

  it("skips invalid records, counting them and listing zod's issues, or stops", () => {
    const good = child("g", { cinEpisodes: [episode("e", "2023-06-01")] });
    const bad = child("b", { cinEpisodes: [episode("e", "2023-06-31")] });
    const skip = createCoreDataSetAccumulator({ ...options, validate: "skip", maxErrors: 1 });
    skip.add(good);
    skip.add(bad);
    skip.add(bad);
    const r = skip.result();
    expect(r.records).toMatchObject({ read: 3, skipped: 2 });
    expect(r.records.errors).toHaveLength(1);
    expect(r.records.errors[0]).toMatchObject({ index: 1, childId: "b" });
    expect(r.records.errors[0]?.issues[0]).toMatchObject({ path: ["cinEpisodes", 0, "referralDate"], rule: "invalid_format" });
    expect(r.metrics["activity.referrals"]?.value).toBe(1);
    const stop = createCoreDataSetAccumulator(options);
    try {
      stop.add(bad);
      expect.unreachable();
    } catch (e) {
      expect(isKinsafeError(e) && e.code === "invalid-input").toBe(true);
    }
  });
});
