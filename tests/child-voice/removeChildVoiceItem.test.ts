import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { removeChildVoiceItem, type ChildVoiceRecordWithItems } from "../../src/child-voice";
import { removeChildVoiceItemRecipe } from "../../src/child-voice/removeChildVoiceItem";
import { itemId, safetyHouse, threeHouses, wordsAndPictures } from "./fixtures";

describe("removeChildVoiceItem", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = removeChildVoiceItem(safetyHouse, itemId("n1"));
    next.items.map((i) => i.id); // ["l1", "v1", "r1"]
    removeChildVoiceItem(next, itemId("n1")) === next; // true: nothing to remove
    // #endregion docs-example
    expect(next.items.map((i) => i.id)).toEqual(["l1", "v1", "r1"]);
    expect(removeChildVoiceItem(next, itemId("n1"))).toBe(next);
  });

  it("does not mutate its input", () => {
    removeChildVoiceItem(threeHouses, itemId("w1"));
    expect(threeHouses.items).toHaveLength(3);
  });

  it("throws invalid-argument for a record without items", () => {
    expect(() => removeChildVoiceItem(wordsAndPictures as unknown as ChildVoiceRecordWithItems, itemId("p1"))).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(threeHouses, (draft: Draft<ChildVoiceRecordWithItems>) => {
      removeChildVoiceItemRecipe(draft, itemId("w1"));
      removeChildVoiceItemRecipe(draft, itemId("d1"));
    });
    // #endregion recipe
    expect(next.items.map((i) => i.id)).toEqual(["g1"]);
  });
});
