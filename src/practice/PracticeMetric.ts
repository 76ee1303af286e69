import type { CaseFile } from "../case-file";
import type { ServiceTimeline } from "../continuum";
import type { CountingUnit, MetricResult, MetricStatus } from "../metrics";

/**
 * What a practice or research metric counts: one of the core data set's counting units
 * ({@link CountingUnit}, which holds `audits`, `minutes` and `respondents` too).
 *
 * @deprecated Use {@link CountingUnit}: the practice, research and core data set metrics share it.
 *
 * @category Practice metrics
 */
export type PracticeCountingUnit = CountingUnit;

/**
 * One practice or research metric, as earlier versions typed it: the core data set's result
 * shape ({@link MetricResult}) with `status` optional. Every practice and research metric now
 * returns a `MetricResult` (with `status`, and `unavailable` when a figure cannot be given), which
 * is a `PracticeMetricResult`; a result built by hand without `status` still type-checks.
 *
 * @deprecated Use {@link MetricResult}: the practice, research and core data set metrics share
 * one result type.
 *
 * @category Practice metrics
 */
export type PracticeMetricResult = Omit<MetricResult, "status" | "breakdown"> & {
  readonly status?: MetricStatus;
  readonly breakdown?: Readonly<Record<string, PracticeMetricResult>>;
};

/**
 * The practice metric ids of the core data set catalogue (`practice.*`).
 *
 * @category Practice metrics
 */
export const PRACTICE_METRIC_IDS = ["practice.case-flags", "practice.network-informed", "practice.bottom-lines-met", "practice.audits"] as const;
/** @category Practice metrics */
export type PracticeMetricId = (typeof PRACTICE_METRIC_IDS)[number];

/**
 * A case for the practice metrics: a case file, or a case file with the service timelines of
 * its children (to tell whether the case is open at the snapshot, and for overdue due dates).
 *
 * @category Practice metrics
 */
export type PracticeCase = CaseFile | { readonly caseFile: CaseFile; readonly timelines?: readonly ServiceTimeline[] };

/**
 * Disclosure control (core data set conventions): counts from 1 to `threshold - 1`, and ratios
 * whose numerator or denominator is such a count, become `null` with `suppressed: true`.
 *
 * @category Practice metrics
 */
export interface SuppressOption {
  readonly threshold: number;
}
