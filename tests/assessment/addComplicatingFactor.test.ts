import { describe, expect, it } from "vitest";
import { addComplicatingFactor } from "../../src/assessment";
import { deepFreeze, sampleMap, } from "./fixtures";

describe("addComplicatingFactor", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addComplicatingFactor(map, { id: "c-2", text: "Mum has no phone credit to call the school", personIds: ["p-mum"] });
    // #endregion docs-example
    expect(next.complicatingFactors).toHaveLength(2);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.complicatingFactors)).toBe(true);
  });
});
