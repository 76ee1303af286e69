import type { ContinuumFindingCode } from "./findingCodes";
import type { ServiceEventType } from "./ServiceEvent";
import type { ServiceLevel } from "./ServiceLevel";

/**
 * The preconditions the transition rules use. Each is a named fact about the timeline that must
 * hold for an event to be recorded; {@link SERVICE_PRECONDITION_FINDINGS} gives the finding that
 * explains a refusal when it does not.
 *
 * @category Continuum
 */
export const SERVICE_PRECONDITIONS = [
  "episode-open",
  "no-episode-open",
  "referral-undecided",
  "referral-decided",
  "referral-not-nfa",
  "early-help-consent",
  "early-help-open",
  "no-early-help-open",
  "assessment-open",
  "no-assessment-open",
  "assessment-factors-valid",
  "strategy-discussion-decided-section-47",
  "reasonable-cause-to-suspect",
  "section-47-open",
  "no-section-47-open",
  "conference-required",
  "plan-category-given",
  "conference-decided-plan",
  "cp-plan-open",
  "no-cp-plan-open",
  "cp-plan-not-ending-on-start-day",
  "cin-plan-open",
  "no-cin-plan-open",
  "assessment-completed-or-step-down",
  "pre-proceedings-open",
  "no-pre-proceedings-open",
  "proceedings-open",
  "no-proceedings-open",
  "extension-within-limit",
  "police-protection-open",
  "no-police-protection-open",
  "police-protection-known",
  "emergency-protection-order-open",
  "no-emergency-protection-order-open",
  "emergency-protection-order-extension-left",
  "looked-after-open",
  "no-looked-after-open",
  "episode-change-complete",
  "no-open-work",
  "assessment-for-closure-reason",
  "no-plan-activity-for-closure-reason",
] as const;
/** A precondition name (see {@link SERVICE_PRECONDITIONS}). @category Continuum */
export type ServicePrecondition = (typeof SERVICE_PRECONDITIONS)[number];

/**
 * The finding returned when each precondition does not hold.
 *
 * @category Continuum
 */
export const SERVICE_PRECONDITION_FINDINGS = {
  "episode-open": "continuum/no-open-episode",
  "no-episode-open": "continuum/episode-already-open",
  "referral-undecided": "continuum/referral-already-decided",
  "referral-decided": "continuum/referral-not-decided",
  "referral-not-nfa": "continuum/referral-was-no-further-action",
  "early-help-consent": "continuum/early-help-without-consent",
  "early-help-open": "continuum/no-open-early-help",
  "no-early-help-open": "continuum/early-help-already-open",
  "assessment-open": "continuum/no-open-assessment",
  "no-assessment-open": "continuum/assessment-already-open",
  "assessment-factors-valid": "continuum/no-factors-code-not-alone",
  "strategy-discussion-decided-section-47": "continuum/section-47-without-strategy-discussion",
  "reasonable-cause-to-suspect": "continuum/section-47-without-reasonable-cause",
  "section-47-open": "continuum/no-open-section-47",
  "no-section-47-open": "continuum/section-47-already-open",
  "conference-required": "continuum/conference-not-required",
  "plan-category-given": "continuum/plan-without-category",
  "conference-decided-plan": "continuum/plan-without-conference-decision",
  "cp-plan-open": "continuum/no-open-cp-plan",
  "no-cp-plan-open": "continuum/cp-plan-already-open",
  "cp-plan-not-ending-on-start-day": "continuum/cp-plan-ends-on-start-day",
  "cin-plan-open": "continuum/no-open-cin-plan",
  "no-cin-plan-open": "continuum/cin-plan-already-open",
  "assessment-completed-or-step-down": "continuum/cin-plan-without-assessment",
  "pre-proceedings-open": "continuum/no-open-pre-proceedings",
  "no-pre-proceedings-open": "continuum/pre-proceedings-already-open",
  "proceedings-open": "continuum/no-open-proceedings",
  "no-proceedings-open": "continuum/proceedings-already-open",
  "extension-within-limit": "continuum/extension-too-long",
  "police-protection-open": "continuum/no-open-police-protection",
  "no-police-protection-open": "continuum/police-protection-already-open",
  "police-protection-known": "continuum/unknown-police-protection",
  "emergency-protection-order-open": "continuum/no-open-emergency-protection-order",
  "no-emergency-protection-order-open": "continuum/emergency-protection-order-already-open",
  "emergency-protection-order-extension-left": "continuum/emergency-protection-order-already-extended",
  "looked-after-open": "continuum/not-looked-after",
  "no-looked-after-open": "continuum/already-looked-after",
  "episode-change-complete": "continuum/episode-change-incomplete",
  "no-open-work": "continuum/closure-with-open-work",
  "assessment-for-closure-reason": "continuum/closure-after-assessment-without-assessment",
  "no-plan-activity-for-closure-reason": "continuum/closure-after-assessment-with-plan-activity",
} as const satisfies Readonly<Record<ServicePrecondition, ContinuumFindingCode>>;

/**
 * The rule for one event type: the levels at which it may be recorded and the preconditions
 * that must hold.
 *
 * @category Continuum
 */
export interface ServiceEventRule {
  /** The service levels at which the event is allowed. */
  readonly levels: readonly ServiceLevel[];
  /** Facts that must hold, checked in order. */
  readonly requires: readonly ServicePrecondition[];
}

const ALL = ["universal", "early-help", "referral", "child-in-need", "child-protection", "looked-after"] as const;
const INVOLVED = ["early-help", "referral", "child-in-need", "child-protection", "looked-after"] as const;
const OPEN = ["referral", "child-in-need", "child-protection", "looked-after"] as const;

