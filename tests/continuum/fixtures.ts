// Shared fixtures of the continuum tests: event builders and timelines at each point of the
// journey, built through applyServiceEvent so that every prefix is itself a valid timeline.
import { addCalendarDays, isoDate, type IsoDate } from "../../src/core";
import {
  applyServiceEvent,
  createServiceTimeline,
  ServiceEventSchema,
  ServiceTimelineIdSchema,
  type ServiceEvent,
  type ServiceTimeline,
} from "../../src/continuum";
import { ChildDetailsSchema } from "../../src/records";

/** An event without id and date: the rest of its fields. */
export type Step = Readonly<Record<string, unknown>> & { readonly type: ServiceEvent["type"]; readonly id?: string };

export const meeting = { attendees: [], decisions: [] } as const;

export const child = ChildDetailsSchema.parse({ childId: "p-amy", la: "201", sex: "F", dob: "2017-06-01", ethnicity: "WBRI", disabilities: ["NONE"] });

/** Parses an event (branding its ids and dates). */
export function ev(input: Readonly<Record<string, unknown>>): ServiceEvent {
  return ServiceEventSchema.parse(input);
}

/** An empty timeline for Amy. */
export function empty(): ServiceTimeline {
  return createServiceTimeline(ServiceTimelineIdSchema.parse("t-amy"), child);
}

/** Applies events in order; throws with the findings when one is refused. */
export function apply(timeline: ServiceTimeline, events: readonly ServiceEvent[]): ServiceTimeline {
  let t = timeline;
  for (const e of events) {
    const r = applyServiceEvent(t, e);
    if (!r.ok) throw new Error(`${e.type} ${e.id} refused: ${JSON.stringify(r.findings)}`);
    t = r.value;
  }
  return t;
}

export const START: IsoDate = isoDate("2025-03-03");

/** Builds a timeline from steps dated one day apart from START, with ids `e1`, `e2`, … unless given. */
export function build(steps: readonly Step[], start: IsoDate = START): ServiceTimeline {
  return apply(
    empty(),
    steps.map((s, i) => ev({ id: `e${String(i + 1)}`, date: addCalendarDays(start, i), ...s })),
  );
}

/** The day after the last event of a timeline built with {@link build}. */
export function nextDay(t: ServiceTimeline): IsoDate {
  const last = t.events.at(-1);
  return last === undefined ? START : addCalendarDays(last.date, 1);
}

