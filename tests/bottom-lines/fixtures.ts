// The worked case of the bottom-lines and case-file tests, built from the network and
// safety-plan fixture (tests/network/fixtures.ts): Kerry, Amy and Ben; a network found by the
// family and informed through Words and Pictures; a plan with four rules; two months of
// monitoring with one breach (10 May 2025), escalated the same evening and resolved on 14 May.
import { BottomLineSchema, type BottomLine, type BottomLineVerdict, type CustomPredicate } from "../../src/bottom-lines";
import { createCaseFile, type CaseFile } from "../../src/case-file";
import { isKinsafeError, isoDateTime, personId, type ChangeMeta, type KinsafeError } from "../../src/core";
import { bottomLineIds, childVoice, deepFreeze, ids, map, monitoring, network, people, plan } from "../network/fixtures";

export { asOf, breach, bottomLineIds, childVoice, deepFreeze, ids, map, monitoring, network, people, plan, thrown } from "../network/fixtures";

/** Runs `f` and returns the KinsafeError it throws (fails on anything else). */
export function caught(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    if (isKinsafeError(error)) return error;
    throw error;
  }
  throw new Error("expected the call to throw");
}

/** Who, when and why, for audited changes in tests. */
export const meta: ChangeMeta = { at: isoDateTime("2025-06-01T09:00:00Z"), by: personId("sw-sarah"), reason: "Case review" };

/**
 * The bottom lines Children's Services set for the worked case (one of each kind), with the
 * verdict each should get as of 1 June 2025.
 */
export const workedBottomLines: readonly BottomLine[] = deepFreeze(
  [
    { id: "bl-network", kind: "network-composition", statement: "At least three people in the network, two living outside the home and two who are family or friends", minMembers: 3, minOutsideHousehold: 2, minNotProfessional: 2 },
    { id: "bl-informed", kind: "network-informed", statement: "Everyone in the network knows the danger statements and the safety goals" },
    { id: "bl-found", kind: "network-found-by-family", statement: "The family finds the network: at least two people", minFoundByFamily: 2 },
    { id: "bl-every-danger", kind: "rule-for-every-danger", statement: "The plan says how the children will be kept safe from each worry" },
    { id: "bl-owned", kind: "rules-owned-and-monitored", statement: "Every rule has someone who does it and someone from the network who checks it" },
    { id: bottomLineIds.noUnsupervisedContact, kind: "no-unsupervised-contact", statement: "Lee does not see Amy and Ben without a safe adult from the network there", personId: ids.lee, rationaleDangerIds: ["d-drink"] },
    { id: bottomLineIds.safeAdult, kind: "safe-adult", statement: "Amy and Ben have a grown-up they can call at any time" },
    { id: "bl-told", kind: "child-told-plan", statement: "Amy and Ben know the safety plan" },
    { id: "bl-breach-24h", kind: "breach-reported-within", statement: "Children's Services are told within 24 hours if a rule is broken", hours: 24 },
    { id: "bl-monitoring", kind: "monitoring-recent", statement: "Both the network and Children's Services check the plan at least every two weeks", days: 14 },
    { id: "bl-sustained", kind: "sustained-without-breach", statement: "The plan works for three months without an unresolved breach before the case steps down", months: 3 },
    { id: "bl-scale", kind: "scale-at-least", statement: "The social worker and the parents score safety at 6 or more", value: 6, roles: ["worker", "parent"] },
    { id: bottomLineIds.soberAdult, kind: "free-text", statement: "A sober adult is in the house every evening", rationaleDangerIds: ["d-drink", "d-arguments"] },
    { id: "bl-seen-alone", kind: "custom", statement: "Amy and Ben are seen alone by their social worker every four weeks", predicate: "seen-alone" },
  ].map((b) => BottomLineSchema.parse({ rationaleDangerIds: [], setBy: "sw-sarah", setOn: "2025-03-20", ...b })),
);

/** The verdict each worked bottom line gets as of 1 June 2025 (with {@link seenAlone}). */
export const workedVerdicts: Readonly<Record<string, BottomLineVerdict>> = {
  "bl-network": "met",
  "bl-informed": "met",
  "bl-found": "met",
  "bl-every-danger": "met",
  "bl-owned": "met",
  "bl-lee-supervised": "met",
  "bl-safe-adult": "met",
  "bl-told": "met",
  "bl-breach-24h": "met",
  "bl-monitoring": "met",
  // On trial from 1 April: three months are reached on 1 July.
  "bl-sustained": "unmet",
  // The social worker's latest score on the overall scale is 3 (20 March).
  "bl-scale": "unmet",
  // The host system has the visits of Amy but not of Ben.
  "bl-seen-alone": "cannot-tell",
  // A rule names it, but no worker has judged on evidence that it is met.
  "bl-sober-adult": "covered-by-rule",
};

/**
 * The host system's own check for `bl-seen-alone`: visits are kept outside the case file, so the
 * predicate reads them from the host (here, a fixed list): Amy was seen alone on 22 May; Ben's
 * visits are not recorded.
 */
export const seenAlone: CustomPredicate = (caseFile, { asOf: day }) => {
  const visits: Readonly<Record<string, string>> = { amy: "2025-05-22" };
  const missing = caseFile.childIds.filter((c) => visits[c] === undefined);
  return missing.length === 0
    ? { verdict: "met", evidence: { visits } }
    : {
        verdict: "cannot-tell",
        evidence: { visits, asOf: day },
        findings: missing.map((childId) => ({ code: "host/visits-not-recorded", severity: "warning" as const, path: [], params: { childId } })),
      };
};

/** The worked case file: everything in the fixture, with the bottom lines, and an empty history. */
export function workedCase(): CaseFile {
  return createCaseFile({
    id: "case-amy-ben",
    childIds: [ids.amy, ids.ben],
    people,
    maps: [map],
    childVoice,
    network,
    plans: [plan],
    monitoring,
    bottomLines: workedBottomLines,
  });
}
