// WEAK: a map written in labels. Sarah (Mum) and Paul (her partner); Jordan (8). Every column uses
// the words a practice lead would send back.
import type { PracticeMap } from "./types";
import { participationReady } from "./readiness";

export const weakLabels: PracticeMap = {
  name: "weak-labels",
  kind: "weak",
  summary: "Labels for behaviour and impact, judgements as strengths, compliance goals, a threat as safety, a denial only in text, risk in the harm box.",
  map: {
    id: "map-wl", version: 1, childIds: ["jordan"], variant: "safety", date: "2025-05-02", authorId: "kim",
    participants: [
      { personId: "kim", name: "Kim (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "sarah", name: "Sarah", role: "parent" },
      { personId: "paul", name: "Paul", role: "parent" },
    ],
    harm: [
      {
        id: "h-1", text: "Jordan has been exposed to DV in the home. Paul denies this.", actorIds: ["paul"], behaviour: "DV",
        childIds: ["jordan"], impact: "emotional harm", status: "alleged", positions: [],
      },
      {
        id: "h-2", text: "Jordan is at risk of emotional harm due to parental conflict.", actorIds: ["paul", "sarah"], behaviour: "parental conflict",
        childIds: ["jordan"], impact: "Jordan is at risk of emotional harm", status: "alleged", positions: [],
      },
    ],
    dangers: [
      {
        id: "d-1", text: "The LA is concerned that parental conflict will continue and Jordan will suffer significant harm.",
        worriedParties: ["Children's Services"], actorIds: ["paul", "sarah"], behaviour: "parental conflict", childIds: ["jordan"],
        impactIfNothingChanges: "emotional harm", disputedBy: [], positions: [],
      },
    ],
    complicatingFactors: [{ id: "c-1", text: "Mum's MH and lack of insight.", personIds: ["sarah"] }],
    greyAreas: [],
    strengths: [
      { id: "s-1", text: "Mum presents as loving towards Jordan.", personIds: ["sarah"], observedBy: ["Social worker"] },
      { id: "s-2", text: "Mum is engaging well with services.", personIds: ["sarah"], observedBy: ["Social worker"] },
      { id: "s-3", text: "Paul is protective of Jordan.", personIds: ["paul"], observedBy: [] },
      { id: "s-4", text: "Dad is cooperative.", personIds: ["paul"], observedBy: [] },
    ],
    existingSafety: [
      {
        id: "e-1", text: "Sarah told Paul he must leave if he hits Jordan again.", actorIds: ["sarah"], dangerIds: ["d-1"],
        demonstratedSince: "2025-03-01", observedBy: ["Sarah"],
      },
    ],
    goals: [
      {
        id: "g-1", dangerId: "d-1", owner: "agency", text: "Mum to engage with services and Paul to attend a parenting course.",
        who: ["Sarah", "Paul"], protectiveBehaviours: ["Mum to engage with services", "Paul to attend a parenting course"],
        sustainFor: { amount: 3, unit: "months" }, monitoredBy: ["Social worker"],
      },
    ],
    nextSteps: [],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors: { zero: "Jordan cannot live at home", ten: "Jordan is safe enough to close" }, polarity: "safety-high", judgements: [
        { id: "j-1", raterRole: "worker", value: 3, reason: "Ongoing DV", on: "2025-05-02" },
        { id: "j-2", raterRole: "parent", value: 8, reason: "We're fine", on: "2025-05-02" },
      ] },
    ],
    childVoiceIds: ["tv-jordan"],
  },
  options: { childVoiceRecords: [{ id: "tv-jordan", childId: "jordan" }] },
  expected: [
    { code: "assessment/behaviour-is-label", path: ["dangers", 0, "behaviour"], reason: "'Parental conflict' names a relationship, not what anyone did." },
    { code: "assessment/impact-is-category", path: ["dangers", 0, "impactIfNothingChanges"], reason: "'Emotional harm' is a category; say what will happen to Jordan." },
    { code: "assessment/behaviour-is-label", path: ["harm", 0, "behaviour"], reason: "'DV' hides who did what to whom." },
    { code: "assessment/impact-is-category", path: ["harm", 0, "impact"], reason: "The harm's impact is a category." },
    { code: "assessment/jargon", path: ["harm", 0, "text"], reason: "'Exposed to DV' hides what Jordan saw and heard." },
    { code: "assessment/jargon", path: ["dangers", 0, "text"], reason: "'The LA is concerned', 'significant harm': agency labels." },
    { code: "assessment/jargon", path: ["complicatingFactors", 0, "text"], reason: "'MH' and 'lack of insight' are labels, also in complicating factors." },
    { code: "assessment/strength-is-judgement", path: ["strengths", 0], reason: "'Presents as loving' is the worker's impression." },
    { code: "assessment/strength-is-judgement", path: ["strengths", 1], reason: "'Engaging well with services' is compliance, not a strength for Jordan." },
    { code: "assessment/strength-is-judgement", path: ["strengths", 3], reason: "'Dad is cooperative' describes Dad's attitude to services." },
    { code: "assessment/strength-contradicts-danger", path: ["strengths", 2], reason: "Paul is the named actor of the danger; 'protective' needs what he did, when." },
    { code: "assessment/goal-is-compliance", path: ["goals", 0], reason: "'Engage with services', 'attend a parenting course' are compliance, not safety." },
    { code: "assessment/safety-is-threat", path: ["existingSafety", 0], reason: "A warning of what happens if he hits Jordan again is not safety shown over time." },
    { code: "assessment/dispute-in-text", path: ["harm", 0, "text"], reason: "'Paul denies this' is a dispute: record it as one, with each view." },
    { code: "assessment/harm-only-risk", path: ["harm", 1], reason: "'At risk of emotional harm' in the harm box is a danger, not harm that happened." },
    { code: "assessment/harm-without-occurrence", path: ["harm", 0], reason: "No date or pattern: when, how often?" },
    { code: "assessment/harm-without-occurrence", path: ["harm", 1], reason: "No date or pattern." },
  ],
  mustNotAppear: [
    { code: "assessment/safety-too-recent", reason: "The safety is 62 days old: the finding that matters is that it is a threat." },
  ],
  pending: [
    { owner: "H4", kind: "expected", code: "assessment/actor-view-missing", reason: "Paul's own account is not recorded.", ready: participationReady },
  ],
};
