import { describe, expect, it } from "vitest";
import { removeSafetyGoal } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeSafetyGoal", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeSafetyGoal(map, "g-1");
    const unchanged = removeSafetyGoal(next, "g-1");
    // #endregion docs-example
    expect(next.goals.some((item) => item.id === "g-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });

  it("takes the goal out of next steps' goalIds", () => {
    const next = removeSafetyGoal(sampleMap(), "g-1");
    expect(next.nextSteps[0]?.goalIds).toEqual([]);
  });
});
