import type { Severity } from "../core";

/**
 * Every finding code that the safety-plan functions can return. Stable forever once released.
 * {@link SAFETY_PLAN_FINDINGS} gives, for each code, its default severity and the params it carries.
 *
 * From {@link checkSafetyPlan} (what a rule contains; domain specification 2.3):
 * - `safety-plan/plan-without-rules` (error): the plan has no rules.
 * - `safety-plan/duplicate-rule-id` (error): two rules share an id.
 * - `safety-plan/rule-without-responsible` (error): nobody is responsible for doing the rule.
 * - `safety-plan/rule-without-network-monitor` (error): no network member checks the rule.
 * - `safety-plan/rule-without-professional-monitor` (warning): no professional checks the rule.
 * - `safety-plan/rule-without-triggers` (warning): no signs that the danger is returning.
 * - `safety-plan/rule-without-if-broken` (error): nothing says what happens if the rule is broken.
 * - `safety-plan/rule-without-who-tells` (error): nobody is named to tell Children's Services.
 * - `safety-plan/rule-without-tell-within` (warning): no time limit for telling Children's Services.
 * - `safety-plan/rule-framed-as-absence` (warning): the rule only says what must not happen.
 * - `safety-plan/rule-without-danger` (warning): the rule addresses no danger statement.
 * - `safety-plan/rule-without-child-version` (warning): the rule has not been put in the child's words.
 * - `safety-plan/rule-not-agreed` (warning): nobody has agreed the rule.
 *
 * From {@link setPlanStatus} (refusals):
 * - `safety-plan/status-change-not-allowed` (error): the move is not in {@link PLAN_STATUS_TRANSITIONS}.
 * - `safety-plan/status-change-before-last` (error): the move is dated before the last one.
 *
 * From {@link planCoverage}:
 * - `safety-plan/danger-not-covered` (error): a danger statement has no rule.
 * - `safety-plan/bottom-line-not-covered` (error): a free-text bottom line has no rule.
 * - `safety-plan/rule-for-unknown-danger` (warning): a rule names a danger statement the map does not have.
 * - `safety-plan/rule-for-unknown-bottom-line` (warning): a rule names a bottom line that is not set.
 * - `safety-plan/plan-for-other-map` (warning): the plan answers another map than the one given.
 *
 * From {@link monitoringGaps}:
 * - `safety-plan/network-monitoring-overdue` (warning): the network has not checked a rule within the policy's interval.
 * - `safety-plan/professional-monitoring-overdue` (warning): no professional has checked a rule within the policy's interval.
 * - `safety-plan/unresolved-breach` (error): a broken rule or observed trigger has not been resolved.
 * - `safety-plan/breach-not-escalated` (error): a breach has no record of Children's Services being told.
 * - `safety-plan/breach-escalated-late` (warning): Children's Services were told later than the rule says.
 *
 * @category Safety plan
 */
export const SAFETY_PLAN_FINDING_CODES = [
  "safety-plan/plan-without-rules",
  "safety-plan/duplicate-rule-id",
  "safety-plan/rule-without-responsible",
  "safety-plan/rule-without-network-monitor",
  "safety-plan/rule-without-professional-monitor",
  "safety-plan/rule-without-triggers",
  "safety-plan/rule-without-if-broken",
  "safety-plan/rule-without-who-tells",
  "safety-plan/rule-without-tell-within",
  "safety-plan/rule-framed-as-absence",
  "safety-plan/rule-without-danger",
  "safety-plan/rule-without-child-version",
  "safety-plan/rule-not-agreed",
  "safety-plan/status-change-not-allowed",
  "safety-plan/status-change-before-last",
  "safety-plan/danger-not-covered",
  "safety-plan/bottom-line-not-covered",
  "safety-plan/rule-for-unknown-danger",
  "safety-plan/rule-for-unknown-bottom-line",
  "safety-plan/plan-for-other-map",
  "safety-plan/network-monitoring-overdue",
  "safety-plan/professional-monitoring-overdue",
  "safety-plan/unresolved-breach",
  "safety-plan/breach-not-escalated",
  "safety-plan/breach-escalated-late",
] as const;

