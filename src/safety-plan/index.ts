export {
  SafetyPlanIdSchema,
  type SafetyPlanId,
  PlanRuleIdSchema,
  type PlanRuleId,
  BottomLineIdSchema,
  type BottomLineId,
  PlanRecordIdSchema,
  type PlanRecordId,
  PlanStatusSchema,
  type PlanStatus,
  PlanRuleKindSchema,
  type PlanRuleKind,
  RuleMonitorSchema,
  type RuleMonitor,
  PlanRuleSchema,
  type PlanRule,
  PlanReviewSchema,
  type PlanReview,
  SafetyPlanSchema,
  type SafetyPlan,
  MonitoringOutcomeSchema,
  type MonitoringOutcome,
  MonitoringEventSchema,
  type MonitoringEvent,
} from "./SafetyPlan";
export { SAFETY_PLAN_FINDING_CODES, type SafetyPlanFindingCode, SAFETY_PLAN_FINDINGS, type SafetyPlanFindingInfo } from "./findingCodes";
export { enSafetyPlan, type ReadinessTextKey } from "./messages.en";
export { formatReadiness, type FormatReadinessOptions } from "./formatReadiness";
export { PLAN_STATUS_TRANSITIONS } from "./planStatusTransitions";
export { DEFAULT_PLAN_POLICY, type PlanPolicy } from "./PlanPolicy";
export { DEFAULT_READINESS_POLICY, type ReadinessPolicy } from "./readinessPolicy";
export { addPlanRule } from "./addPlanRule";
export { updatePlanRule, type PlanRuleChanges, type RuleFields } from "./updatePlanRule";
export { removePlanRule } from "./removePlanRule";
export { setPlanStatus } from "./setPlanStatus";
export { newPlanVersion, type NewPlanVersionOptions } from "./newPlanVersion";
export { addPlanReview } from "./addPlanReview";
export { checkSafetyPlan, type CheckSafetyPlanOptions } from "./checkSafetyPlan";
export { planCoverage, type PlanCoverage, type CoverageBottomLine, type DangerCoverage, type BottomLineCoverage, type RuleCoverage } from "./planCoverage";
export { monitoringGaps, type MonitoringGaps, type MonitoringGapsOptions, type MonitoringSide, type RuleMonitoring } from "./monitoringGaps";
export {
  readinessToStepDown,
  type ReadinessToStepDownOptions,
  type StepDownReadiness,
  type StepDownReason,
  type StepDownReasonKind,
} from "./readinessToStepDown";
export { createSafetyPlan } from "./createSafetyPlan";
export { type PlanRuleInput, type PlanReviewInput, type SafetyPlanInit, type SafetyPlanInputOptions } from "./planInput";
export { parseSafetyPlan } from "./parseSafetyPlan";
export { safeParseSafetyPlan } from "./safeParseSafetyPlan";
export { type SafetyPlanContext } from "./planReferences";
export { parseMonitoringEvent } from "./parseMonitoringEvent";
export { safeParseMonitoringEvent } from "./safeParseMonitoringEvent";
export { type ReadinessBottomLines } from "./readinessBottomLines";
