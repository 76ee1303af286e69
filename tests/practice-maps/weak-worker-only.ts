// WEAK: a map written by the social worker and team manager alone. Donna (Mum) drinks; Katie (15)
// misses school and looks after herself. Absence goals, no durations, acronyms.
import type { PracticeMap } from "./types";
import { participationReady } from "./readiness";

export const weakWorkerOnly: PracticeMap = {
  name: "weak-worker-only",
  kind: "weak",
  summary: "Professionals only, acronyms, absence goals without a duration, no child's voice, a danger nobody is named as worried about.",
  map: {
    id: "map-wo", version: 2, childIds: ["katie"], variant: "safety", date: "2025-06-12", authorId: "ali",
    participants: [
      { personId: "ali", name: "Ali (social worker)", role: "worker", agency: "Children's Services" },
      { personId: "tm", name: "Jo (team manager)", role: "manager", agency: "Children's Services" },
    ],
    harm: [
      {
        id: "h-1", text: "Katie is NEET and has substance misuse concerns. Mum's alcohol misuse means Katie is neglected.",
        actorIds: ["donna"], behaviour: "alcohol misuse", childIds: ["katie"], impact: "neglect", status: "substantiated", positions: [],
      },
    ],
    dangers: [
      {
        id: "d-1", text: "Mum's drinking will continue and Katie will be at risk.", worriedParties: [], actorIds: ["donna"],
        behaviour: "Drinks from the afternoon until she falls asleep", childIds: ["katie"], impactIfNothingChanges: "Katie will be at risk",
        disputedBy: [], positions: [],
      },
    ],
    complicatingFactors: [],
    greyAreas: [],
    strengths: [{ id: "s-1", text: "Mum is compliant with the CP plan.", personIds: ["donna"], observedBy: [] }],
    existingSafety: [],
    goals: [
      { id: "g-1", dangerId: "d-1", owner: "agency", text: "Mum will not drink and will stop leaving Katie alone.", who: ["Mum"], protectiveBehaviours: [], monitoredBy: [] },
    ],
    nextSteps: [{ id: "n-1", text: "Refer Mum to CGL", status: "planned", goalIds: ["g-1"] }],
    scales: [
      { id: "sc-1", subject: { kind: "danger", dangerId: "d-1" }, anchors: { zero: "Katie cannot live at home", ten: "Safe enough to close" }, polarity: "safety-high", judgements: [
        { id: "j-1", raterRole: "worker", value: 3, on: "2025-06-12" },
      ] },
    ],
    childVoiceIds: [],
  },
  expected: [
    { code: "assessment/jargon", path: ["harm", 0, "text"], reason: "NEET, substance misuse, concerns, neglected: labels the family and Katie cannot read." },
    { code: "assessment/behaviour-is-label", path: ["harm", 0, "behaviour"], reason: "'Alcohol misuse' says nothing of what Donna does or does not do for Katie." },
    { code: "assessment/impact-is-category", path: ["harm", 0, "impact"], reason: "'Neglect' is a category; what did Katie go without?" },
    { code: "assessment/impact-is-category", path: ["dangers", 0, "impactIfNothingChanges"], reason: "'At risk' says nothing of what could happen to Katie." },
    { code: "assessment/harm-without-occurrence", path: ["harm", 0], reason: "When, how often?" },
    { code: "assessment/danger-without-worried-party", path: ["dangers", 0], reason: "Nobody is named as worried." },
    { code: "assessment/strength-is-judgement", path: ["strengths", 0], reason: "'Compliant with the CP plan' is compliance, not a strength for Katie." },
    { code: "assessment/goal-framed-as-absence", path: ["goals", 0], reason: "'Will not drink', 'stop leaving Katie alone': only what will not happen." },
    { code: "assessment/goal-without-duration", path: ["goals", 0], reason: "For how long?" },
    { code: "assessment/goal-without-protective-behaviour", path: ["goals", 0], reason: "No protective behaviour listed." },
    { code: "assessment/child-voice-missing", reason: "Katie, at 15, was not asked." },
    { code: "assessment/scale-missing-rater-role", reason: "Donna has not scaled." },
    { code: "assessment/next-step-without-owner", path: ["nextSteps", 0], reason: "Who will refer?" },
  ],
  mustNotAppear: [],
  pending: [
    { owner: "H4", kind: "expected", code: "assessment/mapping-by-professionals-only", reason: "Only the worker and the team manager were at the mapping.", ready: participationReady },
  ],
};