/** @category Safety plan */
export type SafetyPlanFindingCode = (typeof SAFETY_PLAN_FINDING_CODES)[number];

/**
 * What kinsafe promises about one safety-plan finding code.
 *
 * @category Safety plan
 */
export interface SafetyPlanFindingInfo {
  /** The severity given unless `options.severities` overrides it (for {@link checkSafetyPlan}). */
  readonly severity: Severity;
  /** The params the finding carries, for message templates. */
  readonly params: readonly string[];
}

/**
 * The table behind {@link SAFETY_PLAN_FINDINGS}, with its literal types, so that the checks can
 * only emit the params each code declares.
 *
 * @internal
 */
export const SAFETY_PLAN_FINDING_TABLE = {
  "safety-plan/plan-without-rules": { severity: "error", params: [] },
  "safety-plan/duplicate-rule-id": { severity: "error", params: ["ruleId"] },
  "safety-plan/rule-without-responsible": { severity: "error", params: ["ruleId"] },
  "safety-plan/rule-without-network-monitor": { severity: "error", params: ["ruleId"] },
  "safety-plan/rule-without-professional-monitor": { severity: "warning", params: ["ruleId"] },
  "safety-plan/rule-without-triggers": { severity: "warning", params: ["ruleId"] },
  "safety-plan/rule-without-if-broken": { severity: "error", params: ["ruleId"] },
  "safety-plan/rule-without-who-tells": { severity: "error", params: ["ruleId"] },
  "safety-plan/rule-without-tell-within": { severity: "warning", params: ["ruleId"] },
  "safety-plan/rule-framed-as-absence": { severity: "warning", params: ["ruleId", "term"] },
  "safety-plan/rule-without-danger": { severity: "warning", params: ["ruleId"] },
  "safety-plan/rule-without-child-version": { severity: "warning", params: ["ruleId"] },
  "safety-plan/rule-not-agreed": { severity: "warning", params: ["ruleId"] },
  "safety-plan/status-change-not-allowed": { severity: "error", params: ["from", "to"] },
  "safety-plan/status-change-before-last": { severity: "error", params: ["on", "lastOn"] },
  "safety-plan/danger-not-covered": { severity: "error", params: ["dangerId"] },
  "safety-plan/bottom-line-not-covered": { severity: "error", params: ["bottomLineId"] },
  "safety-plan/rule-for-unknown-danger": { severity: "warning", params: ["ruleId", "dangerId"] },
  "safety-plan/rule-for-unknown-bottom-line": { severity: "warning", params: ["ruleId", "bottomLineId"] },
  "safety-plan/plan-for-other-map": { severity: "warning", params: ["planMapId", "mapId"] },
  "safety-plan/network-monitoring-overdue": { severity: "warning", params: ["ruleId", "days", "intervalDays", "since"] },
  "safety-plan/professional-monitoring-overdue": { severity: "warning", params: ["ruleId", "days", "intervalDays", "since"] },
  "safety-plan/unresolved-breach": { severity: "error", params: ["eventId", "date", "outcome"] },
  "safety-plan/breach-not-escalated": { severity: "error", params: ["eventId", "date"] },
  "safety-plan/breach-escalated-late": { severity: "warning", params: ["eventId", "hours", "withinHours"] },
} as const satisfies Readonly<Record<SafetyPlanFindingCode, SafetyPlanFindingInfo>>;

/**
 * For every safety-plan finding code: its default severity and the params it carries. This is
 * data, so a product can build its own views.
 *
 * Severities follow one principle: `error` when the plan lacks what the guidance says makes it
 * a safety plan at all (rules; an owner and a network monitor for each; what happens if a rule
 * is broken and who tells Children's Services; a rule for every danger statement; breaches
 * escalated and resolved; domain specification 2.1–2.4), `warning` when it probably falls short
 * or the check is a heuristic or a local-policy interval.
 *
 * @category Safety plan
 */
export const SAFETY_PLAN_FINDINGS: Readonly<Record<SafetyPlanFindingCode, SafetyPlanFindingInfo>> = SAFETY_PLAN_FINDING_TABLE;
