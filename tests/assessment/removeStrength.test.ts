import { describe, expect, it } from "vitest";
import { removeStrength } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeStrength", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeStrength(map, "s-1");
    const unchanged = removeStrength(next, "s-1");
    // #endregion docs-example
    expect(next.strengths.some((item) => item.id === "s-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
