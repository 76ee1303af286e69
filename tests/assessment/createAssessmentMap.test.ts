import { describe, expect, it } from "vitest";
import { createAssessmentMap } from "../../src/assessment";
import { thrown } from "./fixtures";

describe("createAssessmentMap", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const map = createAssessmentMap({ id: "map-1", childIds: ["p-amy"], date: "2025-03-29", authorId: "p-worker" });
    // map.version === 1, map.variant === "safety", every list empty
    // #endregion docs-example
    expect(map.version).toBe(1);
    expect(map.variant).toBe("safety");
    expect(map.participants).toEqual([]);
    for (const list of [map.harm, map.dangers, map.complicatingFactors, map.greyAreas, map.strengths, map.existingSafety, map.goals, map.nextSteps, map.scales, map.childVoiceIds]) {
      expect(list).toEqual([]);
    }
  });

  it("keeps the optional fields it is given", () => {
    const map = createAssessmentMap({
      id: "map-2",
      version: 3,
      caseId: "case-9",
      childIds: ["p-amy", "p-ben"],
      variant: "wellbeing",
      date: "2025-03-29",
      recordedAt: "2025-03-29T12:00:00Z",
      authorId: "p-worker",
      participants: [{ personId: "p-mum", role: "parent" }],
    });
    expect(map).toMatchObject({ version: 3, caseId: "case-9", variant: "wellbeing", recordedAt: "2025-03-29T12:00:00Z", participants: [{ personId: "p-mum", role: "parent" }] });
  });

  it("reports every problem of a bad init with its path", () => {
    const error = thrown(() => createAssessmentMap({ id: "map-1", childIds: [], date: "2025-02-30", authorId: "p-worker", version: 0 }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["childIds"], ["date"], ["version"]]));
  });
});
