/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
// Cases for the practice tests: the good case file of the audit tests and variants of it, and
// service timelines from the continuum tests' journey.
import type { CaseFile } from "../../src/case-file";
import type { ServiceTimeline } from "../../src/continuum";
import { caseWith, type Json } from "../audit/fixtures";
import { AT, build, S } from "../continuum/fixtures";

export { asOf, deepFreeze } from "../audit/fixtures";

/** A variant of the good case whose bottom lines are all met on 1 June 2025 (the worked case's time-based ones are left out). */
export function practiceCase(change: (i: Json) => void = () => undefined): CaseFile {
  return caseWith((i) => {
    i.bottomLines = i.bottomLines.filter((b: { kind: string }) => b.kind !== "sustained-without-breach" && b.kind !== "scale-at-least");
    // A bottom line in words is met only by a worker's judgement with evidence.
    for (const b of i.bottomLines as { kind: string; judgements?: unknown[] }[]) if (b.kind === "free-text") b.judgements = [{ byId: "sw-sarah", on: "2025-05-30", verdict: "met", evidence: "Pat or Nan is there every evening (network checks since April)." }];
    change(i);
  });
}

/** Five open cases: good; no plan; network not told; a plan that misses a bottom line; nothing but people. */
export const cases: readonly CaseFile[] = [
  practiceCase(),
  practiceCase((i) => { i.id = "case-no-plan"; i.plans = []; i.monitoring = []; }),
  practiceCase((i) => { i.id = "case-not-told"; i.network.informing = i.network.informing.slice(1); }),
  practiceCase((i) => { i.id = "case-unmet"; i.plans[0].rules[0].monitors = i.plans[0].rules[0].monitors.filter((m: { as: string }) => m.as !== "network"); }),
  practiceCase((i) => { i.id = "case-empty"; i.maps = []; i.childVoice = []; delete i.network; i.plans = []; i.monitoring = []; i.bottomLines = []; }),
];

/** A child on a child protection plan since March 2025 (open, with overdue deadlines by June). */
export const onPlan: ServiceTimeline = build(AT.cp);
/** An early help episode that has ended (not open). */
export const closed: ServiceTimeline = build([S.ehStart, S.ehEnd]);
