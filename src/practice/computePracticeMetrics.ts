import type { AuditRecord, AuditTool } from "../audit";
import { auditActivity } from "./auditActivity";
import { bottomLinesMet } from "./bottomLinesMet";
import { caseFlags, type PracticeMetricOptions } from "./caseFlags";
import { networkInformed } from "./networkInformed";
import type { PracticeCase, PracticeMetricId } from "./PracticeMetric";
import type { MetricResult } from "../metrics";

/**
 * Options of {@link computePracticeMetrics}.
 *
 * @category Practice metrics
 */
export interface ComputePracticeMetricsOptions extends PracticeMetricOptions {
  /** The audits, their tools and the reporting period, for `practice.audits`. Without them that metric is left out. */
  readonly audits?: {
    readonly records: readonly AuditRecord[];
    readonly tools: readonly AuditTool[];
    readonly period: { readonly start: PracticeMetricOptions["snapshot"]; readonly end: PracticeMetricOptions["snapshot"] };
  };
}

/**
 * Computes the practice family of the core data set over many case files: `practice.case-flags`,
 * `practice.network-informed`, `practice.bottom-lines-met` and, when audits are given,
 * `practice.audits` (see each metric's own function for its definition).
 *
 * @param cases - Case files, or `{ caseFile, timelines }`. Not changed.
 * @param options - The snapshot date, disclosure control, and the audits with their tools and period.
 * @returns The metrics by id.
 * @throws {@link KinsafeError} with code `invalid-argument` when a date or the threshold is out of range; and what `summariseAudits` throws.
 *
 * @example
 * {@includeCode ../../tests/practice/practiceMetrics.test.ts#compute}
 *
 * @category Practice metrics
 */
export function computePracticeMetrics(cases: readonly PracticeCase[], options: ComputePracticeMetricsOptions): Readonly<Partial<Record<PracticeMetricId, MetricResult>>> {
  const { audits, ...rest } = options;
  return {
    "practice.case-flags": caseFlags(cases, rest),
    "practice.network-informed": networkInformed(cases, rest),
    "practice.bottom-lines-met": bottomLinesMet(cases, rest),
    ...(audits === undefined
      ? {}
      : { "practice.audits": auditActivity(audits.records, audits.tools, { period: audits.period, ...(rest.suppress === undefined ? {} : { suppress: rest.suppress }) }) }),
  };
}
