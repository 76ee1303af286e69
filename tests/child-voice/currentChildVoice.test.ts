import { describe, expect, it } from "vitest";
import { fc, test as fcTest } from "@fast-check/vitest";
import { KinsafeError } from "../../src/core";
import {
  ChildVoiceRecordSchema,
  childHasBeenToldBy,
  childTookPart,
  childVoiceCurrency,
  childVoiceExpectation,
  childsOwnScale,
  currentChildVoice,
  DEFAULT_CHILD_VOICE_POLICY,
  mayShareWith,
  type ChildVoiceRecord,
} from "../../src/child-voice";
import { amy, ben, dad, deepFreeze, isoDate, mum, personId, safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures, worker } from "./fixtures";

const leo = personId("leo");

function record(input: unknown): ChildVoiceRecord {
  return deepFreeze(ChildVoiceRecordSchema.parse(input));
}

/** A Words and Pictures story Leo's parents wrote for him: Leo was never asked anything. */
const storyForLeo = record({
  id: "wp-leo",
  tool: "words-and-pictures",
  childId: "leo",
  date: "2025-03-01",
  facilitatorId: "worker-1",
  consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
  purpose: "why-involved",
  audiences: ["leo"],
  authoredWith: ["mum", "dad"],
  version: 1,
  pages: [{ id: "p1", number: 1, heading: "title", text: "Leo's story" }],
  sharedWith: [{ id: "s1", audience: "parent", personIds: ["mum", "dad", "leo"], on: "2025-03-04", how: "shown-in-person" }],
});

const babyObservation = record({
  id: "obs-1",
  tool: "observation",
  childId: "leo",
  date: "2025-03-01",
  facilitatorId: "worker-1",
  consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
  observations: [
    { id: "o1", response: "Reached for Nan and settled; went still when Dad raised his voice", context: "Bath time at home, Mum and Nan there", observedBy: "worker-1" },
  ],
  sharedWith: [],
});

const preBirth = record({
  id: "pb-1",
  tool: "pre-birth",
  childId: "baby",
  date: "2025-03-01",
  facilitatorId: "worker-1",
  consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
  items: [
    { id: "h1", section: "hopes", text: "That she comes home with us", saidBy: "mum", isExactWords: true },
    { id: "a1", section: "arrival-plan", text: "Nan stays for the first month", saidBy: "mum" },
  ],
  sharedWith: [],
});

describe("childTookPart", () => {
  it("holds for the child's own tools and an observation, not for a story written for the child or a pre-birth record", () => {
    // #region took-part
    expect(childTookPart(threeHouses)).toBe(true);
    expect(childTookPart(babyObservation)).toBe(true);
    // Leo's parents wrote his Words and Pictures story for him: it tells Leo, it does not hear him.
    expect(childTookPart(storyForLeo)).toBe(false);
    // #endregion took-part
    expect(childTookPart(wizardsAndFairies)).toBe(true);
    expect(childTookPart(safetyHouse)).toBe(true);
    expect(childTookPart(wordsAndPictures)).toBe(false);
    expect(childTookPart(preBirth)).toBe(false);
  });

  it("does not hold for a tool with nothing from the child in it", () => {
    expect(childTookPart({ ...threeHouses, items: [] })).toBe(false);
    expect(childTookPart({ ...safetyHouse, items: [] })).toBe(true); // the path position is the child's scale
    const { pathPosition: _unused, ...noPath } = safetyHouse;
    expect(childTookPart({ ...noPath, items: [] })).toBe(false);
    expect(childTookPart({ ...babyObservation, observations: [] } as ChildVoiceRecord)).toBe(false);
  });
});

describe("childHasBeenToldBy", () => {
  it("is a story shown to the child", () => {
    // #region told
    expect(childHasBeenToldBy(storyForLeo, leo)).toBe(true);
    expect(childHasBeenToldBy(threeHouses, amy)).toBe(false);
    // #endregion told
    expect(childHasBeenToldBy({ ...storyForLeo, sharedWith: [] }, leo)).toBe(false);
    expect(childHasBeenToldBy(wordsAndPictures, ben)).toBe(true);
    expect(childHasBeenToldBy(wordsAndPictures, leo)).toBe(false);
  });
});

describe("childVoiceCurrency and currentChildVoice", () => {
  it("leaves out a record of a previous episode, and one older than the policy's months", () => {
    // #region currency
    // A Three Houses from 15 months before, in a previous episode, is not current today.
    const old = { ...threeHouses, date: isoDate("2024-01-10") };
    expect(childVoiceCurrency(old, { asOf: isoDate("2025-04-10"), episodeStart: isoDate("2025-02-01") })).toBe("previous-episode");
    // Without an episode start it is still too old: 6 months is this authority's setting.
    expect(childVoiceCurrency(old, { asOf: isoDate("2025-04-10") })).toBe("out-of-date");
    expect(childVoiceCurrency(old, { asOf: isoDate("2025-04-10"), policy: { currentForMonths: 18 } })).toBe("current");
    // #endregion currency
  });

  it("reads the six months to the day", () => {
    const r = { ...threeHouses, date: isoDate("2025-01-31") };
    expect(childVoiceCurrency(r, { asOf: isoDate("2025-07-31") })).toBe("current");
    expect(childVoiceCurrency(r, { asOf: isoDate("2025-08-01") })).toBe("out-of-date");
    expect(childVoiceCurrency(r, { asOf: isoDate("2025-01-30") })).toBe("after-as-of");
    expect(childVoiceCurrency(r, { asOf: isoDate("2025-02-01"), episodeStart: isoDate("2025-01-31") })).toBe("current");
    expect(DEFAULT_CHILD_VOICE_POLICY.currentForMonths).toBe(6);
  });

  it("keeps only the current records in which the child took part", () => {
    // #region docs-example
    const records = [threeHouses, storyForLeo, babyObservation, { ...safetyHouse, date: isoDate("2024-06-01") }];
    const current = currentChildVoice(records, { asOf: isoDate("2025-04-01"), episodeStart: isoDate("2025-01-15") });
    expect(current.map((r) => r.id)).toEqual(["th-1", "obs-1"]);
    // #endregion docs-example
  });

  it("refuses a policy that is not a whole number of months", () => {
    expect(() => currentChildVoice([threeHouses], { asOf: isoDate("2025-04-01"), policy: { currentForMonths: -1 } })).toThrow(KinsafeError);
    expect(() => currentChildVoice([threeHouses], { asOf: isoDate("2025-04-01"), policy: { currentForMonths: 1.5 } })).toThrow(KinsafeError);
  });

  fcTest.prop([fc.array(fc.constantFrom(threeHouses, storyForLeo, babyObservation, safetyHouse, preBirth, wordsAndPictures)), fc.integer({ min: 0, max: 40 })])(
    "every current record is the child's own, dated within the window, whatever the order",
    (records, months) => {
      const reading = { asOf: isoDate("2025-06-01"), policy: { currentForMonths: months } };
      const current = currentChildVoice(records, reading);
      for (const r of current) expect(childTookPart(r)).toBe(true);
      const reversed = currentChildVoice([...records].reverse(), reading);
      expect([...reversed].reverse()).toEqual(current);
    },
  );
});

