import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyAssessmentMapChange, newAssessmentMapVersion, parseAssessmentMap, scaleTrajectory } from "../../src/assessment";
import { deepFreeze, meta, sampleMap, thrown } from "./fixtures";

describe("newAssessmentMapVersion", () => {
  it("carries the map forward for a review", () => {
    const map = deepFreeze(applyAssessmentMapChange(sampleMap(), { type: "add-item", column: "nextSteps", item: { id: "n-2", text: "Gran has Amy on Saturday", status: "done", goalIds: ["g-1"] } }, meta).next);
    // #region docs-example
    const review = newAssessmentMapVersion(map, { date: "2025-05-14", recordedAt: "2025-05-14T16:00:00Z" });
    // review.version === 2; the columns are carried; each scale keeps its anchors with no scores;
    // open next steps are carried, done ones stay on version 1; participants start empty.
    // #endregion docs-example
    expect(review.version).toBe(2);
    expect(review.date).toBe("2025-05-14");
    expect(review.recordedAt).toBe("2025-05-14T16:00:00Z");
    expect(review.id).toBe(map.id);
    expect(review.authorId).toBe(map.authorId);
    for (const column of ["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals"] as const) expect(review[column]).toEqual(map[column]);
    expect(review.scales).toEqual([{ ...map.scales[0], judgements: [] }]);
    expect(review.nextSteps.map((s) => s.id)).toEqual(["n-1"]);
    expect(review.participants).toEqual([]);
    expect(map.version).toBe(1);
  });

  it("keeps the earlier scores on the earlier version, so the trajectory has a point for each review", () => {
    const v1 = sampleMap();
    const v2 = applyAssessmentMapChange(newAssessmentMapVersion(v1, { date: "2025-05-14" }), { type: "add-judgement", scaleId: "sc-1", judgement: { id: "j-2", value: 6, on: "2025-05-14" } }, meta).next;
    expect(scaleTrajectory([v1, v2], { kind: "danger", dangerId: "d-1" } as never).points.map((p) => p.version)).toEqual([1, 2]);
  });

  it("drops what was said at the earlier meeting and the earlier analysis; carries who the parents are", () => {
    const map = parseAssessmentMap({
      ...sampleMap(),
      parentsAndCarers: [{ personId: "p-mum", name: "Mum", relation: "mother", view: "Things are better" }],
      analysis: { worker: { text: "The danger is high and nothing yet keeps Amy safe" }, family: [] },
    });
    const review = newAssessmentMapVersion(map, { date: "2025-05-14", authorId: "p-new-worker", variant: "wellbeing", nextSteps: "none", participants: [{ personId: "p-mum", role: "parent" }] });
    expect(review.parentsAndCarers).toEqual([{ personId: "p-mum", name: "Mum", relation: "mother" }]);
    expect(review.analysis).toBeUndefined();
    expect(review.authorId).toBe("p-new-worker");
    expect(review.variant).toBe("wellbeing");
    expect(review.nextSteps).toEqual([]);
    expect(review.participants).toEqual([{ personId: "p-mum", role: "parent" }]);
    expect(newAssessmentMapVersion(map, { date: "2025-05-14", nextSteps: "all" }).nextSteps).toEqual(map.nextSteps);
  });

  it("refuses an impossible date and an unknown variant in one error, at the new map's paths", () => {
    const error = thrown(() => newAssessmentMapVersion(sampleMap(), { date: "2025-02-30", variant: "safty" as never }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path).sort()).toEqual([["date"], ["variant"]]);
  });

  it("refuses a review dated before the version it follows, at [\"date\"]; the same day is a review", () => {
    const map = parseAssessmentMap({ ...sampleMap(), date: "2025-03-20" });
    const error = thrown(() => newAssessmentMapVersion(map, { date: "2025-03-01" }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["date"], rule: "date-before-previous-version" })]);
    expect(JSON.stringify(error.issues)).toContain("2025-03-20");
    expect(newAssessmentMapVersion(map, { date: "2025-03-20" }).date).toBe("2025-03-20");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), (days) => {
        const date = new Date(Date.UTC(2025, 2, 20) - days * 86_400_000).toISOString().slice(0, 10);
        expect(thrown(() => newAssessmentMapVersion(map, { date })).issues.map((i) => i.path)).toEqual([["date"]]);
      }),
    );
  });

  it("always gives the next version, which re-parses to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom<"open" | "all" | "none">("open", "all", "none"), (days, nextSteps) => {
        const date = new Date(Date.UTC(2025, 2, 29) + days * 86_400_000).toISOString().slice(0, 10);
        const map = sampleMap();
        const next = newAssessmentMapVersion(map, { date, nextSteps });
        expect(next.version).toBe(map.version + 1);
        expect(parseAssessmentMap(JSON.parse(JSON.stringify(next)))).toEqual(next);
      }),
      { numRuns: 50 },
    );
  });
});
