import { describe, expect, it } from "vitest";
import { removeNextStep } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeNextStep", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeNextStep(map, "n-1");
    const unchanged = removeNextStep(next, "n-1");
    // #endregion docs-example
    expect(next.nextSteps.some((item) => item.id === "n-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
