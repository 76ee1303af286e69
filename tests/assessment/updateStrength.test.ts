import { describe, expect, it } from "vitest";
import { updateStrength } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateStrength", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateStrength(map, "s-1", { observedBy: ["School", "Gran"] });
    // #endregion docs-example
    expect(next.strengths[0]?.observedBy).toEqual(["School", "Gran"]);
    expect(map).toEqual(sampleMap());
    expect(updateStrength(next, "s-1", {})).toBe(next);
  });
});
