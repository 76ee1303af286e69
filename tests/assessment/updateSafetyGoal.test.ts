import { describe, expect, it } from "vitest";
import { updateSafetyGoal } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateSafetyGoal", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateSafetyGoal(map, "g-1", { sustainFor: { amount: 3, unit: "months" } });
    // #endregion docs-example
    expect(next.goals[0]?.sustainFor).toEqual({ amount: 3, unit: "months" });
    expect(map).toEqual(sampleMap());
    expect(updateSafetyGoal(next, "g-1", {})).toBe(next);
  });
});
