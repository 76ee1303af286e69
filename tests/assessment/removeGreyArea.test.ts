import { describe, expect, it } from "vitest";
import { removeGreyArea } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeGreyArea", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeGreyArea(map, "a-1");
    const unchanged = removeGreyArea(next, "a-1");
    // #endregion docs-example
    expect(next.greyAreas.some((item) => item.id === "a-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
