import { describe, expect, it } from "vitest";
import { removeSafetyScale } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeSafetyScale", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeSafetyScale(map, "sc-1");
    const unchanged = removeSafetyScale(next, "sc-1");
    // #endregion docs-example
    expect(next.scales.some((item) => item.id === "sc-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
