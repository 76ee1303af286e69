import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { newWordsAndPicturesVersion, parseChildVoiceRecord, type WordsAndPicturesRecord } from "../../src/child-voice";
import { newWordsAndPicturesVersionRecipe } from "../../src/child-voice/newWordsAndPicturesVersion";
import { isoDate, recordId, threeHouses, wordsAndPictures } from "./fixtures";

describe("newWordsAndPicturesVersion", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const v2 = newWordsAndPicturesVersion(wordsAndPictures, { id: recordId("wp-2"), date: isoDate("2025-06-01") });
    v2.version; // 2
    v2.previousVersionId; // "wp-1"
    v2.sharedWith.length; // 0: not shown to anyone yet
    // #endregion docs-example
    expect(v2).toMatchObject({ id: "wp-2", date: "2025-06-01", version: 2, previousVersionId: "wp-1", sharedWith: [] });
    expect(v2.pages).toEqual(wordsAndPictures.pages);
    expect(v2.audiences).toEqual(wordsAndPictures.audiences);
  });

  it("leaves the old version unchanged and gives a valid record", () => {
    const withNotes = { ...wordsAndPictures, notes: "Mum cried reading page 4" };
    const v2 = newWordsAndPicturesVersion(withNotes, { id: recordId("wp-2"), date: wordsAndPictures.date });
    expect(v2).not.toHaveProperty("notes");
    expect(wordsAndPictures).toMatchObject({ id: "wp-1", version: 1, sharedWith: [{ id: "s1" }] });
    expect(parseChildVoiceRecord(JSON.parse(JSON.stringify(v2)))).toEqual(v2);
    const v3 = newWordsAndPicturesVersion(v2, { id: recordId("wp-3"), date: isoDate("2025-09-01") });
    expect(v3).toMatchObject({ version: 3, previousVersionId: "wp-2" });
  });

  it("throws invalid-argument for the same id, an earlier date or another tool", () => {
    expect(() => newWordsAndPicturesVersion(wordsAndPictures, { id: recordId("wp-1"), date: isoDate("2025-06-01") })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
    expect(() => newWordsAndPicturesVersion(wordsAndPictures, { id: recordId("wp-2"), date: isoDate("2025-02-28") })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
    expect(() => newWordsAndPicturesVersion(threeHouses as unknown as WordsAndPicturesRecord, { id: recordId("x"), date: isoDate("2025-06-01") })).toThrow(
      expect.objectContaining({ code: "invalid-argument" }),
    );
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const v2 = produce(wordsAndPictures, (draft) => {
      newWordsAndPicturesVersionRecipe(draft, { id: recordId("wp-2"), date: isoDate("2025-06-01") });
      draft.purpose = "safety-plan";
    });
    // #endregion recipe
    expect(v2).toMatchObject({ id: "wp-2", version: 2, purpose: "safety-plan" });
  });
});
