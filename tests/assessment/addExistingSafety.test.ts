import { describe, expect, it } from "vitest";
import { addExistingSafety } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addExistingSafety", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addExistingSafety(map, {
    id: "e-2",
    text: "Mum has taken Amy to Gran's every time Dad came home drunk since January",
    actorIds: ["p-mum"],
    dangerIds: ["d-1"],
    demonstratedSince: "2025-01-05",
    observedBy: ["Gran"],
  });
    // #endregion docs-example
    expect(next.existingSafety.at(-1)?.dangerIds).toEqual(["d-1"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.existingSafety)).toBe(true);
  });

  it("refuses a danger statement the map does not have, with its path", () => {
    const error = thrown(() => addExistingSafety(sampleMap(), { id: "e-2", text: "Gran visits", actorIds: [], dangerIds: ["d-1", "d-9"], observedBy: [] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["existingSafety", 1, "dangerIds", 1]]);
  });
});
