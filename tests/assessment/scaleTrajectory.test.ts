import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { AssessmentMapSchema, DangerStatementIdSchema, type AssessmentMap } from "../../src/assessment/AssessmentMap";
import { scaleTrajectory } from "../../src/assessment/scaleTrajectory";

interface ScaleInput {
  id: string;
  subject: { kind: "overall" } | { kind: "danger"; dangerId: string };
  polarity: "safety-high" | "risk-high";
  judgements: { id: string; value: number; on: string; raterId?: string; raterRole?: string }[];
}

function mapVersion(version: number, date: string, scales: ScaleInput[], extra: { caseId?: string } = {}): AssessmentMap {
  return AssessmentMapSchema.parse({
    id: "m-smith",
    version,
    ...extra,
    childIds: ["p-sam"],
    variant: "safety",
    date,
    authorId: "p-sw",
    participants: [],
    harm: [],
    dangers: [{ id: "d-drink", text: "We are worried that Dad may hit Sam when he has been drinking.", worriedParties: ["Children's Services"], actorIds: [], childIds: [], disputedBy: [], positions: [] }],
    complicatingFactors: [],
    greyAreas: [],
    strengths: [],
    existingSafety: [],
    goals: [],
    nextSteps: [],
    scales,
    childVoiceIds: [],
  });
}

const dangerScale = (id: string, judgements: ScaleInput["judgements"], polarity: ScaleInput["polarity"] = "safety-high"): ScaleInput => ({
  id,
  subject: { kind: "danger", dangerId: "d-drink" },
  polarity,
  judgements,
});

