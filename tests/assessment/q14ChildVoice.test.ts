import { describe, expect, it } from "vitest";
import { type AssessmentMap } from "../../src/assessment";
import { checkAssessmentMap, type CheckAssessmentMapOptions } from "../../src/assessment/checkAssessmentMap";
import type { AssessmentFindingCode } from "../../src/assessment/findingCodes";
import { ChildVoiceRecordSchema, type ChildVoiceRecord } from "../../src/child-voice";
import { isoDate, personId, type Finding } from "../../src/core";
import { formatFinding } from "../../src/findings";
import { goodMap, mapWith, people } from "./checkFixtures";

const amy = personId(people.amy);
const jack = personId(people.jack);

/** The Q14 findings, as `code childId` strings. */
function q14(map: AssessmentMap, options: CheckAssessmentMapOptions): string[] {
  return checkAssessmentMap(map, options)
    .filter((f) => f.params?.["rule"] === "Q14")
    .map((f) => `${f.code} ${String(f.params?.["childId"] ?? f.params?.["recordId"])}`);
}
function q14Findings(map: AssessmentMap, options: CheckAssessmentMapOptions): Finding<AssessmentFindingCode>[] {
  return checkAssessmentMap(map, options).filter((f) => f.params?.["rule"] === "Q14");
}

const consent = { child: { status: "given", on: "2025-03-01" }, parent: { status: "given", personId: people.mum, on: "2025-02-27" } };
const record = (input: Record<string, unknown>): ChildVoiceRecord =>
  ChildVoiceRecordSchema.parse({ facilitatorId: people.worker, consent, sharedWith: [], date: "2025-03-01", ...input });

const jackHouses = record({
  id: "cv-jack-houses",
  tool: "three-houses",
  childId: people.jack,
  items: [{ id: "w1", section: "worries", text: "Dad shouting at night", isChildsExactWords: true }],
});
const amyStory = record({
  id: "cv-amy-story",
  tool: "words-and-pictures",
  childId: people.amy,
  purpose: "why-involved",
  audiences: [people.amy],
  authoredWith: [people.mum, people.dad],
  version: 1,
  pages: [{ id: "p1", number: 1, heading: "title", text: "Amy's story" }],
});
const amyOldHouses = record({
  id: "cv-amy-2023",
  tool: "three-houses",
  childId: people.amy,
  date: "2023-12-10",
  items: [{ id: "w1", section: "worries", text: "Mummy crying", isChildsExactWords: true }],
});
const amyObservation = record({
  id: "cv-amy-obs",
  tool: "observation",
  childId: people.amy,
  consent: { ...consent, child: { status: "not-able-to-consent" } },
  observations: [{ id: "o1", response: "Smiled and reached for Gran; went quiet when Dad came in", context: "Contact at Gran's", observedBy: people.worker }],
});
const amyPreBirth = record({
  id: "cv-amy-prebirth",
  tool: "pre-birth",
  childId: people.amy,
  consent: { ...consent, child: { status: "not-able-to-consent" } },
  items: [{ id: "h1", section: "hopes", text: "That she comes home with us", saidBy: people.mum }],
});
const jackSafetyHouse = record({ id: "cv-jack-sh", tool: "safety-house", childId: people.jack, items: [], pathPosition: 6 });

const linking = (...ids: string[]): AssessmentMap => mapWith((m) => (m.childVoiceIds = ids));
const all = [jackHouses, amyStory, amyOldHouses, amyObservation, amyPreBirth, jackSafetyHouse];

