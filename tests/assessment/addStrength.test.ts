import { describe, expect, it } from "vitest";
import { addStrength } from "../../src/assessment";
import { deepFreeze, sampleMap, } from "./fixtures";

describe("addStrength", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addStrength(map, { id: "s-2", text: "Dad reads with Amy every night", personIds: ["p-dad"], observedBy: ["Amy"] });
    // #endregion docs-example
    expect(next.strengths.map((s) => s.id)).toEqual(["s-1", "s-2"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.strengths)).toBe(true);
  });
});
