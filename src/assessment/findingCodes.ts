import type { Severity } from "../core";

/**
 * The quality rules for the content of an assessment map: `Q1` to `Q15` from the domain
 * specification 1.12, `Q16` participation (who took part, and each parent's and carer's view) and
 * `Q17` analysis (the judgement statement), both from the mapping audit criteria (1 and 8). Every finding of {@link ASSESSMENT_FINDING_CODES} carries its rule in
 * `params.rule`, so a finding can always be traced back to the guidance it comes from.
 *
 * @category Assessment map
 */
export const ASSESSMENT_QUALITY_RULES = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12", "Q13", "Q14", "Q15", "Q16", "Q17"] as const;

/** One of the quality rules `Q1` to `Q17`. @category Assessment map */
export type AssessmentQualityRule = (typeof ASSESSMENT_QUALITY_RULES)[number];

/**
 * Every finding code that the assessment-map checks can return. Stable forever once released.
 * {@link ASSESSMENT_FINDINGS} says, for each code, the rule it comes from, its default
 * severity and the params it carries.
 *
 * @category Assessment map
 */
export const ASSESSMENT_FINDING_CODES = [
  // Q1 plain language
  "assessment/jargon",
  "assessment/strength-is-judgement",
  // Q2 behaviourally specific
  "assessment/statement-without-actor",
  "assessment/statement-without-behaviour",
  "assessment/goal-without-who",
  "assessment/goal-without-protective-behaviour",
  "assessment/unknown-actor-without-carer",
  "assessment/behaviour-is-label",
  // Q3 child impact
  "assessment/statement-without-child",
  "assessment/harm-without-impact",
  "assessment/danger-without-impact",
  "assessment/impact-is-category",
  // Q4 who is worried
  "assessment/danger-without-worried-party",
  // Q5 future danger, past harm
  "assessment/danger-not-future",
  "assessment/harm-not-past",
  "assessment/harm-dated-after-map",
  "assessment/harm-without-occurrence",
  // Q6 pairing
  "assessment/danger-without-goal",
  "assessment/danger-with-several-goals",
  "assessment/danger-without-scale",
  "assessment/danger-with-several-scales",
  "assessment/orphan-goal",
  // Q7 count
  "assessment/too-many-dangers",
  // Q8 positive framing
  "assessment/goal-framed-as-absence",
  "assessment/goal-is-compliance",
  // Q9 duration
  "assessment/goal-without-duration",
  // Q10 separation
  "assessment/harm-event-in-complicating-factor",
  "assessment/harm-only-risk",
  // Q11 strength is not safety
  "assessment/safety-without-danger",
  "assessment/safety-without-start-date",
  "assessment/safety-too-recent",
  "assessment/safety-is-threat",
  "assessment/strength-contradicts-danger",
  // Q12 dispute recorded
  "assessment/dispute-not-recorded",
  "assessment/dispute-in-text",
  // Q13 scales
  "assessment/map-without-scale",
  "assessment/scale-without-anchors",
  "assessment/scale-anchor-blank",
  "assessment/scale-without-judgements",
  "assessment/scale-missing-rater-role",
  "assessment/judgement-without-role",
  "assessment/judgement-without-reason",
  "assessment/scale-anchors-contradict-polarity",
  // Q14 child's voice
  "assessment/child-voice-missing",
  "assessment/child-voice-unknown-record",
  "assessment/child-voice-only-told",
  "assessment/child-voice-not-current",
  "assessment/child-observation-missing",
  "assessment/unborn-child-record-missing",
  "assessment/child-not-scaled",
  // Q15 next steps
  "assessment/next-step-without-owner",
  "assessment/next-step-without-due-date",
  "assessment/next-step-overdue",
  // Q16 participation
  "assessment/participants-not-recorded",
  "assessment/mapping-by-professionals-only",
  "assessment/father-absent-without-reason",
  "assessment/parent-absent-without-reason",
  "assessment/parent-view-missing",
  "assessment/actor-view-missing",
  "assessment/no-father-recorded",
  // Q17 analysis
  "assessment/analysis-missing",
  "assessment/analysis-without-danger",
  "assessment/analysis-without-safety",
  "assessment/analysis-family-view-missing",
] as const;