// Steps of the journey.
export const S = {
  contact: { type: "contact", referrer: { kind: "agency", agency: "police" } },
  referral: { type: "referral", referrer: { kind: "agency", agency: "school" }, primaryNeed: "N1" },
  decideAssessment: { type: "referral-decision", decision: "assessment" },
  decideStrategy: { type: "referral-decision", decision: "strategy-discussion" },
  decideNfa: { type: "referral-decision", decision: "no-further-action" },
  assessmentStart: { type: "assessment-start" },
  assessmentComplete: { type: "assessment-complete", outcome: "child-in-need-plan", factors: ["3B", "4B"] },
  strategy: { id: "sd", type: "strategy-discussion", reasonableCauseToSuspectSignificantHarm: true, decision: "section-47", meeting },
  strategyNoCause: { id: "sd-nc", type: "strategy-discussion", reasonableCauseToSuspectSignificantHarm: false, decision: "section-47", meeting },
  strategyNoS47: { id: "sd-no", type: "strategy-discussion", reasonableCauseToSuspectSignificantHarm: true, decision: "no-section-47", meeting },
  s47Start: { id: "s47", type: "section-47-start", strategyDiscussionId: "sd" },
  s47Outcome: { type: "section-47-outcome", concerns: "substantiated", icpcRequired: true },
  s47NoIcpc: { type: "section-47-outcome", concerns: "not-substantiated", icpcRequired: false },
  icpc: { id: "icpc", type: "initial-conference", kind: "initial", decision: "child-protection-plan", category: "NEG", meeting },
  icpcNoPlan: { id: "icpc", type: "initial-conference", kind: "initial", decision: "no-plan", meeting },
  cpStart: { id: "cpp", type: "cp-plan-start", conferenceId: "icpc", category: "NEG" },
  rcpc: { type: "review-conference", decision: "continue-plan", meeting },
  coreGroup: { type: "core-group", meeting },
  cpEndToCin: { type: "cp-plan-end", stepDownTo: "child-in-need" },
  cinStart: { type: "cin-plan-start" },
  cinReview: { type: "cin-review", meeting },
  cinEnd: { type: "cin-plan-end", next: "closure" },
  ehStart: { type: "early-help-start", consent: true, leadAgency: "school" },
  ehEnd: { type: "early-help-end", outcome: "needs-met" },
  taf: { type: "team-around-the-family", meeting },
  preStart: { type: "pre-proceedings-start", familyGroupDecisionMakingOffered: true },
  preMeeting: { type: "pre-proceedings-meeting", meeting },
  preEnd: { type: "pre-proceedings-end", outcome: "step-down" },
  issued: { type: "care-proceedings-issued" },
  extended: { type: "care-proceedings-extended", weeks: 8, reason: "Expert assessment of the mother" },
  finalOrder: { type: "care-proceedings-final-order", order: "care-order" },
  ppStart: { id: "pp", type: "police-protection-start", at: "2025-03-03T22:00:00Z" },
  ppEnd: { type: "police-protection-end", at: "2025-03-05T10:00:00Z" },
  epo: { type: "emergency-protection-order" },
  epoExtended: { type: "emergency-protection-order-extended", days: 7 },
  epoEnd: { type: "emergency-protection-order-end" },
  laStart: { type: "looked-after-start", legalStatus: "V2", placement: "U4", provider: "PR1", categoryOfNeed: "N1" },
  laChange: { type: "looked-after-change", reason: "P", placement: "U1", provider: "PR1", reasonPlaceChange: "CARPL" },
  laReview: { type: "looked-after-review", participation: "PN1", meeting },
  laEnd: { type: "looked-after-end", reason: "E4A" },
  visit: { type: "visit", seenAlone: true },
  fgc: { type: "family-group-conference", meeting },
  network: { type: "network-meeting", meeting },
  transferIn: { type: "transfer-in", fromAuthority: "Kent", onChildProtectionPlan: true },
  transferOut: { type: "transfer-out", toAuthority: "Kent" },
  closeRc7: { type: "closure", reason: "RC7" },
  closeRc8: { type: "closure", reason: "RC8" },
  closeRc9: { type: "closure", reason: "RC9" },
} as const satisfies Record<string, Step>;

/** Timelines at each point of the journey (as lists of steps). */
export const AT = {
  universal: [],
  earlyHelp: [S.ehStart],
  referred: [S.referral],
  nfa: [S.referral, S.decideNfa],
  decided: [S.referral, S.decideAssessment],
  assessing: [S.referral, S.decideAssessment, S.assessmentStart],
  assessed: [S.referral, S.decideAssessment, S.assessmentStart, S.assessmentComplete],
  cin: [S.referral, S.decideAssessment, S.assessmentStart, S.assessmentComplete, S.cinStart],
  strategy: [S.referral, S.decideStrategy, S.strategy],
  s47: [S.referral, S.decideStrategy, S.strategy, S.s47Start],
  s47Done: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome],
  icpc: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc],
  cp: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc, S.cpStart],
  steppedDown: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc, S.cpStart, S.cpEndToCin],
  pre: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc, S.cpStart, S.preStart],
  proceedings: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc, S.cpStart, S.preStart, S.issued],
  lookedAfter: [S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpc, S.cpStart, S.laStart],
  policeProtection: [S.ppStart],
  epo: [S.epo],
  transferredIn: [S.transferIn],
} as const satisfies Record<string, readonly Step[]>;
