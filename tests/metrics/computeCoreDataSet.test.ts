import { describe, expect, it } from "vitest";
import { computeCoreDataSet, computeCoreDataSetAsync, METRIC_IDS } from "../../src/metrics";
import { child, cpPlan, episode } from "./fixtures";

const records = [
  child("c-1", { cinEpisodes: [episode("e-1", "2024-06-03", { referralSource: "2A" }), episode("e-2", "2025-01-06", { referralNfa: true })] }),
  child("c-2", { cinEpisodes: [episode("e-1", "2024-09-02", { cpPlans: [cpPlan("p-1", "2024-09-20")] })] }),
];

describe("computeCoreDataSet", () => {
  it("computes every metric of the catalogue", () => {
    // #region docs-example
    const result = computeCoreDataSet(records, {
      period: { year: 2025 },
      population: { children0to17: 20_000, vintage: "ONS mid-2024" },
    });
    // result.period is 2024-04-01 .. 2025-03-31; result.metrics["activity.referrals"].value === 3
    // result.metrics["activity.referral-rate"].value === 1.5 (3 / 20,000 x 10,000)
    // #endregion docs-example
    expect(result.period).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(result.snapshot).toBe("2025-03-31");
    expect(result.population?.vintage).toBe("ONS mid-2024");
    expect(result.records).toEqual({ read: 2, skipped: 0, errors: [] });
    expect(Object.keys(result.metrics)).toEqual(METRIC_IDS);
    expect(result.metrics["activity.referrals"]?.value).toBe(3);
    expect(result.metrics["activity.referral-rate"]?.value).toBe(1.5);
    expect(result.metrics["activity.re-referral-rate"]?.value).toBeCloseTo(100 / 3, 12);
    expect(result.metrics["plans.open"]?.breakdown?.["cp"]?.value).toBe(1);
    for (const m of Object.values(result.metrics)) {
      expect([typeof m?.id, typeof m?.label, typeof m?.unit, typeof m?.countingUnit, m?.suppressed]).toEqual(["string", "string", "string", "string", false]);
      expect(Array.isArray(m?.notes)).toBe(true);
    }
    // outcomes and workforce without inputs: null with a note, never 0
    expect(result.metrics["outcomes.injury-admissions"]?.value).toBeNull();
    expect(result.metrics["workforce.turnover-rate"]?.notes).toEqual(["No workforce input was given."]);
  });

  it("reads async iterables", async () => {
    // #region async
    async function* stream(): AsyncGenerator<unknown> {
      for (const r of records) yield await Promise.resolve(r);
    }
    const result = await computeCoreDataSetAsync(stream(), { period: { start: "2024-04-01", end: "2024-12-31" }, metrics: ["activity.referrals"] });
    // result.metrics["activity.referrals"].value === 2 (the January 2025 referral is outside the period)
    // #endregion async
    expect(result.metrics["activity.referrals"]?.value).toBe(2);
    expect(Object.keys(result.metrics)).toEqual(["activity.referrals"]);
  });

  it("applies disclosure control visibly", () => {
    const result = computeCoreDataSet(records, { period: { year: 2025 }, suppress: { threshold: 6 } });
    const refs = result.metrics["activity.referrals"];
    expect(result.suppress).toEqual({ threshold: 6 });
    expect(refs?.value).toBeNull();
    expect(refs?.suppressed).toBe(true);
    expect(refs?.notes.at(-1)).toMatch(/Suppressed/);
    // a ratio whose numerator (1) is small is suppressed too; a zero count is not
    expect(result.metrics["activity.nfa-rate"]).toMatchObject({ value: null, numerator: null, suppressed: true });
    expect(result.metrics["activity.s47-enquiries"]).toMatchObject({ value: 0, suppressed: false });
  });

  it("validates options", () => {
    expect(() => computeCoreDataSet([], { period: { start: "2025-01-01", end: "2024-01-01" } })).toThrow(/ends/);
    expect(() => computeCoreDataSet([], { period: { year: 2025 }, metrics: ["activity.nope" as never] })).toThrow(/Unknown metric/);
    expect(() => computeCoreDataSet([], { period: { year: 2025 }, suppress: { threshold: 0 } })).toThrow(/threshold/);
  });

  it("accepts generators and trusts records with validate false", () => {
    function* gen(): Generator<unknown> {
      yield* records;
    }
    expect(computeCoreDataSet(gen(), { period: { year: 2025 }, validate: false }).metrics["activity.referrals"]?.value).toBe(3);
  });
});
