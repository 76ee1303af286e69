import { describe, expect, it } from "vitest";
import { addScaleJudgement } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addScaleJudgement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addScaleJudgement(map, "sc-1", { id: "j-2", raterId: "p-mum", raterRole: "parent", value: 7, reason: "Gran is helping every day", on: "2025-03-29" });
    // #endregion docs-example
    expect(next.scales[0]?.judgements.map((j) => j.value)).toEqual([4, 7]);
    expect(map).toEqual(sampleMap());
  });

  it("throws not-found, invalid-input (score 11) and duplicate-id", () => {
    const judgement = { id: "j-2", value: 5, on: "2025-03-29" };
    expect(thrown(() => addScaleJudgement(sampleMap(), "sc-9", judgement)).code).toBe("not-found");
    const error = thrown(() => addScaleJudgement(sampleMap(), "sc-1", { ...judgement, value: 11 }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["scales", 0, "judgements", 1, "value"]]);
    expect(thrown(() => addScaleJudgement(sampleMap(), "sc-1", { ...judgement, id: "j-1" })).code).toBe("duplicate-id");
  });
});
