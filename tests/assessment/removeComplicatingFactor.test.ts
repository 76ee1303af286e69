import { describe, expect, it } from "vitest";
import { removeComplicatingFactor } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeComplicatingFactor", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeComplicatingFactor(map, "c-1");
    const unchanged = removeComplicatingFactor(next, "c-1");
    // #endregion docs-example
    expect(next.complicatingFactors.some((item) => item.id === "c-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