describe("scaleTrajectory", () => {
  it("follows one danger statement's scale across reviews", () => {
    const first = mapVersion(1, "2025-01-10", [
      dangerScale("s-1", [
        { id: "j-1", raterId: "p-sw", raterRole: "worker", value: 2, on: "2025-01-10" },
        { id: "j-2", raterId: "p-mum", raterRole: "parent", value: 5, on: "2025-01-10" },
      ]),
    ]);
    const review = mapVersion(2, "2025-04-10", []);
    const later = mapVersion(3, "2025-07-10", [
      // This review's conference used an inverted (risk-high) scale.
      dangerScale("s-3", [
        { id: "j-5", raterId: "p-sw", raterRole: "worker", value: 4, on: "2025-07-10" },
        { id: "j-6", raterId: "p-mum", raterRole: "parent", value: 2, on: "2025-07-10" },
      ], "risk-high"),
    ]);
    // #region docs-example
    const dangerId = DangerStatementIdSchema.parse("d-drink");
    const trajectory = scaleTrajectory([later, review, first], { kind: "danger", dangerId });
    const { points, missing, change } = trajectory;
    // points.map((p) => [p.version, p.median, p.byRole]):
    //   [[1, 3.5, { worker: 2, parent: 5 }], [3, 7, { worker: 6, parent: 8 }]] (version 3 was risk-high: normalised)
    // missing: [{ mapId: "m-smith", version: 2, date: "2025-04-10", reason: "no-scale" }]
    // change: 3.5, the median moved 3.5 points towards safety
    // #endregion docs-example
    expect(points.map((p) => [p.version, p.median, p.byRole])).toEqual([[1, 3.5, { worker: 2, parent: 5 }], [3, 7, { worker: 6, parent: 8 }]]);
    expect(points).toEqual([
      { mapId: "m-smith", version: 1, date: "2025-01-10", median: 3.5, byRole: { worker: 2, parent: 5 }, count: 2 },
      { mapId: "m-smith", version: 3, date: "2025-07-10", median: 7, byRole: { worker: 6, parent: 8 }, count: 2 },
    ]);
    expect(missing).toEqual([{ mapId: "m-smith", version: 2, date: "2025-04-10", reason: "no-scale" }]);
    expect(change).toBe(3.5);
    expect(trajectory.subject).toEqual({ kind: "danger", dangerId: "d-drink" });
  });

  it("orders by date, then version", () => {
    const a = mapVersion(2, "2025-02-01", [{ id: "s-a", subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ id: "j-a", value: 4, on: "2025-02-01" }] }]);
    const b = mapVersion(1, "2025-02-01", [{ id: "s-b", subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ id: "j-b", value: 3, on: "2025-02-01" }] }]);
    const c = mapVersion(3, "2025-01-01", [{ id: "s-c", subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ id: "j-c", value: 1, on: "2025-01-01" }] }]);
    const t = scaleTrajectory([a, b, c], { kind: "overall" });
    expect(t.points.map((p) => p.version)).toEqual([3, 1, 2]);
    expect(t.change).toBe(3);
  });

  it("lists a scale nobody scored as missing, with its reason", () => {
    const t = scaleTrajectory([mapVersion(1, "2025-01-01", [{ id: "s-1", subject: { kind: "overall" }, polarity: "safety-high", judgements: [] }])], { kind: "overall" });
    expect(t.points).toEqual([]);
    expect(t.missing).toEqual([{ mapId: "m-smith", version: 1, date: "2025-01-01", reason: "no-judgements" }]);
    expect("change" in t).toBe(false);
  });

  it("does not match an overall scale to a danger subject, or the other way round", () => {
    const map = mapVersion(1, "2025-01-01", [{ id: "s-1", subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ id: "j-1", value: 5, on: "2025-01-01" }] }]);
    expect(scaleTrajectory([map], { kind: "danger", dangerId: DangerStatementIdSchema.parse("d-drink") }).missing).toHaveLength(1);
    const t = scaleTrajectory([map], { kind: "overall" });
    expect(t.points).toHaveLength(1);
    expect("change" in t).toBe(false);
  });

  it("combines two scales on the same subject in one map, each normalised with its own polarity", () => {
    const map = mapVersion(1, "2025-01-01", [
      dangerScale("s-1", [{ id: "j-1", raterId: "p-1", raterRole: "worker", value: 2, on: "2025-01-01" }]),
      dangerScale("s-2", [{ id: "j-2", raterId: "p-2", raterRole: "parent", value: 2, on: "2025-01-01" }], "risk-high"),
    ]);
    const t = scaleTrajectory([map], { kind: "danger", dangerId: DangerStatementIdSchema.parse("d-drink") });
    expect(t.points[0]).toMatchObject({ median: 5, byRole: { worker: 2, parent: 8 }, count: 2 });
  });

  it("passes allJudgements on to scoreSpread", () => {
    const map = mapVersion(1, "2025-01-01", [{ id: "s-1", subject: { kind: "overall" }, polarity: "safety-high", judgements: [
      { id: "j-1", raterId: "p-1", value: 2, on: "2025-01-01" },
      { id: "j-2", raterId: "p-1", value: 6, on: "2025-01-02" },
    ] }]);
    expect(scaleTrajectory([map], { kind: "overall" }).points[0]?.median).toBe(6);
    expect(scaleTrajectory([map], { kind: "overall" }, { allJudgements: true }).points[0]?.median).toBe(4);
  });

  it("returns an empty trajectory for no maps", () => {
    expect(scaleTrajectory([], { kind: "overall" })).toEqual({ subject: { kind: "overall" }, points: [], missing: [] });
  });

  it("refuses maps of different cases", () => {
    const a = mapVersion(1, "2025-01-01", [], { caseId: "case-1" });
    const b = mapVersion(2, "2025-02-01", [], { caseId: "case-2" });
    try {
      scaleTrajectory([a, b], { kind: "overall" });
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
    }
    // A map without a caseId does not conflict with one that has it.
    expect(scaleTrajectory([a, mapVersion(2, "2025-02-01", [])], { kind: "overall" }).missing).toHaveLength(2);
  });

  it("does not mutate or reorder its inputs", () => {
    const maps = [mapVersion(2, "2025-02-01", []), mapVersion(1, "2025-01-01", [])];
    const before = structuredClone(maps);
    scaleTrajectory(maps, { kind: "overall" });
    expect(maps).toEqual(before);
  });
});
