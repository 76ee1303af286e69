import { describe, expect, it } from "vitest";
import { childVoiceCoverage, newWordsAndPicturesVersion, type WordsAndPicturesRecord } from "../../src/child-voice";
import { amy, ben, deepFreeze, isoDate, itemId, personId, recordId, safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures } from "./fixtures";

describe("childVoiceCoverage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const coverage = childVoiceCoverage([amy, ben], [threeHouses, safetyHouse, wordsAndPictures], [threeHouses.id]);
    coverage[0]; // Amy: three-houses, safety-house, words-and-pictures; told the plan through her Safety House
    coverage[1]; // Ben: only the Words and Pictures story; not yet told the plan
    // #endregion docs-example
    expect(coverage).toEqual([
      {
        childId: "amy",
        tools: ["three-houses", "safety-house", "words-and-pictures"],
        recordIds: ["th-1", "sh-1", "wp-1"],
        earliestDate: "2025-03-01",
        latestDate: "2025-03-01",
        toldThePlan: true,
        planToldThrough: ["safety-house"],
        linkedRecordIds: ["th-1"],
      },
      {
        childId: "ben",
        tools: ["words-and-pictures"],
        recordIds: ["wp-1"],
        earliestDate: "2025-03-01",
        latestDate: "2025-03-01",
        toldThePlan: false,
        planToldThrough: [],
        linkedRecordIds: [],
      },
    ]);
  });

  it("counts a safety-plan story only when it was shared with the child", () => {
    const plan: WordsAndPicturesRecord = deepFreeze({ ...newWordsAndPicturesVersion(wordsAndPictures, { id: recordId("wp-2"), date: isoDate("2025-05-01") }), purpose: "safety-plan" });
    const notShown = childVoiceCoverage([ben], [plan]);
    expect(notShown[0]).toMatchObject({ toldThePlan: false, latestDate: "2025-05-01" });
    const shown = { ...plan, sharedWith: [{ id: itemId("s1"), audience: "parent" as const, personIds: [ben], on: isoDate("2025-05-02"), how: "shown-in-person" as const }] };
    const [benCoverage] = childVoiceCoverage([ben], [wordsAndPictures, shown]);
    expect(benCoverage).toMatchObject({ toldThePlan: true, planToldThrough: ["words-and-pictures"], earliestDate: "2025-03-01", latestDate: "2025-05-01", recordIds: ["wp-1", "wp-2"] });
    expect(benCoverage).not.toHaveProperty("linkedRecordIds");
  });

  it("reports a child with no records as plain empty data", () => {
    expect(childVoiceCoverage([personId("cara")], [threeHouses, wizardsAndFairies])).toEqual([
      { childId: "cara", tools: [], recordIds: [], toldThePlan: false, planToldThrough: [] },
    ]);
    expect(childVoiceCoverage([], [threeHouses])).toEqual([]);
  });

  it("does not mutate its inputs", () => {
    const records = deepFreeze([threeHouses, wordsAndPictures]);
    const ids = deepFreeze([amy]);
    expect(() => childVoiceCoverage(ids, records, deepFreeze([threeHouses.id]))).not.toThrow();
  });
});
