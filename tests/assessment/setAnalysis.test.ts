import { describe, expect, it } from "vitest";
import { KinsafeError } from "../../src/core";
import { setAnalysis } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("setAnalysis", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = setAnalysis(map, {
      worker: {
        text: "We are most worried that Dad will hit Amy after drinking. Gran keeps Amy safe at weekends, but nothing yet does on weeknights.",
        dangerIds: ["d-1"],
        safety: "Gran has Amy every Friday and Saturday night",
        decision: "A weeknight plan with Mum and Gran within a week",
      },
      family: [{ heldBy: "Mum", personId: "p-mum", view: "That's fair. The weeknights are when I worry most." }],
    });
    // #endregion docs-example
    expect(next.analysis?.worker?.dangerIds).toEqual(["d-1"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.analysis)).toBe(true);
  });

  it("removes the analysis when given undefined", () => {
    const withAnalysis = setAnalysis(sampleMap(), { family: [], familyViewNotRecordedReason: "Not yet shared" });
    const next = setAnalysis(deepFreeze(withAnalysis), undefined);
    expect("analysis" in next).toBe(false);
    expect(withAnalysis.analysis).toBeDefined();
    const without = sampleMap();
    expect(setAnalysis(without, undefined)).toBe(without);
  });

  it("refuses a danger statement the map does not have, with its path", () => {
    const map = deepFreeze(sampleMap());
    const error = thrown(() => setAnalysis(map, { worker: { text: "We are worried", dangerIds: ["d-1", "d-9"] }, family: [] }));
    expect(error).toBeInstanceOf(KinsafeError);
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["worker", "dangerIds", 1], rule: "reference/unknown-danger-statement" })]);
    expect(map).toEqual(sampleMap());
  });

  it("refuses an analysis that does not parse, with its path", () => {
    const error = thrown(() => setAnalysis(sampleMap(), { worker: { text: "" }, family: [] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["worker", "text"]]);
  });
});
