import { describe, expect, it } from "vitest";
import { removeExistingSafety } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeExistingSafety", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeExistingSafety(map, "e-1");
    const unchanged = removeExistingSafety(next, "e-1");
    // #endregion docs-example
    expect(next.existingSafety.some((item) => item.id === "e-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
