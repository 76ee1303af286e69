import { describe, expect, it } from "vitest";
import { setAssessmentMapVariant } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("setAssessmentMapVariant", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = setAssessmentMapVariant(map, "wellbeing");
    // #endregion docs-example
    expect(next.variant).toBe("wellbeing");
    expect(setAssessmentMapVariant(map, "safety")).toBe(map);
    expect(map).toEqual(sampleMap());
  });

  it("refuses an unknown variant", () => {
    expect(thrown(() => setAssessmentMapVariant(sampleMap(), "risk" as "safety")).code).toBe("invalid-input");
  });
});
