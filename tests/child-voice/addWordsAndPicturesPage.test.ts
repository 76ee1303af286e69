import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { addWordsAndPicturesPage, type WordsAndPicturesRecord } from "../../src/child-voice";
import { addWordsAndPicturesPageRecipe } from "../../src/child-voice/addWordsAndPicturesPage";
import { itemId, threeHouses, wordsAndPictures } from "./fixtures";

describe("addWordsAndPicturesPage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addWordsAndPicturesPage(wordsAndPictures, {
      id: itemId("p6"),
      number: 6,
      heading: "safety-plan-rule",
      text: "Gran will stay over when Dad has been drinking",
    });
    next.pages.length; // 6
    // #endregion docs-example
    expect(next.pages).toHaveLength(6);
    expect(wordsAndPictures.pages).toHaveLength(5);
  });

  it("throws duplicate-id for a used id, invalid-input for a used number and invalid-argument for another tool", () => {
    expect(() => addWordsAndPicturesPage(wordsAndPictures, { id: itemId("p1"), number: 9, text: "x" })).toThrow(expect.objectContaining({ code: "duplicate-id" }));
    expect(() => addWordsAndPicturesPage(wordsAndPictures, { id: itemId("s1"), number: 9, text: "x" })).toThrow(expect.objectContaining({ code: "duplicate-id" }));
    expect(() => addWordsAndPicturesPage(wordsAndPictures, { id: itemId("p9"), number: 3, text: "x" })).toThrow(
      expect.objectContaining({ code: "invalid-input", issues: [expect.objectContaining({ path: ["pages", wordsAndPictures.pages.length, "number"], rule: "child-voice/duplicate-page-number" })] }),
    );
    expect(() => addWordsAndPicturesPage(threeHouses as unknown as WordsAndPicturesRecord, { id: itemId("p9"), number: 1, text: "x" })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(wordsAndPictures, (draft) => {
      addWordsAndPicturesPageRecipe(draft, { id: itemId("p6"), number: 6, text: "Mum will call Gran" });
      addWordsAndPicturesPageRecipe(draft, { id: itemId("p7"), number: 7, text: "Dad will sleep at his brother's" });
    });
    // #endregion recipe
    expect(next.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
