import { describe, expect, it } from "vitest";
import { addDangerStatement } from "../../src/assessment";
import { deepFreeze, sampleMap, } from "./fixtures";

describe("addDangerStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addDangerStatement(map, {
    id: "d-3",
    text: "Children's Services and Gran are worried that Mum may leave Amy alone at night and Amy could be hurt",
    worriedParties: ["Children's Services", "Gran"],
    actorIds: ["p-mum"],
    childIds: ["p-amy"],
    disputedBy: ["Mum"],
    positions: [],
  });
    // #endregion docs-example
    expect(next.dangers.at(-1)?.worriedParties).toEqual(["Children's Services", "Gran"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.dangers)).toBe(true);
  });
});
