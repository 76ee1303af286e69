import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SafetyScaleSchema, type SafetyScale } from "../../src/assessment/AssessmentMap";
import { scoreSpread } from "../../src/assessment/scoreSpread";
import { arbSafetyScale } from "../arbitraries";

type JudgementInput = { id: string; value: number; on: string; raterId?: string; raterName?: string; raterRole?: string };

function scale(polarity: "safety-high" | "risk-high", judgements: JudgementInput[]): SafetyScale {
  return SafetyScaleSchema.parse({ id: "s-1", subject: { kind: "overall" }, polarity, judgements });
}

describe("scoreSpread", () => {
  it("summarises each rater's latest score, overall and by role", () => {
    // #region docs-example
    const conference = SafetyScaleSchema.parse({
      id: "s-overall",
      subject: { kind: "overall" },
      polarity: "safety-high",
      judgements: [
        { id: "j-1", raterId: "p-sw", raterRole: "worker", value: 2, on: "2025-03-01" },
        { id: "j-2", raterId: "p-sw", raterRole: "worker", value: 3, on: "2025-03-10" },
        { id: "j-3", raterId: "p-school", raterRole: "professional", value: 4, on: "2025-03-10" },
        { id: "j-4", raterId: "p-mum", raterRole: "parent", value: 7, on: "2025-03-10" },
        { id: "j-5", raterId: "p-dad", raterRole: "parent", value: 8, on: "2025-03-10" },
      ],
    });
    const spread = scoreSpread(conference);
    const { judgementIds, overall, byRole, range } = spread;
    // judgementIds: ["j-2", "j-3", "j-4", "j-5"] (j-1 is replaced by the worker's later j-2)
    // overall: { count: 4, min: 3, max: 8, median: 5.5, mean: 5.5 }
    // byRole.parent: { count: 2, min: 7, max: 8, median: 7.5, mean: 7.5 }
    // range: 4.5, parents (7.5) and the worker (3) see things differently
    // #endregion docs-example
    expect(judgementIds).toEqual(["j-2", "j-3", "j-4", "j-5"]);
    expect(overall).toEqual({ count: 4, min: 3, max: 8, median: 5.5, mean: 5.5 });
    expect(byRole.parent).toEqual({ count: 2, min: 7, max: 8, median: 7.5, mean: 7.5 });
    expect(range).toBe(4.5);
    expect(spread.byRole).toEqual({
      worker: { count: 1, min: 3, max: 3, median: 3, mean: 3 },
      parent: { count: 2, min: 7, max: 8, median: 7.5, mean: 7.5 },
      professional: { count: 1, min: 4, max: 4, median: 4, mean: 4 },
    });
    expect(Object.keys(spread.byRole)).toEqual(["worker", "parent", "professional"]);
    expect(spread.range).toBe(4.5);
    expect(spread.scaleId).toBe("s-overall");
    expect(spread.subject).toEqual({ kind: "overall" });
  });

  it("normalises risk-high scales before summarising", () => {
    const spread = scoreSpread(scale("risk-high", [
      { id: "j-1", raterId: "p-1", raterRole: "worker", value: 8, on: "2025-01-01" },
      { id: "j-2", raterId: "p-2", raterRole: "parent", value: 1, on: "2025-01-01" },
    ]));
    expect(spread.byRole.worker?.median).toBe(2);
    expect(spread.byRole.parent?.median).toBe(9);
    expect(spread.overall).toMatchObject({ min: 2, max: 9, median: 5.5 });
    expect(spread.range).toBe(7);
  });

  it("breaks a tie on the date by order in the list", () => {
    const spread = scoreSpread(scale("safety-high", [
      { id: "j-1", raterId: "p-1", value: 2, on: "2025-01-05" },
      { id: "j-2", raterId: "p-1", value: 6, on: "2025-01-05" },
      { id: "j-3", raterId: "p-1", value: 9, on: "2025-01-01" },
    ]));
    expect(spread.judgementIds).toEqual(["j-2"]);
    expect(spread.overall?.median).toBe(6);
  });

  it("counts every judgement with allJudgements", () => {
    const s = scale("safety-high", [
      { id: "j-1", raterId: "p-1", raterRole: "worker", value: 2, on: "2025-01-01" },
      { id: "j-2", raterId: "p-1", raterRole: "worker", value: 6, on: "2025-02-01" },
    ]);
    expect(scoreSpread(s, { allJudgements: true }).overall).toEqual({ count: 2, min: 2, max: 6, median: 4, mean: 4 });
    expect(scoreSpread(s, { allJudgements: false }).overall?.count).toBe(1);
  });

  it("knows raters by name when there is no id, and counts anonymous judgements one by one", () => {
    const spread = scoreSpread(scale("safety-high", [
      { id: "j-1", raterName: "Gran", raterRole: "network", value: 5, on: "2025-01-01" },
      { id: "j-2", raterName: "Gran", raterRole: "network", value: 6, on: "2025-02-01" },
      { id: "j-3", value: 1, on: "2025-01-01" },
      { id: "j-4", value: 3, on: "2025-01-01" },
    ]));
    expect(spread.judgementIds).toEqual(["j-2", "j-3", "j-4"]);
    expect(spread.byRole.network?.count).toBe(1);
    expect(spread.byRole.unknown).toEqual({ count: 2, min: 1, max: 3, median: 2, mean: 2 });
    expect(Object.keys(spread.byRole)).toEqual(["network", "unknown"]);
  });

  it("has no overall summary or range when nobody has scaled", () => {
    const spread = scoreSpread(scale("safety-high", []));
    expect(spread).toEqual({ scaleId: "s-1", subject: { kind: "overall" }, judgementIds: [], byRole: {} });
    expect("overall" in spread).toBe(false);
    expect("range" in spread).toBe(false);
  });

  it("has a range of 0 when only one role has scored", () => {
    const spread = scoreSpread(scale("safety-high", [
      { id: "j-1", raterId: "p-1", raterRole: "parent", value: 2, on: "2025-01-01" },
      { id: "j-2", raterId: "p-2", raterRole: "parent", value: 9, on: "2025-01-01" },
    ]));
    expect(spread.range).toBe(0);
  });

  it("does not mutate its input", () => {
    const s = scale("risk-high", [
      { id: "j-2", raterId: "p-1", value: 6, on: "2025-02-01" },
      { id: "j-1", raterId: "p-1", value: 2, on: "2025-01-01" },
    ]);
    const before = structuredClone(s);
    scoreSpread(s);
    expect(s).toEqual(before);
  });

  describe("properties", () => {
    it("keeps min ≤ median ≤ max and min ≤ mean ≤ max, overall and in every role", () => {
      fc.assert(
        fc.property(arbSafetyScale(), fc.boolean(), (s, allJudgements) => {
          const spread = scoreSpread(s, { allJudgements });
          for (const summary of [spread.overall, ...Object.values(spread.byRole)]) {
            if (summary === undefined) continue;
            expect(summary.min).toBeLessThanOrEqual(summary.median);
            expect(summary.median).toBeLessThanOrEqual(summary.max);
            expect(summary.min).toBeLessThanOrEqual(summary.mean + 1e-9);
            expect(summary.mean).toBeLessThanOrEqual(summary.max + 1e-9);
            expect(summary.min).toBeGreaterThanOrEqual(0);
            expect(summary.max).toBeLessThanOrEqual(10);
          }
          const roleCounts = Object.values(spread.byRole).reduce((n, r) => n + r.count, 0);
          expect(roleCounts).toBe(spread.overall?.count ?? 0);
          expect(spread.judgementIds).toHaveLength(roleCounts);
          if (allJudgements) expect(roleCounts).toBe(s.judgements.length);
          expect(spread.range ?? 0).toBeGreaterThanOrEqual(0);
        }),
      );
    });
  });
});
