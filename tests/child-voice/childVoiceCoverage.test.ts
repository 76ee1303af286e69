import { describe, expect, it } from "vitest";
import { childVoiceCoverage, newWordsAndPicturesVersion, type WordsAndPicturesRecord } from "../../src/child-voice";
import { amy, ben, deepFreeze, isoDate, itemId, personId, recordId, safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures } from "./fixtures";

describe("childVoiceCoverage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const coverage = childVoiceCoverage([amy, ben], [threeHouses, safetyHouse, wordsAndPictures], [threeHouses.id]);
    coverage[0]; // Amy: three-houses, safety-house, words-and-pictures; told the plan through her Safety House
    coverage[1]; // Ben: only the Words and Pictures story, which told him but did not hear him
    // #endregion docs-example
    expect(coverage).toEqual([
      {
        childId: "amy",
        tools: ["three-houses", "safety-house", "words-and-pictures"],
        recordIds: ["th-1", "sh-1"],
        toldRecordIds: ["wp-1"],
        preBirthRecordIds: [],
        earliestDate: "2025-03-01",
        latestDate: "2025-03-01",
        toldThePlan: true,
        planToldThrough: ["safety-house"],
        linkedRecordIds: ["th-1"],
      },
      {
        childId: "ben",
        tools: ["words-and-pictures"],
        recordIds: [],
        toldRecordIds: ["wp-1"],
        preBirthRecordIds: [],
        toldThePlan: false,
        planToldThrough: [],
        linkedRecordIds: [],
      },
    ]);
  });

  it("counts a safety-plan story only when it was shared with the child", () => {
    const plan: WordsAndPicturesRecord = deepFreeze({ ...newWordsAndPicturesVersion(wordsAndPictures, { id: recordId("wp-2"), date: isoDate("2025-05-01") }), purpose: "safety-plan" });
    const notShown = childVoiceCoverage([ben], [plan]);
    expect(notShown[0]).toMatchObject({ toldThePlan: false, recordIds: [], toldRecordIds: ["wp-2"] });
    const shown = { ...plan, sharedWith: [{ id: itemId("s1"), audience: "parent" as const, personIds: [ben], on: isoDate("2025-05-02"), how: "shown-in-person" as const }] };
    const [benCoverage] = childVoiceCoverage([ben], [wordsAndPictures, shown]);
    expect(benCoverage).toMatchObject({ toldThePlan: true, planToldThrough: ["words-and-pictures"], recordIds: [], toldRecordIds: ["wp-1", "wp-2"] });
    expect(benCoverage).not.toHaveProperty("linkedRecordIds");
  });

  it("reports a child with no records as plain empty data", () => {
    expect(childVoiceCoverage([personId("cara")], [threeHouses, wizardsAndFairies])).toEqual([
      { childId: "cara", tools: [], recordIds: [], toldRecordIds: [], preBirthRecordIds: [], toldThePlan: false, planToldThrough: [] },
    ]);
    expect(childVoiceCoverage([], [threeHouses])).toEqual([]);
  });

  it("does not mutate its inputs", () => {
    const records = deepFreeze([threeHouses, wordsAndPictures]);
    const ids = deepFreeze([amy]);
    expect(() => childVoiceCoverage(ids, records, deepFreeze([threeHouses.id]))).not.toThrow();
  });

  it("does not count a Words and Pictures story the parents wrote for Leo as Leo's voice", () => {
    const leo = personId("leo");
    const story: WordsAndPicturesRecord = deepFreeze({ ...wordsAndPictures, id: recordId("wp-leo"), childId: leo, audiences: [leo] });
    const [leoCoverage] = childVoiceCoverage([leo], [story], [story.id]);
    expect(leoCoverage).toMatchObject({ recordIds: [], toldRecordIds: ["wp-leo"], linkedRecordIds: [] });
    expect(leoCoverage).not.toHaveProperty("latestDate");
  });

  it("with a reading, counts only current records: not a previous episode's, not one older than the policy's months", () => {
    const old = { ...threeHouses, id: recordId("th-old"), date: isoDate("2024-01-10") };
    const reading = { asOf: isoDate("2025-04-10"), episodeStart: isoDate("2025-02-01") };
    const [amyCoverage] = childVoiceCoverage([amy], [old, { ...safetyHouse, date: isoDate("2025-03-01") }], [old.id], reading);
    expect(amyCoverage).toMatchObject({ recordIds: ["sh-1"], notCurrentRecordIds: ["th-old"], linkedRecordIds: [], earliestDate: "2025-03-01" });
    const [withoutReading] = childVoiceCoverage([amy], [old], [old.id]);
    expect(withoutReading).toMatchObject({ recordIds: ["th-old"], linkedRecordIds: ["th-old"] });
    expect(withoutReading).not.toHaveProperty("notCurrentRecordIds");
  });
});
