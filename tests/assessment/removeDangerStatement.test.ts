import { describe, expect, it } from "vitest";
import { parseAssessmentMap, removeDangerStatement, setAnalysis } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("removeDangerStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    // d-1 has a goal, a scale and an existing safety item pointing at it.
    const next = removeDangerStatement(map, "d-1", { cascade: true });
    // #endregion docs-example
    expect(next.dangers.map((d) => d.id)).toEqual(["d-2"]);
    expect(next.goals).toEqual([]);
    expect(next.scales).toEqual([]);
    expect(next.existingSafety[0]?.dangerIds).toEqual([]);
    expect(next.nextSteps[0]?.goalIds).toEqual([]);
    expect(map).toEqual(sampleMap());
  });

  it("refuses to leave references dangling without cascade, listing them", () => {
    const error = thrown(() => removeDangerStatement(sampleMap(), "d-1"));
    expect(error.code).toBe("still-referenced");
    expect(error.issues.map((i) => i.path)).toEqual([
      ["goals", 0, "dangerId"],
      ["scales", 0, "subject", "dangerId"],
      ["existingSafety", 0, "dangerIds", 0],
    ]);
  });

  it("removes a danger statement nothing points at, and is a no-op for an absent id", () => {
    const map = sampleMap();
    expect(removeDangerStatement(map, "d-2").dangers.map((d) => d.id)).toEqual(["d-1"]);
    expect(removeDangerStatement(map, "d-9")).toBe(map);
    expect(removeDangerStatement(map, "d-9", { cascade: true })).toBe(map);
  });

  it("counts the analysis naming the danger statement as a reference, and cascades into it", () => {
    const map = setAnalysis(sampleMap(), { worker: { text: "We are most worried about the second danger.", dangerIds: ["d-2"] }, family: [{ heldBy: "Mum", view: "I see why." }] });
    const error = thrown(() => removeDangerStatement(map, "d-2"));
    expect(error.code).toBe("still-referenced");
    expect(error.issues.map((i) => i.path)).toEqual([["analysis", "worker", "dangerIds", 0]]);
    const next = removeDangerStatement(map, "d-2", { cascade: true });
    expect(next.analysis?.worker?.dangerIds).toEqual([]);
    // The result is still a valid map (no dangling reference).
    expect(parseAssessmentMap(JSON.parse(JSON.stringify(next)))).toEqual(next);
  });

  it("keeps overall scales and other goals when cascading", () => {
    const map = sampleMap();
    const next = removeDangerStatement(map, "d-2", { cascade: true });
    expect(next.goals).toEqual(map.goals);
    expect(next.scales).toEqual(map.scales);
  });
});
