import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import type { ChildVoiceRecordWithItems, ThreeHousesRecord } from "../../src/child-voice";
import { addEntry, removeEntry, sameJson, updateEntry } from "../../src/child-voice/entries";
import { assertPageNumberFree, assertSection, assertTool, draftItems } from "../../src/child-voice/guards";
import { itemId, threeHouses, wordsAndPictures } from "./fixtures";

describe("generic entry recipes", () => {
  it("adds an entry after checking every list of the record for its id", () => {
    // #region add-entry
    const next = produce(wordsAndPictures, (draft) => {
      addEntry(draft, draft.pages, { id: itemId("p6"), number: 6, text: "The end" }, "page");
    });
    // #endregion add-entry
    expect(next.pages).toHaveLength(6);
    expect(() =>
      produce(wordsAndPictures, (draft) => {
        addEntry(draft, draft.pages, { id: itemId("s1"), number: 7, text: "x" }, "page");
      }),
    ).toThrow(/already uses that id in sharedWith/);
  });

  it("updates an entry, removing fields given as undefined", () => {
    // #region update-entry
    const next = produce(wordsAndPictures, (draft) => {
      updateEntry(draft.pages, itemId("p1"), { text: "Our story", heading: undefined }, "page");
    });
    // #endregion update-entry
    expect(next.pages[0]).toEqual({ id: "p1", number: 1, text: "Our story" });
    expect(() => produce(wordsAndPictures, (draft) => void updateEntry(draft.pages, itemId("nope"), {}, "page"))).toThrow(expect.objectContaining({ code: "not-found" }));
  });

  it("removes an entry, or does nothing", () => {
    // #region remove-entry
    const next = produce(wordsAndPictures, (draft) => {
      removeEntry(draft.pages, itemId("p5"));
      removeEntry(draft.pages, itemId("not-there"));
    });
    // #endregion remove-entry
    expect(next.pages).toHaveLength(4);
  });

  it("compares JSON values structurally", () => {
    // #region same-json
    sameJson({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] }); // true
    sameJson({ a: 1, b: undefined }, { a: 1 }); // true: undefined is absent
    // #endregion same-json
    expect(sameJson({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe("guards", () => {
  it("checks the tool", () => {
    // #region assert-tool
    assertTool(wordsAndPictures, ["words-and-pictures"], "pages"); // passes
    // assertTool(threeHouses, ["words-and-pictures"], "pages") throws invalid-argument
    // #endregion assert-tool
    expect(() => assertTool(threeHouses, ["words-and-pictures"], "pages")).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("checks the section", () => {
    // #region assert-section
    assertSection(threeHouses, "dreams"); // passes
    // assertSection(threeHouses, "wishes") throws invalid-argument
    // #endregion assert-section
    expect(() => assertSection(threeHouses, "wishes")).toThrow(/sections are worries, good-things, dreams/);
  });

  it("checks page numbers", () => {
    // #region assert-page-number-free
    assertPageNumberFree(wordsAndPictures, 6); // passes
    assertPageNumberFree(wordsAndPictures, 2, "p2"); // passes: the page keeps its own number
    // #endregion assert-page-number-free
    expect(() => assertPageNumberFree(wordsAndPictures, 2)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(() => assertPageNumberFree(wordsAndPictures, 2, "p3")).toThrow(/already has a page 2/);
  });

  it("gives the items of a record that has them", () => {
    // #region draft-items
    const next = produce(threeHouses as ChildVoiceRecordWithItems, (draft: Draft<ChildVoiceRecordWithItems>) => {
      draftItems(draft).pop();
    });
    // #endregion draft-items
    expect((next as ThreeHousesRecord).items).toHaveLength(2);
  });
});
