import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/findings";
import { enChildVoice } from "../../src/child-voice";
import {
  CHILD_VOICE_FINDING_CODES,
  checkChildVoice,
  recordChildVoiceConsent,
  recordChildVoiceSharing,
  removeChildVoiceItem,
  removeWordsAndPicturesPage,
  setSafetyHousePathPosition,
  updateChildVoiceItem,
  type ChildVoiceFindingCode,
  type ChildVoiceRecord,
  type ChildVoiceSharing,
} from "../../src/child-voice";
import { arbChildVoiceRecord } from "./arbitraries";
import { amy, ben, deepFreeze, isoDate, itemId, mum, safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures } from "./fixtures";

const codes = (record: ChildVoiceRecord, options?: Parameters<typeof checkChildVoice>[1]): ChildVoiceFindingCode[] => checkChildVoice(record, options).map((f) => f.code);
const sharing = (on: string, extra: Partial<ChildVoiceSharing> = {}): ChildVoiceSharing => ({ id: itemId("s9"), audience: "network", on: isoDate(on), how: "meeting", ...extra });

describe("checkChildVoice", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const shared = recordChildVoiceSharing(
      recordChildVoiceConsent(threeHouses, { child: { status: "not-asked" } }),
      { id: itemId("s1"), audience: "network", on: isoDate("2025-03-08"), how: "meeting" },
    );
    const findings = checkChildVoice(shared);
    findings.map((f) => `${f.severity} ${f.code}`); // ["error child-voice/shared-without-child-consent"]
    // #endregion docs-example
    expect(findings).toEqual([
      {
        code: "child-voice/shared-without-child-consent",
        severity: "error",
        path: ["sharedWith", 0],
        params: { audience: "network", sharedOn: "2025-03-08", consent: "not-asked" },
      },
    ]);
  });

  it("finds nothing in complete, well-kept records", () => {
    for (const record of [threeHouses, wizardsAndFairies, safetyHouse, wordsAndPictures]) expect(checkChildVoice(record)).toEqual([]);
  });

  it("does not mutate its input", () => {
    const record = deepFreeze(recordChildVoiceSharing(threeHouses, sharing("2025-02-01")));
    expect(() => checkChildVoice(record)).not.toThrow();
  });

  describe("child-voice/shared-without-child-consent", () => {
    it("fires when the child refused or was not asked", () => {
      for (const status of ["refused", "not-asked"] as const) {
        const record = recordChildVoiceSharing(recordChildVoiceConsent(safetyHouse, { child: { status } }), sharing("2025-03-02"));
        expect(codes(record)).toEqual(["child-voice/shared-without-child-consent"]);
      }
    });
    it("does not fire with consent, for a child not able to consent, or for Words and Pictures", () => {
      expect(codes(recordChildVoiceSharing(safetyHouse, sharing("2025-03-02")))).toEqual([]);
      expect(codes(recordChildVoiceSharing(recordChildVoiceConsent(wizardsAndFairies, { child: { status: "not-able-to-consent" } }), sharing("2025-03-02")))).toEqual([]);
      const story = recordChildVoiceConsent(wordsAndPictures, { child: { status: "not-asked" } });
      expect(codes(story)).toEqual([]);
    });
  });

  describe("child-voice/shared-before-child-consent", () => {
    it("fires when shared before the day the child agreed", () => {
      const record = recordChildVoiceSharing(recordChildVoiceConsent(threeHouses, { child: { status: "given", on: isoDate("2025-03-05") } }), sharing("2025-03-02"));
      expect(checkChildVoice(record)).toEqual([
        { code: "child-voice/shared-before-child-consent", severity: "error", path: ["sharedWith", 0], params: { audience: "network", sharedOn: "2025-03-02", consentOn: "2025-03-05" } },
      ]);
    });
    it("does not fire when shared on or after that day, or when the day is not recorded", () => {
      const onTheDay = recordChildVoiceSharing(recordChildVoiceConsent(threeHouses, { child: { status: "given", on: isoDate("2025-03-05") } }), sharing("2025-03-05"));
      expect(codes(onTheDay)).toEqual([]);
      expect(codes(recordChildVoiceSharing(recordChildVoiceConsent(threeHouses, { child: { status: "given" } }), sharing("2025-03-02")))).toEqual([]);
    });
  });

  describe("child-voice/shared-before-record-date", () => {
    it("fires when a sharing is dated before the record", () => {
      expect(checkChildVoice(recordChildVoiceSharing(wordsAndPictures, { ...sharing("2025-02-20"), personIds: [] }))).toEqual([
        { code: "child-voice/shared-before-record-date", severity: "error", path: ["sharedWith", 1, "on"], params: { sharedOn: "2025-02-20", recordDate: "2025-03-01" } },
      ]);
    });
    it("does not fire on the record's date", () => {
      expect(codes(recordChildVoiceSharing(wordsAndPictures, sharing("2025-03-01")))).toEqual([]);
    });
  });

  describe("child-voice/parent-consent-not-recorded", () => {
    const notAsked = recordChildVoiceConsent(threeHouses, { parent: { status: "not-asked" } });
    it("fires when the parents of a child in their care were not asked", () => {
      expect(checkChildVoice(notAsked)).toEqual([{ code: "child-voice/parent-consent-not-recorded", severity: "warning", path: ["consent", "parent", "status"] }]);
      expect(codes(notAsked, { childInParentsCare: true })).toEqual(["child-voice/parent-consent-not-recorded"]);
    });
    it("does not fire for a child not in their parents' care, or when consent is recorded or not needed", () => {
      expect(codes(notAsked, { childInParentsCare: false })).toEqual([]);
      expect(codes(recordChildVoiceConsent(threeHouses, { parent: { status: "not-needed" } }))).toEqual([]);
      expect(codes(recordChildVoiceConsent(threeHouses, { parent: { status: "refused" } }))).toEqual([]);
    });
  });

  describe("child-voice/not-childs-exact-words", () => {
    it("fires for each item not in the child's exact words", () => {
      const record = updateChildVoiceItem(wizardsAndFairies, itemId("w1"), { isChildsExactWords: false });
      expect(checkChildVoice(record)).toEqual([{ code: "child-voice/not-childs-exact-words", severity: "info", path: ["items", 1, "isChildsExactWords"] }]);
      expect(codes(updateChildVoiceItem(safetyHouse, itemId("r1"), { isChildsExactWords: false }))).toEqual(["child-voice/not-childs-exact-words"]);
    });
    it("does not fire for the child's exact words", () => {
      expect(codes(threeHouses)).not.toContain("child-voice/not-childs-exact-words");
    });
  });

  describe("child-voice/empty-section", () => {
    it("fires for each house with nothing in it", () => {
      const record = removeChildVoiceItem(removeChildVoiceItem(threeHouses, itemId("d1")), itemId("w1"));
      expect(checkChildVoice(record)).toEqual([
        { code: "child-voice/empty-section", severity: "info", path: ["items"], params: { section: "worries" } },
        { code: "child-voice/empty-section", severity: "info", path: ["items"], params: { section: "dreams" } },
      ]);
      expect(codes(removeChildVoiceItem(safetyHouse, itemId("n1")))).toEqual(["child-voice/empty-section"]);
    });
    it("does not fire for the Safety House path, which has its position instead", () => {
      expect(safetyHouse.items.some((i) => i.section === "path")).toBe(false);
      expect(codes(safetyHouse)).toEqual([]);
    });
  });

  describe("child-voice/safety-house-without-path-position", () => {
    it("fires when the child's place on the path is not recorded", () => {
      expect(checkChildVoice(setSafetyHousePathPosition(safetyHouse, undefined))).toEqual([
        { code: "child-voice/safety-house-without-path-position", severity: "warning", path: ["pathPosition"] },
      ]);
    });
    it("does not fire with a position, even 0", () => {
      expect(codes(setSafetyHousePathPosition(safetyHouse, 0))).toEqual([]);
    });
  });

  describe("child-voice/words-and-pictures-missing-heading", () => {
    it("fires for each short-form heading missing from a why-involved story", () => {
      const record = removeWordsAndPicturesPage(removeWordsAndPicturesPage(wordsAndPictures, itemId("p2")), itemId("p4"));
      expect(checkChildVoice(record)).toEqual([
        { code: "child-voice/words-and-pictures-missing-heading", severity: "warning", path: ["pages"], params: { heading: "who-is-worried" } },
        { code: "child-voice/words-and-pictures-missing-heading", severity: "warning", path: ["pages"], params: { heading: "what-happened-then" } },
      ]);
    });
    it("does not fire for the title alone or for a safety-plan story", () => {
      expect(codes(removeWordsAndPicturesPage(wordsAndPictures, itemId("p1")))).toEqual([]);
      expect(codes({ ...wordsAndPictures, purpose: "safety-plan", pages: [] })).toEqual([]);
    });
  });

  describe("child-voice/words-and-pictures-not-shared-with-child", () => {
    it("fires for each child the story is for who has not been shown it", () => {
      const record = { ...wordsAndPictures, sharedWith: [{ ...wordsAndPictures.sharedWith[0]!, personIds: [mum, amy] }] };
      expect(checkChildVoice(record)).toEqual([
        { code: "child-voice/words-and-pictures-not-shared-with-child", severity: "warning", path: ["audiences", 1], params: { childId: "ben" } },
      ]);
      expect(codes({ ...wordsAndPictures, sharedWith: [] })).toEqual(["child-voice/words-and-pictures-not-shared-with-child", "child-voice/words-and-pictures-not-shared-with-child"]);
    });
    it("does not fire once every child has been shown it", () => {
      expect(codes(wordsAndPictures)).toEqual([]);
      expect(wordsAndPictures.sharedWith[0]?.personIds).toEqual(expect.arrayContaining([amy, ben]));
    });
  });
});

describe("finding codes and messages", () => {
  it("has an English template for every code, and no template for unknown codes", () => {
    expect(Object.keys(enChildVoice.messages).sort()).toEqual([...CHILD_VOICE_FINDING_CODES].sort());
    for (const code of CHILD_VOICE_FINDING_CODES) expect(code).toMatch(/^child-voice\/[a-z]+(-[a-z]+)*$/);
  });

  it("fills every placeholder of the findings it returns", () => {
    const record = recordChildVoiceSharing(recordChildVoiceConsent(threeHouses, { child: { status: "refused" } }), sharing("2025-02-01"));
    for (const finding of checkChildVoice(removeChildVoiceItem(record, itemId("w1")))) {
      expect(formatFinding(finding)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("properties", () => {
  test.prop([arbChildVoiceRecord()])("never throws and only returns known codes", (record) => {
    for (const finding of checkChildVoice(record)) expect(CHILD_VOICE_FINDING_CODES).toContain(finding.code);
  });
});