describe("Q14: the child's voice is the child's", () => {
  it("is met when each child's own current record is linked", () => {
    const amyHouses = record({ id: "cv-amy-houses", tool: "three-houses", childId: people.amy, items: [{ id: "g1", section: "good-things", text: "Gran", isChildsExactWords: true }] });
    expect(q14(linking("cv-jack-houses", "cv-amy-houses"), { childVoiceRecords: [...all, amyHouses] })).toEqual([]);
  });

  it("does not count a Words and Pictures story written for the child as the child's voice", () => {
    // #region words-and-pictures
    const findings = q14(linking("cv-jack-houses", "cv-amy-story"), { childVoiceRecords: all });
    // The parents wrote the story for Amy; Amy was never asked anything.
    expect(findings).toEqual([`assessment/child-voice-only-told ${people.amy}`]);
    // #endregion words-and-pictures
  });

  it("does not count a Three Houses from a previous episode, or one older than the policy's months", () => {
    const map = linking("cv-jack-houses", "cv-amy-2023");
    expect(q14Findings(map, { childVoiceRecords: all, episodeStart: isoDate("2025-01-06") })).toEqual([
      {
        code: "assessment/child-voice-not-current",
        severity: "warning",
        path: ["childIds", 0],
        params: { rule: "Q14", childId: people.amy, recordId: "cv-amy-2023", recordDate: "2023-12-10", reason: "previous-episode", months: 6 },
      },
    ]);
    const [tooOld] = q14Findings(map, { childVoiceRecords: all });
    expect(tooOld?.params).toMatchObject({ reason: "out-of-date", months: 6 });
    expect(formatFinding(tooOld!)).toContain("this authority's setting");
    expect(q14(map, { childVoiceRecords: all, childVoicePolicy: { currentForMonths: 18 } })).toEqual([]);
  });

  it("expects an observation of a baby, and accepts it", () => {
    const children = [{ childId: amy, birthDate: isoDate("2024-09-01") }];
    expect(q14(linking("cv-jack-houses"), { childVoiceRecords: all, children })).toEqual([`assessment/child-observation-missing ${people.amy}`]);
    expect(q14(linking("cv-jack-houses", "cv-amy-obs"), { childVoiceRecords: all, children })).toEqual([]);
  });

  it("asks for the parents' hopes and worries and the arrival plan for an unborn child, not the child's words", () => {
    const children = [{ childId: amy, unborn: true }];
    const [missing] = q14Findings(linking("cv-jack-houses"), { childVoiceRecords: all, children });
    expect(missing?.code).toBe("assessment/unborn-child-record-missing");
    const text = formatFinding(missing!);
    expect(text).toContain("hopes and worries for the baby");
    expect(text).not.toMatch(/own words|Three Houses/);
    expect(q14(linking("cv-jack-houses", "cv-amy-prebirth"), { childVoiceRecords: all, children })).toEqual([]);
    // An expected date of birth after the map's date is an unborn child too.
    expect(q14(linking("cv-jack-houses"), { childVoiceRecords: all, children: [{ childId: amy, birthDate: isoDate("2025-06-01") }] })).toEqual([
      `assessment/unborn-child-record-missing ${people.amy}`,
    ]);
  });

  it("asks a child old enough to scale by default, and accepts a Safety House path or the child's own score", () => {
    // #region child-scales
    const children = [
      { childId: amy, birthDate: isoDate("2024-09-01") },
      { childId: jack, birthDate: isoDate("2017-01-20") },
    ];
    const map = linking("cv-jack-houses", "cv-amy-obs");
    expect(q14(map, { childVoiceRecords: [jackHouses, amyObservation], children })).toEqual([`assessment/child-not-scaled ${people.jack}`]);
    // Jack placed himself on the path of his Safety House: that is his scale.
    expect(q14(map, { childVoiceRecords: [jackHouses, amyObservation, jackSafetyHouse], children })).toEqual([]);
    // #endregion child-scales
    const withJacksScore = mapWith((m) => {
      m.childVoiceIds = ["cv-jack-houses", "cv-amy-obs"];
      m.scales[0]!.judgements.push({ id: "j-jack", raterId: people.jack, raterRole: "child", value: 5, reason: "Better at Gran's", on: "2025-03-14" });
    });
    expect(q14(withJacksScore, { childVoiceRecords: [jackHouses, amyObservation], children })).toEqual([]);
    // A younger child, a child of unknown age, or a later age set by policy: not asked.
    expect(q14(map, { childVoiceRecords: [jackHouses, amyObservation], children: [children[0]!, { childId: jack, birthDate: isoDate("2021-01-20") }] })).toEqual([]);
    expect(q14(map, { childVoiceRecords: [jackHouses, amyObservation], children: [children[0]!] })).toEqual([]);
    expect(q14(map, { childVoiceRecords: [jackHouses, amyObservation], children, childVoicePolicy: { scalesFromYears: 10 } })).toEqual([]);
  });

  it("keeps the earlier reading when given only ids, and when given no records", () => {
    expect(q14(goodMap, {})).toEqual([]);
    expect(q14(linking("cv-amy-story"), { childVoiceRecords: [{ id: "cv-amy-story", childId: people.amy }] })).toEqual([`assessment/child-voice-missing ${people.jack}`]);
  });
});