/** @category Assessment map */
export type AssessmentFindingCode = (typeof ASSESSMENT_FINDING_CODES)[number];

/**
 * What kinsafe promises about one assessment-map finding code.
 *
 * @category Assessment map
 */
export interface AssessmentFindingInfo {
  /** The quality rule the code comes from; also in every finding's `params.rule`. */
  readonly rule: AssessmentQualityRule;
  /** The severity the check gives unless `options.severities` overrides it. */
  readonly severity: Severity;
  /** The params the finding carries besides `rule`, for message templates. */
  readonly params: readonly string[];
}

/**
 * The table behind {@link ASSESSMENT_FINDINGS}, with its literal types, so that
 * `checkAssessmentMap` can only emit the params each code declares.
 *
 * @internal
 */
export const ASSESSMENT_FINDING_TABLE = {
  "assessment/jargon": { rule: "Q1", severity: "warning", params: ["term", "field", "found", "plain"] },
  "assessment/strength-is-judgement": { rule: "Q1", severity: "warning", params: ["term", "field", "found", "plain"] },
  "assessment/statement-without-actor": { rule: "Q2", severity: "warning", params: [] },
  "assessment/statement-without-behaviour": { rule: "Q2", severity: "warning", params: [] },
  "assessment/goal-without-who": { rule: "Q2", severity: "warning", params: [] },
  "assessment/goal-without-protective-behaviour": { rule: "Q2", severity: "warning", params: [] },
  "assessment/unknown-actor-without-carer": { rule: "Q2", severity: "warning", params: [] },
  "assessment/behaviour-is-label": { rule: "Q2", severity: "warning", params: ["term", "found", "plain"] },
  "assessment/statement-without-child": { rule: "Q3", severity: "error", params: [] },
  "assessment/harm-without-impact": { rule: "Q3", severity: "error", params: [] },
  "assessment/danger-without-impact": { rule: "Q3", severity: "error", params: [] },
  "assessment/impact-is-category": { rule: "Q3", severity: "warning", params: ["term", "found", "plain", "field"] },
  "assessment/danger-without-worried-party": { rule: "Q4", severity: "error", params: [] },
  "assessment/danger-not-future": { rule: "Q5", severity: "warning", params: [] },
  "assessment/harm-not-past": { rule: "Q5", severity: "warning", params: ["term"] },
  "assessment/harm-dated-after-map": { rule: "Q5", severity: "error", params: ["date", "mapDate"] },
  "assessment/harm-without-occurrence": { rule: "Q5", severity: "warning", params: [] },
  "assessment/danger-without-goal": { rule: "Q6", severity: "error", params: ["dangerId"] },
  "assessment/danger-with-several-goals": { rule: "Q6", severity: "error", params: ["dangerId", "owner", "count"] },
  "assessment/danger-without-scale": { rule: "Q6", severity: "error", params: ["dangerId"] },
  "assessment/danger-with-several-scales": { rule: "Q6", severity: "error", params: ["dangerId", "count"] },
  "assessment/orphan-goal": { rule: "Q6", severity: "error", params: ["goalId"] },
  "assessment/too-many-dangers": { rule: "Q7", severity: "warning", params: ["count", "max"] },
  "assessment/goal-framed-as-absence": { rule: "Q8", severity: "warning", params: ["term", "field"] },
  "assessment/goal-is-compliance": { rule: "Q8", severity: "warning", params: ["term", "found", "field"] },
  "assessment/goal-without-duration": { rule: "Q9", severity: "warning", params: [] },
  "assessment/harm-event-in-complicating-factor": { rule: "Q10", severity: "warning", params: ["term"] },
  "assessment/harm-only-risk": { rule: "Q10", severity: "warning", params: ["term"] },
  "assessment/safety-without-danger": { rule: "Q11", severity: "warning", params: [] },
  "assessment/safety-without-start-date": { rule: "Q11", severity: "warning", params: [] },
  "assessment/safety-too-recent": { rule: "Q11", severity: "warning", params: ["since", "days", "minimumDays"] },
  "assessment/safety-is-threat": { rule: "Q11", severity: "warning", params: ["found"] },
  "assessment/strength-contradicts-danger": { rule: "Q11", severity: "warning", params: ["personId", "name", "claim", "dangerId"] },
  "assessment/dispute-not-recorded": { rule: "Q12", severity: "warning", params: ["count"] },
  "assessment/dispute-in-text": { rule: "Q12", severity: "warning", params: ["term", "field"] },
  "assessment/map-without-scale": { rule: "Q13", severity: "error", params: [] },
  "assessment/scale-without-anchors": { rule: "Q13", severity: "error", params: [] },
  "assessment/scale-anchor-blank": { rule: "Q13", severity: "error", params: ["anchor"] },
  "assessment/scale-without-judgements": { rule: "Q13", severity: "warning", params: [] },
  "assessment/scale-missing-rater-role": { rule: "Q13", severity: "warning", params: ["role"] },
  "assessment/judgement-without-role": { rule: "Q13", severity: "warning", params: [] },
  "assessment/judgement-without-reason": { rule: "Q13", severity: "info", params: [] },
  "assessment/scale-anchors-contradict-polarity": { rule: "Q13", severity: "error", params: ["anchor", "polarity", "term"] },
  "assessment/child-voice-missing": { rule: "Q14", severity: "warning", params: ["childId"] },
  "assessment/child-voice-unknown-record": { rule: "Q14", severity: "warning", params: ["recordId"] },
  "assessment/child-voice-only-told": { rule: "Q14", severity: "warning", params: ["childId"] },
  "assessment/child-voice-not-current": { rule: "Q14", severity: "warning", params: ["childId", "recordId", "recordDate", "reason", "months"] },
  "assessment/child-observation-missing": { rule: "Q14", severity: "warning", params: ["childId"] },
  "assessment/unborn-child-record-missing": { rule: "Q14", severity: "warning", params: ["childId"] },
  "assessment/child-not-scaled": { rule: "Q14", severity: "warning", params: ["childId", "years"] },
  "assessment/next-step-without-owner": { rule: "Q15", severity: "warning", params: [] },
  "assessment/next-step-without-due-date": { rule: "Q15", severity: "warning", params: [] },
  "assessment/next-step-overdue": { rule: "Q15", severity: "warning", params: ["due", "asOf", "days"] },
  "assessment/participants-not-recorded": { rule: "Q16", severity: "warning", params: [] },
  "assessment/mapping-by-professionals-only": { rule: "Q16", severity: "warning", params: [] },
  "assessment/father-absent-without-reason": { rule: "Q16", severity: "warning", params: ["personId", "name"] },
  "assessment/parent-absent-without-reason": { rule: "Q16", severity: "warning", params: ["personId", "name", "relation"] },
  "assessment/parent-view-missing": { rule: "Q16", severity: "warning", params: ["personId", "name", "relation"] },
  "assessment/actor-view-missing": { rule: "Q16", severity: "warning", params: ["personId", "name"] },
  "assessment/no-father-recorded": { rule: "Q16", severity: "info", params: [] },
  "assessment/analysis-missing": { rule: "Q17", severity: "warning", params: [] },
  "assessment/analysis-without-danger": { rule: "Q17", severity: "warning", params: [] },
  "assessment/analysis-without-safety": { rule: "Q17", severity: "warning", params: [] },
  "assessment/analysis-family-view-missing": { rule: "Q17", severity: "warning", params: [] },
} as const satisfies Readonly<Record<AssessmentFindingCode, AssessmentFindingInfo>>;

/**
 * For every assessment-map finding code: its quality rule, its default severity and the params
 * it carries besides `rule`. This is data, so a product can build its own views (for example,
 * list only the errors, or group findings by rule).
 *
 * Severities follow one principle: `error` when the map lacks something the guidance says it
 * must have and that only a structured field can hold (the child and the impact on them,
 * who is worried, the pairing of each danger statement with a goal and a scale, scale anchors);
 * `warning` when the record probably falls short but the wording may carry it, or the check is a
 * language heuristic; `info` for what is worth knowing.
 *
 * @category Assessment map
 */
export const ASSESSMENT_FINDINGS: Readonly<Record<AssessmentFindingCode, AssessmentFindingInfo>> = ASSESSMENT_FINDING_TABLE;
