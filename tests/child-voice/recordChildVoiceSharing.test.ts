import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { recordChildVoiceSharing, type ChildVoiceRecord, type ChildVoiceSharing } from "../../src/child-voice";
import { recordChildVoiceSharingRecipe } from "../../src/child-voice/recordChildVoiceSharing";
import { isoDate, itemId, mum, threeHouses, wordsAndPictures } from "./fixtures";

const atMeeting: ChildVoiceSharing = { id: itemId("s1"), audience: "parent", personIds: [mum], on: isoDate("2025-03-05"), how: "shown-in-person" };

describe("recordChildVoiceSharing", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = recordChildVoiceSharing(threeHouses, {
      id: itemId("s1"),
      audience: "conference",
      names: ["Initial child protection conference"],
      on: isoDate("2025-03-10"),
      how: "read-out",
    });
    next.sharedWith.length; // 1
    // #endregion docs-example
    expect(next.sharedWith).toHaveLength(1);
    expect(threeHouses.sharedWith).toHaveLength(0);
  });

  it("records a sharing even without consent (the check reports it), freezes the result and leaves the input as it was", () => {
    const sharing = { ...atMeeting };
    const next = recordChildVoiceSharing({ ...threeHouses, consent: { ...threeHouses.consent, child: { status: "refused" } } }, sharing);
    expect(next.sharedWith[0]).toEqual(atMeeting);
    expect(Object.isFrozen(next.sharedWith[0])).toBe(true);
    expect(Object.isFrozen(sharing)).toBe(false);
  });

  it("throws duplicate-id when the id is already used in the record", () => {
    expect(() => recordChildVoiceSharing(wordsAndPictures, atMeeting)).toThrow(expect.objectContaining({ code: "duplicate-id" }));
    expect(() => recordChildVoiceSharing(wordsAndPictures, { ...atMeeting, id: itemId("p1") })).toThrow(expect.objectContaining({ code: "duplicate-id" }));
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(threeHouses as ChildVoiceRecord, (draft: Draft<ChildVoiceRecord>) => {
      recordChildVoiceSharingRecipe(draft, atMeeting);
    });
    // #endregion recipe
    expect(next.sharedWith).toEqual([atMeeting]);
  });
});
