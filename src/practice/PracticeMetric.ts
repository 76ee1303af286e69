import type { CaseFile } from "../case-file";
import type { ServiceTimeline } from "../continuum";
import type { CountingUnit, MetricUnit } from "../metrics";

/**
 * What a practice or research metric counts: the core data set's counting units, plus `audits`,
 * `minutes` (time diaries) and `respondents` (surveys). Open cases are counted as `cases`.
 *
 * @category Practice metrics
 */
export type PracticeCountingUnit = CountingUnit | "audits" | "minutes" | "respondents";

/**
 * One practice or research metric, in the result shape of the core data set (`MetricResult`:
 * `id`, `label`, `unit`, `value`, `numerator`, `denominator`, `countingUnit`, `breakdown`,
 * `notes`, `suppressed`), with the counting units of {@link PracticeCountingUnit}. Every
 * `MetricResult` is a `PracticeMetricResult`. Values are never rounded.
 *
 * @category Practice metrics
 */
export interface PracticeMetricResult {
  /** The metric id (e.g. `practice.case-flags`), or `<id>/<key>` for a breakdown entry. */
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  /** `null` when unavailable (no denominator, suppressed); `notes` says why. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly countingUnit: PracticeCountingUnit;
  /** Keyed sub-results of the same shape. */
  readonly breakdown?: Readonly<Record<string, PracticeMetricResult>>;
  /** Exclusions applied and reasons for a `null` value, in English. */
  readonly notes: readonly string[];
  /** `true` when disclosure control replaced the value by `null`. */
  readonly suppressed: boolean;
}

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
