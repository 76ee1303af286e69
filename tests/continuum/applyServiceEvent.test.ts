import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isKinsafeError, isoDate } from "../../src/core";
import {
  applyServiceEvent,
  createServiceTimeline,
  serviceState,
  SERVICE_EVENT_RULES,
  SERVICE_EVENT_TYPES,
  SERVICE_PRECONDITION_FINDINGS,
  ServiceTimelineIdSchema,
  type ServiceEvent,
  type ServiceTimeline,
} from "../../src/continuum";
import { AT, build, child, ev, meeting, nextDay, S, type Step } from "./fixtures";

type Case = readonly [name: string, at: keyof typeof AT, step: Step];

function attempt(at: keyof typeof AT, step: Step, sameDay = false) {
  const t = build(AT[at]);
  const date = sameDay ? (t.events.at(-1)?.date ?? nextDay(t)) : nextDay(t);
  return { t, result: applyServiceEvent(t, ev({ ...step, id: "new", date })) };
}

describe("applyServiceEvent", () => {
  it("records a referral and refuses a second one while the episode is open", () => {
    // #region docs-example
    const timeline = createServiceTimeline("t-amy", child);
    // Plain JSON: checked completely before any practice rule (a bad date or code throws).
    const referral = { id: "e1", type: "referral", date: "2025-03-03", referrer: { kind: "agency", agency: "school" } } as const;
    const first = applyServiceEvent(timeline, referral);
    // first.ok === true; the child is now at the "referral" level

    const again = applyServiceEvent(first.ok ? first.value : timeline, { ...referral, id: "e2" });
    // again.ok === false; again.findings[…].code includes "continuum/episode-already-open"
    // #endregion docs-example
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(serviceState(first.value, isoDate("2025-03-03")).level).toBe("referral");
    expect(again.ok).toBe(false);
    expect(again.findings.map((f) => f.code)).toContain("continuum/episode-already-open");
    expect(timeline.events).toHaveLength(0);
  });

  const allowed: readonly Case[] = [
    ["a contact at any level", "universal", S.contact],
    ["a contact during a CP plan", "cp", S.contact],
    ["a referral", "universal", S.referral],
    ["a referral during early help (step up)", "earlyHelp", S.referral],
    ["a decision on the referral", "referred", S.decideAssessment],
    ["early help with consent", "universal", S.ehStart],
    ["early help alongside an open referral (step across)", "referred", S.ehStart],
    ["the end of early help", "earlyHelp", S.ehEnd],
    ["a team-around-the-family meeting", "earlyHelp", S.taf],
    ["an assessment after the decision", "decided", S.assessmentStart],
    ["completing the assessment", "assessing", S.assessmentComplete],
    ["a strategy discussion on an open referral", "decided", S.strategy],
    ["a section 47 enquiry from a strategy discussion", "strategy", S.s47Start],
    ["the outcome of the enquiry", "s47", S.s47Outcome],
    ["an initial conference when the enquiry needs one", "s47Done", S.icpc],
    ["a CP plan after a conference decided on one", "icpc", S.cpStart],
    ["a review conference", "cp", S.rcpc],
    ["a core group", "cp", S.coreGroup],
    ["the end of a CP plan", "cp", S.cpEndToCin],
    ["a CIN plan after an assessment", "assessed", S.cinStart],
    ["a CIN plan after a CP plan ended (step down)", "steppedDown", S.cinStart],
    ["a CIN review", "cin", S.cinReview],
    ["the end of a CIN plan", "cin", S.cinEnd],
    ["pre-proceedings from a CP plan", "cp", S.preStart],
    ["a pre-proceedings meeting", "pre", S.preMeeting],
    ["the end of pre-proceedings", "pre", S.preEnd],
    ["issuing care proceedings from pre-proceedings", "pre", S.issued],
    ["an extension of 8 weeks", "proceedings", S.extended],
    ["the final order", "proceedings", S.finalOrder],
    ["police protection", "universal", S.ppStart],
    ["the end of police protection", "policeProtection", { type: "police-protection-end", at: "2025-03-04T09:00:00Z" }],
    ["an EPO after police protection", "policeProtection", { type: "emergency-protection-order", policeProtectionId: "pp" }],
    ["an EPO extension of 7 days", "epo", S.epoExtended],
    ["the end of the EPO", "epo", S.epoEnd],
    ["becoming looked after from a CP plan", "cp", S.laStart],
    ["a change of placement", "lookedAfter", S.laChange],
    ["a change of legal status only", "lookedAfter", { type: "looked-after-change", reason: "L", legalStatus: "C1" }],
    ["a temporary placement without a reason for change", "lookedAfter", { type: "looked-after-change", reason: "T", placement: "T1" }],
    ["a looked-after review", "lookedAfter", S.laReview],
    ["leaving care", "lookedAfter", S.laEnd],
    ["a visit under a CIN plan", "cin", S.visit],
    ["a family group conference", "cin", S.fgc],
    ["a network meeting", "cp", S.network],
    ["a transfer in", "universal", S.transferIn],
    ["a transfer-in conference", "transferredIn", { id: "tic", type: "initial-conference", kind: "transfer-in", decision: "child-protection-plan", category: "PHY", meeting }],
    ["a transfer out with nothing open", "assessed", S.transferOut],
    ["closure RC8 after an assessment", "assessed", S.closeRc8],
    ["closure RC9 after an assessment", "assessed", S.closeRc9],
    ["closure RC7 after a no-further-action decision", "nfa", S.closeRc7],
    ["a new referral after closure (re-referral)", "nfa", S.contact],
  ];

  it.each(allowed)("allows %s", (_name, at, step) => {
    const { t, result } = attempt(at, step);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.events).toHaveLength(t.events.length + 1);
  });

  const forbidden: readonly (readonly [...Case, code: string])[] = [
    ["a second referral while one is open", "referred", S.referral, "continuum/episode-already-open"],
    ["a referral while looked after", "lookedAfter", S.referral, "continuum/event-not-allowed-at-level"],
    ["a decision with no referral", "universal", S.decideAssessment, "continuum/no-open-episode"],
    ["a second decision", "decided", S.decideNfa, "continuum/referral-already-decided"],
    ["early help without consent", "universal", { type: "early-help-start", consent: false }, "continuum/early-help-without-consent"],
    ["a second early help episode", "earlyHelp", S.ehStart, "continuum/early-help-already-open"],
    ["early help during a CP plan", "cp", S.ehStart, "continuum/event-not-allowed-at-level"],
    ["ending early help that is not open", "referred", S.ehEnd, "continuum/no-open-early-help"],
    ["a TAF meeting without early help", "referred", S.taf, "continuum/no-open-early-help"],
    ["an assessment before the decision", "referred", S.assessmentStart, "continuum/referral-not-decided"],
    ["an assessment after no further action", "nfa", S.assessmentStart, "continuum/referral-was-no-further-action"],
    ["a second assessment while one is open", "assessing", S.assessmentStart, "continuum/assessment-already-open"],
    ["completing an assessment never started", "decided", S.assessmentComplete, "continuum/no-open-assessment"],
    ["factor 21 with other factors", "assessing", { type: "assessment-complete", outcome: "no-further-action", factors: ["21", "1A"] }, "continuum/no-factors-code-not-alone"],
    ["a strategy discussion with no referral", "universal", S.strategy, "continuum/no-open-episode"],
    ["a strategy discussion after no further action", "nfa", S.strategy, "continuum/referral-was-no-further-action"],
    ["a section 47 from an event that is not a strategy discussion", "decided", { ...S.s47Start, strategyDiscussionId: "e1" }, "continuum/section-47-without-strategy-discussion"],
    ["a section 47 from the decision on the referral", "decided", { ...S.s47Start, strategyDiscussionId: "e2" }, "continuum/section-47-without-strategy-discussion"],
    ["a second enquiry from the same discussion", "s47", { ...S.s47Start, id: "s47b" }, "continuum/section-47-already-open"],
    ["an outcome with no enquiry", "strategy", S.s47Outcome, "continuum/no-open-section-47"],
    ["an ICPC before the enquiry concluded", "s47", S.icpc, "continuum/conference-not-required"],
    ["a transfer-in conference without a transfer in", "s47Done", { ...S.icpc, kind: "transfer-in" }, "continuum/conference-not-required"],
    ["a plan decided without a category", "s47Done", { ...S.icpc, category: undefined }, "continuum/plan-without-category"],
    ["a CP plan without a conference", "s47Done", { ...S.cpStart, conferenceId: "s47" }, "continuum/plan-without-conference-decision"],
    ["a second CP plan", "cp", { ...S.cpStart, id: "cpp2" }, "continuum/cp-plan-already-open"],
    ["a review conference without a CP plan", "cin", S.rcpc, "continuum/no-open-cp-plan"],
    ["a core group without a CP plan", "referred", S.coreGroup, "continuum/no-open-cp-plan"],
    ["ending a CP plan that is not open", "cin", S.cpEndToCin, "continuum/no-open-cp-plan"],
    ["a CIN plan before any assessment", "decided", S.cinStart, "continuum/cin-plan-without-assessment"],
    ["a second CIN plan", "cin", S.cinStart, "continuum/cin-plan-already-open"],
    ["a CIN plan during a CP plan", "cp", S.cinStart, "continuum/cp-plan-already-open"],
    ["a CIN plan after no further action", "nfa", S.cinStart, "continuum/referral-was-no-further-action"],
    ["a CIN review without a CIN plan", "referred", S.cinReview, "continuum/no-open-cin-plan"],
    ["ending a CIN plan that is not open", "cp", S.cinEnd, "continuum/no-open-cin-plan"],
    ["pre-proceedings with no plan", "referred", S.preStart, "continuum/event-not-allowed-at-level"],
    ["second pre-proceedings", "pre", S.preStart, "continuum/pre-proceedings-already-open"],
    ["pre-proceedings during proceedings", "proceedings", S.preStart, "continuum/proceedings-already-open"],
    ["a pre-proceedings meeting without pre-proceedings", "cp", S.preMeeting, "continuum/no-open-pre-proceedings"],
    ["ending pre-proceedings that are not open", "cp", S.preEnd, "continuum/no-open-pre-proceedings"],
    ["proceedings with no referral", "universal", S.issued, "continuum/no-open-episode"],
    ["second proceedings", "proceedings", S.issued, "continuum/proceedings-already-open"],
    ["an extension of 9 weeks", "proceedings", { ...S.extended, weeks: 9 }, "continuum/extension-too-long"],
    ["an extension with no proceedings", "cp", S.extended, "continuum/no-open-proceedings"],
    ["a final order with no proceedings", "cp", S.finalOrder, "continuum/no-open-proceedings"],
    ["police protection twice", "policeProtection", S.ppStart, "continuum/police-protection-already-open"],
    ["ending police protection that is not open", "universal", S.ppEnd, "continuum/no-open-police-protection"],
    ["an EPO after an event that is not police protection", "earlyHelp", { type: "emergency-protection-order", policeProtectionId: "e1" }, "continuum/unknown-police-protection"],
    ["a second EPO", "epo", S.epo, "continuum/emergency-protection-order-already-open"],
    ["an EPO extension of 8 days", "epo", { ...S.epoExtended, days: 8 }, "continuum/extension-too-long"],
    ["extending an EPO that is not in force", "universal", S.epoExtended, "continuum/no-open-emergency-protection-order"],
    ["ending an EPO that is not in force", "universal", S.epoEnd, "continuum/no-open-emergency-protection-order"],
    ["becoming looked after with no referral", "universal", S.laStart, "continuum/no-open-episode"],
    ["becoming looked after twice", "lookedAfter", S.laStart, "continuum/already-looked-after"],
    ["a placement change when not looked after", "cp", S.laChange, "continuum/not-looked-after"],
    ["a placement change without the placement", "lookedAfter", { type: "looked-after-change", reason: "P", reasonPlaceChange: "CARPL" }, "continuum/episode-change-incomplete"],
    ["a legal status change without the status", "lookedAfter", { type: "looked-after-change", reason: "L" }, "continuum/episode-change-incomplete"],
    ["a looked-after review when not looked after", "cp", S.laReview, "continuum/not-looked-after"],
    ["leaving care when not looked after", "cin", S.laEnd, "continuum/not-looked-after"],
    ["a visit with nothing open", "universal", S.visit, "continuum/event-not-allowed-at-level"],
    ["a family group conference with nothing open", "universal", S.fgc, "continuum/event-not-allowed-at-level"],
    ["a network meeting with nothing open", "universal", S.network, "continuum/event-not-allowed-at-level"],
    ["a transfer in while an episode is open", "referred", S.transferIn, "continuum/episode-already-open"],
    ["a transfer out with a CIN plan open", "cin", S.transferOut, "continuum/closure-with-open-work"],
    ["closure with a CIN plan open", "cin", S.closeRc7, "continuum/closure-with-open-work"],
    ["closure with an assessment open", "assessing", S.closeRc7, "continuum/closure-with-open-work"],
    ["closure with nothing open", "universal", S.closeRc7, "continuum/no-open-episode"],
    ["RC8 without an assessment", "nfa", S.closeRc8, "continuum/closure-after-assessment-without-assessment"],
    ["RC9 after a section 47 enquiry", "s47Done", S.closeRc9, "continuum/closure-after-assessment-with-plan-activity"],
  ];

  it.each(forbidden)("refuses %s", (_name, at, step, code) => {
    const { t, result } = attempt(at, step);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain(code);
    for (const f of result.findings) {
      expect(f.severity).toBe("error");
      expect(f.params?.["type"]).toBe(step.type);
    }
    expect(t.events).toHaveLength(AT[at].length);
  });

  it("refuses a CP plan that ends on the day it started", () => {
    const { result } = attempt("cp", S.cpEndToCin, true);
    expect(result.findings.map((f) => f.code)).toContain("continuum/cp-plan-ends-on-start-day");
  });

  it("refuses a section 47 from a discussion without reasonable cause", () => {
    const t = build([S.referral, S.decideStrategy, S.strategyNoCause]);
    const r = applyServiceEvent(t, ev({ ...S.s47Start, id: "new", date: nextDay(t), strategyDiscussionId: "sd-nc" }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/section-47-without-reasonable-cause"]);
  });

  it("refuses a section 47 from a discussion that decided against one", () => {
    const t = build([S.referral, S.decideStrategy, S.strategyNoS47]);
    const r = applyServiceEvent(t, ev({ ...S.s47Start, id: "new", date: nextDay(t), strategyDiscussionId: "sd-no" }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/section-47-without-strategy-discussion"]);
  });

  it("refuses a conference after an enquiry concluded none was needed", () => {
    const t = build([S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47NoIcpc]);
    const r = applyServiceEvent(t, ev({ ...S.icpc, id: "new", date: nextDay(t) }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/conference-not-required"]);
  });

  it("refuses a CP plan after a conference decided against one", () => {
    const t = build([S.referral, S.decideStrategy, S.strategy, S.s47Start, S.s47Outcome, S.icpcNoPlan]);
    const r = applyServiceEvent(t, ev({ ...S.cpStart, id: "new", date: nextDay(t) }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/plan-without-conference-decision"]);
  });

  it("refuses a CP plan while a CIN plan is open (plans may not overlap)", () => {
    const t = build([...AT.cin, S.strategy, S.s47Start, S.s47Outcome, S.icpc]);
    const r = applyServiceEvent(t, ev({ ...S.cpStart, id: "new", date: nextDay(t) }));
    expect(r.findings.map((f) => f.code)).toContain("continuum/cin-plan-already-open");
  });

  it("refuses RC8 once a CIN plan was in the episode", () => {
    const t = build([...AT.cin, S.cinEnd]);
    const r = applyServiceEvent(t, ev({ ...S.closeRc8, id: "new", date: nextDay(t) }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/closure-after-assessment-with-plan-activity"]);
    expect(r.findings[0]?.params).toMatchObject({ reason: "RC8", activity: "child in need plan" });
  });

  it("refuses a second EPO extension", () => {
    const t = build([S.epo, S.epoExtended]);
    const r = applyServiceEvent(t, ev({ ...S.epoExtended, id: "new", date: nextDay(t), days: 1 }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/emergency-protection-order-already-extended"]);
  });

  it("refuses an event dated before the last one", () => {
    const t = build(AT.referred);
    const r = applyServiceEvent(t, ev({ ...S.decideAssessment, id: "new", date: "2025-03-02" }));
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/event-out-of-order"]);
  });

  it("covers every event type and every precondition", () => {
    const allowedTypes = new Set(allowed.map(([, , s]) => s.type));
    for (const type of SERVICE_EVENT_TYPES) expect(allowedTypes, type).toContain(type);
    const codes = new Set([
      ...forbidden.map((f) => f[3]),
      "continuum/cp-plan-ends-on-start-day",
      "continuum/section-47-without-reasonable-cause",
      "continuum/event-out-of-order",
      "continuum/emergency-protection-order-already-extended",
    ]);
    for (const code of Object.values(SERVICE_PRECONDITION_FINDINGS)) expect(codes, code).toContain(code);
  });

  it("warns when proceedings are issued without pre-proceedings, and on a map variant that does not fit", () => {
    const t = build(AT.cp);
    const r = applyServiceEvent(t, ev({ ...S.issued, id: "new", date: nextDay(t) }));
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(["continuum/proceedings-without-pre-proceedings"]);
    const m = applyServiceEvent(t, ev({ ...S.laStart, id: "new", date: nextDay(t), practice: { variant: "safety", assessmentMapId: "map-1", assessmentMapVersion: 3 } }));
    expect(m.ok).toBe(true);
    expect(m.findings).toEqual([{ code: "continuum/map-variant-mismatch", severity: "warning", path: ["practice", "variant"], params: { variant: "safety", expected: "success", level: "looked-after" } }]);
  });

  it("does not mutate its inputs and throws on a duplicate id", () => {
    const t = build(AT.referred);
    const before = JSON.stringify(t);
    const r = applyServiceEvent(t, ev({ ...S.decideAssessment, id: "new", date: nextDay(t) }));
    expect(r.ok).toBe(true);
    expect(JSON.stringify(t)).toBe(before);
    expect(() => applyServiceEvent(t, ev({ id: "e1", date: nextDay(t), ...S.contact }))).toThrow(/already has an event with id e1/);
    try {
      applyServiceEvent(t, ev({ id: "e1", date: nextDay(t), ...S.contact }));
    } catch (error) {
      expect(isKinsafeError(error) && error.code === "duplicate-id").toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random journeys. Each recipe picks an event type and a variant; references point
// at the latest event of the right type, so that many random events are accepted.
// ---------------------------------------------------------------------------------------------

const VARIANTS: Readonly<Record<ServiceEvent["type"], readonly Step[]>> = {
  contact: [S.contact],
  referral: [S.referral, { type: "referral", referrer: { kind: "individual", relationship: "family" } }],
  "referral-decision": [S.decideAssessment, S.decideStrategy, S.decideNfa, { type: "referral-decision", decision: "early-help" }],
  "early-help-start": [S.ehStart, { type: "early-help-start", consent: false }],
  "early-help-end": [S.ehEnd],
  "team-around-the-family": [S.taf],
  "assessment-start": [S.assessmentStart],
  "assessment-complete": [S.assessmentComplete, { type: "assessment-complete", outcome: "no-further-action", factors: ["21"] }],
  "strategy-discussion": [S.strategy, S.strategyNoCause, S.strategyNoS47],
  "section-47-start": [S.s47Start],
  "section-47-outcome": [S.s47Outcome, S.s47NoIcpc],
  "initial-conference": [S.icpc, S.icpcNoPlan, { ...S.icpc, kind: "transfer-in" }],
  "cp-plan-start": [S.cpStart],
  "review-conference": [S.rcpc, { type: "review-conference", decision: "end-plan", category: "EMO", meeting: S.rcpc.meeting }],
  "core-group": [S.coreGroup],
  "cp-plan-end": [S.cpEndToCin, { type: "cp-plan-end", stepDownTo: "closure" }],
  "cin-plan-start": [S.cinStart],
  "cin-review": [S.cinReview],
  "cin-plan-end": [S.cinEnd],
  "pre-proceedings-start": [S.preStart],
  "pre-proceedings-meeting": [S.preMeeting],
  "pre-proceedings-end": [S.preEnd],
  "care-proceedings-issued": [S.issued],
  "care-proceedings-extended": [S.extended, { ...S.extended, weeks: 12 }],
  "care-proceedings-final-order": [S.finalOrder],
  "police-protection-start": [S.ppStart],
  "police-protection-end": [S.ppEnd],
  "emergency-protection-order": [S.epo, { type: "emergency-protection-order", policeProtectionId: "pp" }],
  "emergency-protection-order-extended": [S.epoExtended],
  "emergency-protection-order-end": [S.epoEnd],
  "looked-after-start": [S.laStart, { ...S.laStart, legalStatus: "L1", placement: "P1" }],
  "looked-after-change": [S.laChange, { type: "looked-after-change", reason: "L", legalStatus: "C2" }, { type: "looked-after-change", reason: "P" }],
  "looked-after-review": [S.laReview],
  "looked-after-end": [S.laEnd],
  visit: [S.visit],
  "family-group-conference": [S.fgc],
  "network-meeting": [S.network],
  "transfer-in": [S.transferIn, { ...S.transferIn, onChildProtectionPlan: false }],
  "transfer-out": [S.transferOut],
  closure: [S.closeRc7, S.closeRc8, S.closeRc9],
};

/** The latest id of an event of the given types (so random references usually resolve). */
function latest(t: ServiceTimeline, ...types: ServiceEvent["type"][]): string {
  // An id no event has is a wrong input (a KinsafeError), not a refusal: fall back to any event.
  return ([...t.events].reverse().find((e) => types.includes(e.type)) ?? t.events.at(-1))?.id ?? "none";
}

function materialise(t: ServiceTimeline, recipe: { type: number; variant: number; gap: number }, n: number): ServiceEvent {
  const drawn = SERVICE_EVENT_TYPES[recipe.type % SERVICE_EVENT_TYPES.length] ?? "contact";
  // An event that names another needs one on the timeline to name.
  const needsEvent = drawn === "section-47-start" || drawn === "cp-plan-start" || drawn === "emergency-protection-order";
  const type = t.events.length === 0 && needsEvent ? "contact" : drawn;
  const variants = VARIANTS[type];
  const step = variants[recipe.variant % variants.length] ?? S.contact;
  const last = t.events.at(-1)?.date ?? "2025-01-06";
  const date = new Date(Date.parse(`${last}T00:00:00Z`) + recipe.gap * 86_400_000).toISOString().slice(0, 10);
  const refs: Record<string, string> = {};
  if (type === "section-47-start") refs["strategyDiscussionId"] = latest(t, "strategy-discussion");
  if (type === "cp-plan-start") refs["conferenceId"] = latest(t, "initial-conference");
  if (type === "emergency-protection-order" && "policeProtectionId" in step) refs["policeProtectionId"] = latest(t, "police-protection-start");
  const at = `${date}T${String(10 + (n % 10))}:00:00Z`;
  const times = type === "police-protection-start" || type === "police-protection-end" ? { at } : {};
  return ev({ ...step, ...refs, ...times, id: `r${String(n)}`, date });
}

const recipe = fc.record({ type: fc.nat({ max: 200 }), variant: fc.nat({ max: 10 }), gap: fc.nat({ max: 40 }) });

describe("properties", () => {
  it("every accepted event is allowed by SERVICE_EVENT_RULES at the level before it, and serviceState never throws", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 60 }), (recipes) => {
        let t = createServiceTimeline(ServiceTimelineIdSchema.parse("t-prop"), child);
        recipes.forEach((r, n) => {
          const event = materialise(t, r, n);
          const before = serviceState(t, event.date);
          const result = applyServiceEvent(t, event);
          if (result.ok) {
            accepted += 1;
            const rule = SERVICE_EVENT_RULES[event.type];
            expect((rule.levels as readonly string[]).includes(before.level)).toBe(true);
            t = result.value;
            expect(() => serviceState(t, event.date)).not.toThrow();
          } else {
            expect(result.findings.length).toBeGreaterThan(0);
            expect(t.events.some((e) => e.id === event.id)).toBe(false);
          }
        });
        const state = serviceState(t, isoDate("2030-12-31"));
        expect(state.openLevels.length).toBeGreaterThan(0);
        expect(state.openLevels[0]).toBe(state.level);
      }),
      { numRuns: 300, seed: 20250303 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});
