import { describe, expect, it } from "vitest";
import { updateGreyArea } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateGreyArea", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateGreyArea(map, "a-1", { raisedBy: "Gran" });
    // #endregion docs-example
    expect(next.greyAreas[0]?.raisedBy).toBe("Gran");
    expect(map).toEqual(sampleMap());
    expect(updateGreyArea(next, "a-1", {})).toBe(next);
  });
});
