import { describe, expect, it } from "vitest";
import { updateNextStep } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateNextStep", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateNextStep(map, "n-1", { due: "2025-04-30", ownerName: "Mum" });
    // #endregion docs-example
    expect(next.nextSteps[0]).toMatchObject({ due: "2025-04-30", ownerName: "Mum" });
    expect(map).toEqual(sampleMap());
    expect(updateNextStep(next, "n-1", {})).toBe(next);
  });
});
