import { describe, expect, it } from "vitest";
import { addGreyArea } from "../../src/assessment";
import { deepFreeze, sampleMap, } from "./fixtures";

describe("addGreyArea", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addGreyArea(map, { id: "a-2", text: "Mum's new partner visits at weekends", toFindOut: "Who he is and how he is with Amy" });
    // #endregion docs-example
    expect(next.greyAreas.at(-1)?.toFindOut).toBe("Who he is and how he is with Amy");
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.greyAreas)).toBe(true);
  });
});
