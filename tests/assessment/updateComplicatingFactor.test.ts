import { describe, expect, it } from "vitest";
import { updateComplicatingFactor } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateComplicatingFactor", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateComplicatingFactor(map, "c-1", { personIds: ["p-gran"] });
    // #endregion docs-example
    expect(next.complicatingFactors[0]?.personIds).toEqual(["p-gran"]);
    expect(map).toEqual(sampleMap());
    expect(updateComplicatingFactor(next, "c-1", {})).toBe(next);
  });
});
