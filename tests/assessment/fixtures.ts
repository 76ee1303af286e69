// Shared fixtures of the assessment-map tests: a small map with one item in every list.
import { isoDateTime, personId, type ChangeMeta } from "../../src/core";
import { parseAssessmentMap, type AssessmentMap } from "../../src/assessment";

/** A map of one family with an item in every column; `d-2` is a danger statement nothing points at. */
export function sampleMap(): AssessmentMap {
  return parseAssessmentMap({
    id: "map-1",
    version: 1,
    childIds: ["p-amy"],
    variant: "safety",
    date: "2025-03-29",
    authorId: "p-worker",
    participants: [{ personId: "p-worker", role: "worker" }, { personId: "p-mum", name: "Mum", role: "parent" }],
    harm: [{ id: "h-1", text: "Dad hit Amy on the arm and she had a bruise", actorIds: ["p-dad"], childIds: ["p-amy"], status: "substantiated", positions: [] }],
    dangers: [
      { id: "d-1", text: "Children's Services are worried Dad may hit Amy when he has been drinking", worriedParties: ["Children's Services"], actorIds: ["p-dad"], childIds: ["p-amy"], disputedBy: [], positions: [] },
      { id: "d-2", text: "The school is worried Amy may miss school", worriedParties: ["School"], actorIds: [], childIds: ["p-amy"], disputedBy: [], positions: [] },
    ],
    complicatingFactors: [{ id: "c-1", text: "The family lives far from Gran", personIds: [] }],
    greyAreas: [{ id: "a-1", text: "Who looks after Amy at weekends" }],
    strengths: [{ id: "s-1", text: "Mum takes Amy to school every day", personIds: ["p-mum"], observedBy: ["School"] }],
    existingSafety: [{ id: "e-1", text: "Gran takes Amy when Dad drinks", actorIds: ["p-gran"], dangerIds: ["d-1"], observedBy: [] }],
    goals: [{ id: "g-1", dangerId: "d-1", owner: "agency", text: "Amy is cared for by a sober adult", who: ["Mum"], protectiveBehaviours: [], monitoredBy: [] }],
    nextSteps: [{ id: "n-1", text: "Hold a network meeting", status: "planned", goalIds: ["g-1"] }],
    scales: [{ id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, polarity: "safety-high", judgements: [{ id: "j-1", value: 4, on: "2025-03-29" }] }],
    childVoiceIds: [],
  });
}

/** Who, when and why, for audited changes in tests. */
export const meta: ChangeMeta = { at: isoDateTime("2025-03-29T10:00:00Z"), by: personId("p-worker"), reason: "Mapping meeting" };

/** Freezes a value and everything in it, so that a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Runs `f` and returns the KinsafeError-like value it throws (or fails). */
export function thrown(f: () => unknown): { code: string; issues: readonly { path: readonly (string | number)[] }[] } {
  try {
    f();
  } catch (error) {
    return error as { code: string; issues: readonly { path: readonly (string | number)[] }[] };
  }
  throw new Error("expected the call to throw");
}

// The complete good-practice map of the checkAssessmentMap tests (lives in checkFixtures.ts).
export { goodMap, goodMapInput, mapWith, people } from "./checkFixtures";