/**
 * The transition rules of the continuum of service, as data: for every event type, the levels
 * at which it may be recorded and the preconditions that must hold. `applyServiceEvent`
 * refuses an event that breaks them, with the finding of each broken rule. Sources: Working
 * Together to Safeguard Children 2023 (referral, assessment, strategy discussion, section 47,
 * conferences and plans), the CIN census validation rules (one open episode, one open plan of
 * each kind, a CP plan never ending on its start day, RC8/RC9 only after an assessment with no
 * plan activity), the Children Act 1989 (s20, s31, s32, s38, s44–s46) and SSDA903 (episodes).
 *
 * Examples: a CP plan starts only after a conference decided on one; a section 47 enquiry
 * starts only from a strategy discussion that found reasonable cause to suspect significant
 * harm; closure with RC8 or RC9 needs a completed assessment and no CIN plan, section 47 or
 * CP plan in the episode.
 *
 * @category Continuum
 */
export const SERVICE_EVENT_RULES = {
  contact: { levels: ALL, requires: [] },
  referral: { levels: ["universal", "early-help"], requires: ["no-episode-open"] },
  "referral-decision": { levels: ["referral"], requires: ["episode-open", "referral-undecided"] },
  "early-help-start": { levels: ["universal", "referral", "child-in-need"], requires: ["no-early-help-open", "early-help-consent"] },
  "early-help-end": { levels: INVOLVED, requires: ["early-help-open"] },
  "team-around-the-family": { levels: INVOLVED, requires: ["early-help-open"] },
  "assessment-start": { levels: OPEN, requires: ["episode-open", "referral-decided", "referral-not-nfa", "no-assessment-open"] },
  "assessment-complete": { levels: OPEN, requires: ["assessment-open", "assessment-factors-valid"] },
  "strategy-discussion": { levels: OPEN, requires: ["episode-open", "referral-not-nfa"] },
  "section-47-start": { levels: OPEN, requires: ["strategy-discussion-decided-section-47", "reasonable-cause-to-suspect", "no-section-47-open"] },
  "section-47-outcome": { levels: OPEN, requires: ["section-47-open"] },
  "initial-conference": { levels: ["referral", "child-in-need", "looked-after"], requires: ["conference-required", "plan-category-given"] },
  "cp-plan-start": { levels: ["referral", "looked-after"], requires: ["conference-decided-plan", "no-cp-plan-open", "no-cin-plan-open"] },
  "review-conference": { levels: ["child-protection", "looked-after"], requires: ["cp-plan-open"] },
  "core-group": { levels: ["child-protection", "looked-after"], requires: ["cp-plan-open"] },
  "cp-plan-end": { levels: ["child-protection", "looked-after"], requires: ["cp-plan-open", "cp-plan-not-ending-on-start-day"] },
  "cin-plan-start": { levels: ["referral"], requires: ["episode-open", "referral-not-nfa", "assessment-completed-or-step-down", "no-cin-plan-open", "no-cp-plan-open"] },
  "cin-review": { levels: ["child-in-need", "looked-after"], requires: ["cin-plan-open"] },
  "cin-plan-end": { levels: ["child-in-need", "looked-after"], requires: ["cin-plan-open"] },
  "pre-proceedings-start": { levels: ["child-in-need", "child-protection", "looked-after"], requires: ["no-pre-proceedings-open", "no-proceedings-open"] },
  "pre-proceedings-meeting": { levels: OPEN, requires: ["pre-proceedings-open"] },
  "pre-proceedings-end": { levels: OPEN, requires: ["pre-proceedings-open"] },
  "care-proceedings-issued": { levels: OPEN, requires: ["episode-open", "no-proceedings-open"] },
  "care-proceedings-extended": { levels: OPEN, requires: ["proceedings-open", "extension-within-limit"] },
  "care-proceedings-final-order": { levels: OPEN, requires: ["proceedings-open"] },
  "police-protection-start": { levels: ALL, requires: ["no-police-protection-open"] },
  "police-protection-end": { levels: ALL, requires: ["police-protection-open"] },
  "emergency-protection-order": { levels: ALL, requires: ["no-emergency-protection-order-open", "police-protection-known"] },
  "emergency-protection-order-extended": {
    levels: ALL,
    requires: ["emergency-protection-order-open", "emergency-protection-order-extension-left", "extension-within-limit"],
  },
  "emergency-protection-order-end": { levels: ALL, requires: ["emergency-protection-order-open"] },
  "looked-after-start": { levels: ["referral", "child-in-need", "child-protection"], requires: ["episode-open", "no-looked-after-open"] },
  "looked-after-change": { levels: ["looked-after"], requires: ["looked-after-open", "episode-change-complete"] },
  "looked-after-review": { levels: ["looked-after"], requires: ["looked-after-open"] },
  "looked-after-end": { levels: ["looked-after"], requires: ["looked-after-open"] },
  visit: { levels: INVOLVED, requires: [] },
  "family-group-conference": { levels: INVOLVED, requires: [] },
  "network-meeting": { levels: INVOLVED, requires: [] },
  "transfer-in": { levels: ["universal", "early-help"], requires: ["no-episode-open"] },
  "transfer-out": { levels: ["referral"], requires: ["episode-open", "no-open-work"] },
  closure: { levels: ["referral"], requires: ["episode-open", "no-open-work", "assessment-for-closure-reason", "no-plan-activity-for-closure-reason"] },
} as const satisfies Readonly<Record<ServiceEventType, ServiceEventRule>>;
