// Small, readable child-voice records for the tests, parsed so that ids and dates are branded.
import { isoDate, personId } from "../../src/core";
import { MapItemIdSchema, type MapItemId } from "../../src/assessment";
import { ChildVoiceRecordIdSchema, type ChildVoiceRecordId } from "../../src/child-voice";
import {
  ChildVoiceItemIdSchema,
  SafetyHouseRecordSchema,
  ThreeHousesRecordSchema,
  WizardsAndFairiesRecordSchema,
  WordsAndPicturesRecordSchema,
  type ChildVoiceItemId,
  type SafetyHouseRecord,
  type ThreeHousesRecord,
  type WizardsAndFairiesRecord,
  type WordsAndPicturesRecord,
} from "../../src/child-voice";

export const amy = personId("amy");
export const ben = personId("ben");
export const mum = personId("mum");
export const dad = personId("dad");
export const worker = personId("worker-1");

export const itemId = (id: string): ChildVoiceItemId => ChildVoiceItemIdSchema.parse(id);
export const recordId = (id: string): ChildVoiceRecordId => ChildVoiceRecordIdSchema.parse(id);
export const mapItemId = (id: string): MapItemId => MapItemIdSchema.parse(id);
export { isoDate, personId };

/** Freezes a value all the way down, so that any mutation in the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const common = {
  childId: "amy",
  date: "2025-03-01",
  facilitatorId: "worker-1",
  consent: { child: { status: "given", on: "2025-03-01" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
  sharedWith: [],
};

/** A complete Three Houses record with something in every house, all in Amy's exact words. */
export const threeHouses: ThreeHousesRecord = deepFreeze(
  ThreeHousesRecordSchema.parse({
    ...common,
    id: "th-1",
    tool: "three-houses",
    houseNames: { worries: "Grumpy house" },
    items: [
      { id: "w1", section: "worries", text: "When dad shouts I hide under the bed", isChildsExactWords: true },
      { id: "g1", section: "good-things", text: "Gran takes me to the park", isChildsExactWords: true, drawingRef: "drawings/park.png" },
      { id: "d1", section: "dreams", text: "Everyone is happy at tea time", isChildsExactWords: true },
    ],
  }),
);

/** A Wizards and Fairies record with something in every part. */
export const wizardsAndFairies: WizardsAndFairiesRecord = deepFreeze(
  WizardsAndFairiesRecordSchema.parse({
    ...common,
    id: "wf-1",
    tool: "wizards-and-fairies",
    figure: "fairy",
    items: [
      { id: "g1", section: "good-things", text: "My puppy", isChildsExactWords: true },
      { id: "w1", section: "worries", text: "Loud at night", isChildsExactWords: true },
      { id: "x1", section: "wishes", text: "A magic quiet house", isChildsExactWords: true },
    ],
  }),
);

/** A Safety House with every part filled and Amy at 7 on the path. */
export const safetyHouse: SafetyHouseRecord = deepFreeze(
  SafetyHouseRecordSchema.parse({
    ...common,
    id: "sh-1",
    tool: "safety-house",
    pathPosition: 7,
    items: [
      { id: "l1", section: "lives-in", text: "Mum and me and Ben", isChildsExactWords: true, people: ["mum", "amy", "ben"] },
      { id: "v1", section: "visits", text: "Dad", isChildsExactWords: true, people: ["dad"], conditions: ["only when he has not been drinking"] },
      { id: "r1", section: "rules", text: "No shouting", isChildsExactWords: true },
      { id: "n1", section: "not-safe-with", text: "Mum's friend Gary", isChildsExactWords: true },
    ],
  }),
);

/** A "why involved" Words and Pictures story for Amy and Ben, with the short-form pages, shown to both. */
export const wordsAndPictures: WordsAndPicturesRecord = deepFreeze(
  WordsAndPicturesRecordSchema.parse({
    ...common,
    id: "wp-1",
    tool: "words-and-pictures",
    consent: { child: { status: "not-able-to-consent" }, parent: { status: "given", personId: "mum", on: "2025-02-27" } },
    purpose: "why-involved",
    audiences: ["amy", "ben"],
    authoredWith: ["mum", "dad"],
    version: 1,
    pages: [
      { id: "p1", number: 1, heading: "title", text: "Amy and Ben's story" },
      { id: "p2", number: 2, heading: "who-is-worried", text: "The school and Sarah the social worker are worried" },
      { id: "p3", number: 3, heading: "what-worried-about", text: "They are worried that when Mum and Dad argue, Amy and Ben get scared" },
      { id: "p4", number: 4, heading: "what-happened-then", text: "Amy told her teacher she was scared" },
      { id: "p5", number: 5, heading: "what-we-are-doing", text: "Gran and Auntie Jo are helping Mum and Dad" },
    ],
    sharedWith: [{ id: "s1", audience: "parent", personIds: ["mum", "dad", "amy", "ben"], on: "2025-03-04", how: "shown-in-person" }],
  }),
);
