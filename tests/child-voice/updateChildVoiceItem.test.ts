import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { updateChildVoiceItem, type ChildVoiceRecordWithItems, type ThreeHousesSection } from "../../src/child-voice";
import { updateChildVoiceItemRecipe } from "../../src/child-voice/updateChildVoiceItem";
import { itemId, safetyHouse, threeHouses, wordsAndPictures } from "./fixtures";

describe("updateChildVoiceItem", () => {
  it("shows the documented example", () => {
    // #region docs-example
    // Checked back with Amy: she wanted it in the House of Dreams, in her words.
    const next = updateChildVoiceItem(threeHouses, itemId("g1"), { section: "dreams", text: "Gran takes me to the park every day" });
    next.items[1]?.section; // "dreams"
    // #endregion docs-example
    expect(next.items[1]).toEqual({ id: "g1", section: "dreams", text: "Gran takes me to the park every day", isChildsExactWords: true, drawingRef: "drawings/park.png" });
  });

  it("removes an optional field given as undefined", () => {
    const next = updateChildVoiceItem(threeHouses, itemId("g1"), { drawingRef: undefined });
    expect(next.items[1]).not.toHaveProperty("drawingRef");
    const sh = updateChildVoiceItem(safetyHouse, itemId("v1"), { conditions: ["only at Gran's"] });
    expect(sh.items[1]?.conditions).toEqual(["only at Gran's"]);
  });

  it("returns the same record when nothing changes", () => {
    expect(updateChildVoiceItem(threeHouses, itemId("w1"), { text: "When dad shouts I hide under the bed" })).toBe(threeHouses);
    expect(updateChildVoiceItem(safetyHouse, itemId("v1"), { people: [safetyHouse.items[1]!.people![0]!] })).toBe(safetyHouse);
    expect(updateChildVoiceItem(threeHouses, itemId("w1"), { audioRef: undefined })).toBe(threeHouses);
  });

  it("never changes the id and does not mutate its inputs", () => {
    const changes = { id: itemId("zzz"), text: "New" } as unknown as { text: string };
    const next = updateChildVoiceItem(threeHouses, itemId("w1"), changes);
    expect(next.items[0]?.id).toBe("w1");
    expect(threeHouses.items[0]?.text).toBe("When dad shouts I hide under the bed");
  });

  it("throws not-found for an unknown item, invalid-input for another tool's section and invalid-argument for a record without items", () => {
    expect(() => updateChildVoiceItem(threeHouses, itemId("nope"), { text: "x" })).toThrow(expect.objectContaining({ code: "not-found" }));
    expect(() => updateChildVoiceItem(threeHouses, itemId("w1"), { section: "wishes" as ThreeHousesSection })).toThrow(
      expect.objectContaining({ code: "invalid-input", issues: [expect.objectContaining({ path: ["items", 0, "section"] })] }),
    );
    expect(() => updateChildVoiceItem(wordsAndPictures as unknown as ChildVoiceRecordWithItems, itemId("p1"), { text: "x" })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(threeHouses, (draft: Draft<ChildVoiceRecordWithItems>) => {
      updateChildVoiceItemRecipe(draft, itemId("w1"), { isChildsExactWords: false });
    });
    // #endregion recipe
    expect(next.items[0]?.isChildsExactWords).toBe(false);
  });
});
