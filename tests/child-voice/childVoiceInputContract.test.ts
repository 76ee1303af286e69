// The input contract of the child-voice updaters: plain JSON in, each tool's own item shape and
// the references checked together and reported in one error with the record's paths, the input
// never changed, and whatever is accepted re-parses to itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError, sequentialIds } from "../../src/core";
import {
  addChildVoiceItem,
  addWordsAndPicturesPage,
  ChildVoiceRecordSchema,
  recordChildVoiceConsent,
  recordChildVoiceSharing,
  updateChildVoiceItem,
  updateWordsAndPicturesPage,
  type ChildVoiceRecord,
} from "../../src/child-voice";
import { arbText } from "../arbitraries";
import { deepFreeze, safetyHouse, threeHouses, wordsAndPictures } from "./fixtures";

const people = ["amy", "ben", "mum", "dad", "worker-1"].map((id) => ({ id }));

function thrown(f: () => unknown): { code: string; issues: { path: unknown[]; rule: string }[] } {
  try {
    f();
  } catch (error) {
    return error as never;
  }
  throw new Error("expected the call to throw");
}
const reparsed = (r: ChildVoiceRecord): unknown => ChildVoiceRecordSchema.parse(JSON.parse(JSON.stringify(r)));

describe("the child-voice input contract", () => {
  it("addChildVoiceItem checks the tool's own item shape and the people it names, in one error", () => {
    const n = safetyHouse.items.length;
    const error = thrown(() =>
      addChildVoiceItem(safetyHouse, { id: "v9", section: "garden", text: "", isChildsExactWords: true, people: ["dad", "gary"] } as never, { people }),
    );
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["items", n, "section"], ["items", n, "text"], ["items", n, "people", 1]]));
    expect(error.issues).toHaveLength(3);
    // A Three Houses item cannot carry the Safety House's fields.
    expect(thrown(() => addChildVoiceItem(threeHouses, { id: "w9", section: "lives-in", text: "Mum", isChildsExactWords: true } as never)).issues.map((i) => i.path)).toEqual([
      ["items", threeHouses.items.length, "section"],
    ]);
  });

  it("updateChildVoiceItem checks the changed item whole, at its place", () => {
    const error = thrown(() => updateChildVoiceItem(safetyHouse, "v1", { section: "porch", people: ["nobody"], isChildsExactWords: undefined } as never, { people }));
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["items", 1, "section"], ["items", 1, "people", 0], ["items", 1, "isChildsExactWords"]]));
    expect(error.issues).toHaveLength(3);
  });

  it("recordChildVoiceSharing: an impossible date, an unknown code and a dangling person, in one error", () => {
    const n = wordsAndPictures.sharedWith.length;
    const error = thrown(() => recordChildVoiceSharing(wordsAndPictures, { id: "s9", audience: "neighbours", personIds: ["mum", "nobody"], on: "2025-02-30", how: "read-out" } as never, { people }));
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["sharedWith", n, "audience"], ["sharedWith", n, "personIds", 1], ["sharedWith", n, "on"]]));
    expect(error.issues).toHaveLength(3);
  });

  it("recordChildVoiceConsent: an impossible date, an unknown code and a dangling person, in one error with the record's paths", () => {
    const error = thrown(() =>
      recordChildVoiceConsent(threeHouses, { child: { status: "maybe", on: "2025-02-30" }, parent: { status: "given", personId: "nobody" } } as never, { people }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["consent", "child", "status"], ["consent", "child", "on"], ["consent", "parent", "personId"]]));
    expect(error.issues).toHaveLength(3);
  });

  it("addWordsAndPicturesPage and updateWordsAndPicturesPage: an unknown heading, a blank text and a page number in use, in one error", () => {
    const n = wordsAndPictures.pages.length;
    const error = thrown(() => addWordsAndPicturesPage(wordsAndPictures, { id: "p9", number: 2, heading: "epilogue", text: " " } as never));
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining([["pages", n, "number"], ["pages", n, "heading"], ["pages", n, "text"]]));
    expect(error.issues).toHaveLength(3);
    expect(thrown(() => updateWordsAndPicturesPage(wordsAndPictures, "p3", { number: 0, heading: "epilogue" as never })).issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([["pages", 2, "number"], ["pages", 2, "heading"]]),
    );
  });

  it("never changes its input, even deep-frozen, and leaves it unfrozen", () => {
    const item = { id: "w9", section: "worries", text: "The dark", isChildsExactWords: true } as const;
    expect(() => addChildVoiceItem(threeHouses, deepFreeze({ ...item }), { people })).not.toThrow();
    expect(() => updateChildVoiceItem(threeHouses, "w1", deepFreeze({ text: "Shouting" }))).not.toThrow();
    expect(() => recordChildVoiceConsent(threeHouses, deepFreeze({ child: { status: "refused" as const, on: "2025-03-05" } }), { people })).not.toThrow();
    const open = { ...item };
    addChildVoiceItem(threeHouses, open);
    expect(Object.isFrozen(open)).toBe(false);
    const page = { number: 6, text: "Gran will be there" };
    const next = addWordsAndPicturesPage(wordsAndPictures, page, { ids: sequentialIds() });
    expect(Object.isFrozen(page)).toBe(false);
    expect(next.pages.at(-1)).toEqual({ id: "words-and-pictures-page-1", number: 6, text: "Gran will be there" });
  });

  it("makes the ids left out with the injected factory, skipping ids used anywhere in the record", () => {
    const ids = sequentialIds({ prefix: "" });
    const taken = recordChildVoiceSharing(threeHouses, { id: "child-voice-item-1", audience: "parent", on: "2025-03-04", how: "meeting" });
    const next = addChildVoiceItem(taken, { section: "dreams", text: "A dog", isChildsExactWords: true }, { ids });
    expect(next.items.at(-1)?.id).toBe("child-voice-item-2");
    expect(thrown(() => addChildVoiceItem(threeHouses, { section: "dreams", text: "A dog", isChildsExactWords: true })).issues.map((i) => i.path)).toEqual([
      ["items", threeHouses.items.length, "id"],
    ]);
  });

  it("property: an accepted item re-parses to itself; a refused one is one KinsafeError with paths inside the new item", () => {
    const arbItem = fc.record({
      section: fc.oneof(fc.constantFrom("worries", "good-things", "dreams"), fc.string()),
      text: fc.oneof(arbText(), fc.constant(" ")),
      isChildsExactWords: fc.oneof(fc.boolean(), fc.constant("yes")),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 5 }), (items) => {
        let current = threeHouses;
        const ids = sequentialIds();
        for (const item of items) {
          try {
            current = addChildVoiceItem(current, item as never, { ids });
          } catch (error) {
            expect(isKinsafeError(error)).toBe(true);
            for (const issue of (error as { issues: { path: unknown[] }[] }).issues) expect(issue.path.slice(0, 2)).toEqual(["items", current.items.length]);
          }
        }
        expect(reparsed(current)).toEqual(current);
      }),
      { numRuns: 100 },
    );
  });
});
