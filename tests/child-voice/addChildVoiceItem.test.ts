import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { KinsafeError } from "../../src/core";
import { addChildVoiceItem, type ChildVoiceRecordWithItems, type ThreeHousesItem, type WordsAndPicturesRecord } from "../../src/child-voice";
import { addChildVoiceItemRecipe } from "../../src/child-voice/addChildVoiceItem";
import { deepFreeze, itemId, safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures } from "./fixtures";

describe("addChildVoiceItem", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addChildVoiceItem(threeHouses, {
      id: itemId("w2"),
      section: "worries",
      text: "I don't like it when the police come",
      isChildsExactWords: true,
    });
    next.items.length; // 4
    // #endregion docs-example
    expect(next.items).toHaveLength(4);
    expect(next.items[3]).toEqual({ id: "w2", section: "worries", text: "I don't like it when the police come", isChildsExactWords: true });
  });

  it("adds to each tool that holds items", () => {
    const wf = addChildVoiceItem(wizardsAndFairies, { id: itemId("x2"), section: "wishes", text: "A unicorn", isChildsExactWords: true });
    expect(wf.items.at(-1)?.section).toBe("wishes");
    const sh = addChildVoiceItem(safetyHouse, { id: itemId("v2"), section: "visits", text: "Gran", isChildsExactWords: true, conditions: ["on Sundays"] });
    expect(sh.items.at(-1)).toMatchObject({ section: "visits", conditions: ["on Sundays"] });
  });

  it("does not mutate its inputs (the item passed in is not frozen) and freezes the result", () => {
    const item: ThreeHousesItem = { id: itemId("d2"), section: "dreams", text: "A dog", isChildsExactWords: true };
    const next = addChildVoiceItem(threeHouses, item);
    expect(threeHouses.items).toHaveLength(3);
    expect(next).not.toBe(threeHouses);
    expect(Object.isFrozen(next.items)).toBe(true);
    expect(Object.isFrozen(next.items[3])).toBe(true);
    expect(Object.isFrozen(item)).toBe(false);
  });

  it("throws duplicate-id when the id is used by an item or a sharing", () => {
    expect(() => addChildVoiceItem(threeHouses, { id: itemId("w1"), section: "worries", text: "x", isChildsExactWords: true })).toThrow(
      expect.objectContaining({ code: "duplicate-id" }),
    );
    const shared = deepFreeze({ ...threeHouses, sharedWith: [{ id: itemId("s1"), audience: "parent" as const, on: threeHouses.date, how: "meeting" as const }] });
    expect(() => addChildVoiceItem(shared, { id: itemId("s1"), section: "worries", text: "x", isChildsExactWords: true })).toThrow(KinsafeError);
  });

  it("throws invalid-input for a section of another tool (at the document's path), invalid-argument for a record without items", () => {
    const wrong = { id: itemId("r9"), section: "rules", text: "x", isChildsExactWords: true } as unknown as ThreeHousesItem;
    expect(() => addChildVoiceItem(threeHouses, wrong)).toThrow(
      expect.objectContaining({ code: "invalid-input", issues: [expect.objectContaining({ path: ["items", 3, "section"] })] }),
    );
    const story = wordsAndPictures as unknown as ChildVoiceRecordWithItems;
    expect(() => addChildVoiceItem(story, wrong)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect((wordsAndPictures as WordsAndPicturesRecord & { items?: unknown }).items).toBeUndefined();
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(threeHouses, (draft: Draft<ChildVoiceRecordWithItems>) => {
      addChildVoiceItemRecipe(draft, { id: itemId("g2"), section: "good-things", text: "My teacher", isChildsExactWords: true });
      addChildVoiceItemRecipe(draft, { id: itemId("g3"), section: "good-things", text: "Football", isChildsExactWords: true });
    });
    // #endregion recipe
    expect(next.items.map((i) => i.id)).toEqual(["w1", "g1", "d1", "g2", "g3"]);
  });
});
