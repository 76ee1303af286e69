import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { removeWordsAndPicturesPage, type WordsAndPicturesRecord } from "../../src/child-voice";
import { removeWordsAndPicturesPageRecipe } from "../../src/child-voice/removeWordsAndPicturesPage";
import { itemId, threeHouses, wordsAndPictures } from "./fixtures";

describe("removeWordsAndPicturesPage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = removeWordsAndPicturesPage(wordsAndPictures, itemId("p1"));
    next.pages.map((p) => p.number); // [2, 3, 4, 5]: the others keep their numbers
    removeWordsAndPicturesPage(next, itemId("p1")) === next; // true
    // #endregion docs-example
    expect(next.pages.map((p) => p.number)).toEqual([2, 3, 4, 5]);
    expect(removeWordsAndPicturesPage(next, itemId("p1"))).toBe(next);
    expect(wordsAndPictures.pages).toHaveLength(5);
  });

  it("throws invalid-argument for another tool", () => {
    expect(() => removeWordsAndPicturesPage(threeHouses as unknown as WordsAndPicturesRecord, itemId("w1"))).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(wordsAndPictures, (draft) => {
      removeWordsAndPicturesPageRecipe(draft, itemId("p4"));
      removeWordsAndPicturesPageRecipe(draft, itemId("p5"));
    });
    // #endregion recipe
    expect(next.pages.map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
  });
});
