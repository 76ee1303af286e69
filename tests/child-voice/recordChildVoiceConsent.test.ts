import { produce, type Draft } from "immer";
import { describe, expect, it } from "vitest";
import { recordChildVoiceConsent, type ChildVoiceRecord } from "../../src/child-voice";
import { recordChildVoiceConsentRecipe } from "../../src/child-voice/recordChildVoiceConsent";
import { dad, isoDate, threeHouses, wordsAndPictures } from "./fixtures";

describe("recordChildVoiceConsent", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = recordChildVoiceConsent(threeHouses, { child: { status: "refused", on: isoDate("2025-03-02") } });
    next.consent.child.status; // "refused"
    next.consent.parent.status; // "given": kept
    // #endregion docs-example
    expect(next.consent).toEqual({ child: { status: "refused", on: "2025-03-02" }, parent: threeHouses.consent.parent });
  });

  it("records both parts, keeps the record's type and returns the same record when nothing changes", () => {
    const next = recordChildVoiceConsent(wordsAndPictures, { parent: { status: "given", personId: dad, on: isoDate("2025-03-01") } });
    expect(next.tool).toBe("words-and-pictures");
    expect(next.pages).toBe(wordsAndPictures.pages);
    expect(next.consent.parent.personId).toBe("dad");
    expect(recordChildVoiceConsent(threeHouses, {})).toBe(threeHouses);
    expect(recordChildVoiceConsent(threeHouses, { child: { ...threeHouses.consent.child }, parent: { ...threeHouses.consent.parent } })).toBe(threeHouses);
  });

  it("does not mutate its inputs", () => {
    recordChildVoiceConsent(threeHouses, { child: { status: "not-asked" } });
    expect(threeHouses.consent.child.status).toBe("given");
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(threeHouses as ChildVoiceRecord, (draft: Draft<ChildVoiceRecord>) => {
      recordChildVoiceConsentRecipe(draft, { parent: { status: "not-needed" } });
    });
    // #endregion recipe
    expect(next.consent.parent).toEqual({ status: "not-needed" });
  });
});
