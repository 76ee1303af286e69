import { describe, expect, it } from "vitest";
import { removeScaleJudgement } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("removeScaleJudgement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeScaleJudgement(map, "sc-1", "j-1");
    // #endregion docs-example
    expect(next.scales[0]?.judgements).toEqual([]);
    expect(removeScaleJudgement(next, "sc-1", "j-1")).toBe(next);
    expect(map).toEqual(sampleMap());
  });

  it("throws not-found for an unknown scale", () => {
    expect(thrown(() => removeScaleJudgement(sampleMap(), "sc-9", "j-1")).code).toBe("not-found");
  });
});
