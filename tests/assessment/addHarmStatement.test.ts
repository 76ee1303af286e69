import { describe, expect, it } from "vitest";
import { addHarmStatement } from "../../src/assessment";
import { deepFreeze, sampleMap, } from "./fixtures";

describe("addHarmStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addHarmStatement(map, {
    id: "h-2",
    text: "It was reported that Dad did not collect Amy from school and she waited alone until 6pm",
    actorIds: ["p-dad"],
    childIds: ["p-amy"],
    status: "alleged",
    source: "Reported by the school",
    positions: [],
  });
    // #endregion docs-example
    expect(next.harm.map((h) => h.id)).toEqual(["h-1", "h-2"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.harm)).toBe(true);
  });
});
