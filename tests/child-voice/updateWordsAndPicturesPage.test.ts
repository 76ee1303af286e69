import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { updateWordsAndPicturesPage, type WordsAndPicturesRecord } from "../../src/child-voice";
import { updateWordsAndPicturesPageRecipe } from "../../src/child-voice/updateWordsAndPicturesPage";
import { itemId, threeHouses, wordsAndPictures } from "./fixtures";

describe("updateWordsAndPicturesPage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    // Mum put the page in her own words.
    const next = updateWordsAndPicturesPage(wordsAndPictures, itemId("p4"), { text: "Amy told Miss Patel she was scared", drawingRef: "drawings/p4.png" });
    next.pages[3]?.text; // "Amy told Miss Patel she was scared"
    // #endregion docs-example
    expect(next.pages[3]).toEqual({ id: "p4", number: 4, heading: "what-happened-then", text: "Amy told Miss Patel she was scared", drawingRef: "drawings/p4.png" });
    expect(wordsAndPictures.pages[3]?.text).toBe("Amy told her teacher she was scared");
  });

  it("removes optional fields, keeps its own number and returns the same record when nothing changes", () => {
    expect(updateWordsAndPicturesPage(wordsAndPictures, itemId("p2"), { heading: undefined }).pages[1]).not.toHaveProperty("heading");
    expect(updateWordsAndPicturesPage(wordsAndPictures, itemId("p2"), { number: 2 })).toBe(wordsAndPictures);
    expect(updateWordsAndPicturesPage(wordsAndPictures, itemId("p2"), { number: 20 }).pages[1]?.number).toBe(20);
  });

  it("throws not-found for an unknown page, invalid-input for a used number and invalid-argument for another tool", () => {
    expect(() => updateWordsAndPicturesPage(wordsAndPictures, itemId("p99"), { text: "x" })).toThrow(expect.objectContaining({ code: "not-found" }));
    expect(() => updateWordsAndPicturesPage(wordsAndPictures, itemId("p2"), { number: 1 })).toThrow(
      expect.objectContaining({ code: "invalid-input", issues: [expect.objectContaining({ path: ["pages", 1, "number"], rule: "child-voice/duplicate-page-number" })] }),
    );
    expect(() => updateWordsAndPicturesPage(threeHouses as unknown as WordsAndPicturesRecord, itemId("w1"), { text: "x" })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(wordsAndPictures, (draft) => {
      updateWordsAndPicturesPageRecipe(draft, itemId("p1"), { text: "Our family's story" });
    });
    // #endregion recipe
    expect(next.pages[0]?.text).toBe("Our family's story");
  });
});