describe("childsOwnScale", () => {
  it("is the path position of the child's latest current Safety House", () => {
    // #region own-scale
    const later = { ...safetyHouse, id: safetyHouse.id, date: isoDate("2025-05-01"), pathPosition: 3 };
    expect(childsOwnScale([safetyHouse, later], amy, { asOf: isoDate("2025-05-02") })?.pathPosition).toBe(3);
    // #endregion own-scale
    expect(childsOwnScale([later, safetyHouse], amy, { asOf: isoDate("2025-05-02") })?.pathPosition).toBe(3);
    expect(childsOwnScale([safetyHouse], ben, { asOf: isoDate("2025-05-02") })).toBeUndefined();
    expect(childsOwnScale([safetyHouse], amy, { asOf: isoDate("2026-05-02") })).toBeUndefined();
  });
});

describe("mayShareWith", () => {
  const limited = record({
    ...threeHouses,
    consent: {
      child: { status: "given", on: "2025-03-01", limits: { notWith: ["dad"], childsReason: "because he'll be cross" } },
      parent: { status: "given", personId: "mum", on: "2025-02-27" },
    },
  });

  it("honours the child's limits on who may see it", () => {
    // #region may-share
    // "Mummy can see it but not Daddy, because he'll be cross."
    expect(mayShareWith(limited, mum)).toBe(true);
    expect(mayShareWith(limited, dad)).toBe(false);
    // #endregion may-share
    expect(mayShareWith(limited, amy)).toBe(true);
    expect(mayShareWith(limited, worker)).toBe(true);
  });

  it("allows only the people the child named when the child named who may see it", () => {
    const onlyMum = record({ ...threeHouses, consent: { ...threeHouses.consent, child: { status: "given", limits: { onlyWith: ["mum"] } } } });
    expect(mayShareWith(onlyMum, mum)).toBe(true);
    expect(mayShareWith(onlyMum, personId("gran"))).toBe(false);
  });

  it("needs the child's consent for the child's own tools, not for a story written to be shown", () => {
    const refused = record({ ...threeHouses, consent: { ...threeHouses.consent, child: { status: "refused" } } });
    const notAsked = record({ ...threeHouses, consent: { ...threeHouses.consent, child: { status: "not-asked" } } });
    expect(mayShareWith(refused, mum)).toBe(false);
    expect(mayShareWith(notAsked, mum)).toBe(false);
    expect(mayShareWith(wordsAndPictures, personId("gran"))).toBe(true);
    expect(mayShareWith(babyObservation, mum)).toBe(true);
  });
});

describe("childVoiceExpectation", () => {
  it("expects words and a scale by age, an observation before words, and the parents' hopes for an unborn child", () => {
    // #region expectation
    const asOf = isoDate("2025-06-01");
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2018-05-01") }, { asOf })).toEqual({ expects: "words", scales: true, ageInMonths: 85 });
    expect(childVoiceExpectation({ childId: leo, birthDate: isoDate("2024-09-01") }, { asOf })).toEqual({ expects: "observation", scales: false, ageInMonths: 9 });
    expect(childVoiceExpectation({ childId: personId("baby"), unborn: true }, { asOf })).toEqual({ expects: "pre-birth", scales: false });
    // #endregion expectation
  });

  it("reads ages at the birthday and honours how the child communicates", () => {
    const asOf = isoDate("2025-06-01");
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2020-06-01") }, { asOf })).toMatchObject({ expects: "words", scales: true, ageInMonths: 60 });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2020-06-02") }, { asOf })).toMatchObject({ scales: false, ageInMonths: 59 });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2023-06-01") }, { asOf })).toMatchObject({ expects: "words", ageInMonths: 24 });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2023-06-02") }, { asOf })).toMatchObject({ expects: "observation" });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2015-06-02"), communication: "pre-verbal" }, { asOf })).toMatchObject({ expects: "observation", scales: false });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2025-09-02") }, { asOf })).toEqual({ expects: "pre-birth", scales: false });
    expect(childVoiceExpectation({ childId: amy }, { asOf })).toEqual({ expects: "words", scales: true });
    expect(childVoiceExpectation({ childId: amy, birthDate: isoDate("2021-06-01") }, { asOf, policy: { scalesFromYears: 4 } })).toMatchObject({ scales: true });
  });
});
