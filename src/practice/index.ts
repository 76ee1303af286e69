export {
  type PracticeCountingUnit,
  type PracticeMetricResult,
  PRACTICE_METRIC_IDS,
  type PracticeMetricId,
  type PracticeCase,
  type SuppressOption,
} from "./PracticeMetric";
export { applyDisclosureControl } from "./applyDisclosureControl";
export { caseDashboardRow, type CaseFlags, type OverdueDueDate, type CaseDashboardRow, type CaseDashboardRowOptions } from "./caseDashboardRow";
export { caseFlags, type PracticeMetricOptions } from "./caseFlags";
export { networkInformed } from "./networkInformed";
export { bottomLinesMet } from "./bottomLinesMet";
export { auditActivity, type AuditActivityOptions } from "./auditActivity";
export { computePracticeMetrics, type ComputePracticeMetricsOptions } from "./computePracticeMetrics";
