import { PRESENCE_POINTS, summariseAudits, type AuditRecord, type AuditTool } from "../audit";
import { IsoDateSchema, KinsafeError, type IsoDate } from "../core";
import { make, percent, suppressed } from "./internal";
import type {SuppressOption } from "./PracticeMetric";
import type { MetricResult } from "../metrics";

/**
 * Options of {@link auditActivity}.
 *
 * @category Practice metrics
 */
export interface AuditActivityOptions {
  /** The reporting period, inclusive: audits dated in it are counted. */
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  /** Disclosure control, as in the core data set. */
  readonly suppress?: SuppressOption;
}

/**
 * `practice.audits`: case audits completed in the period, by tool, with the share done
 * collaboratively and from the file, the mean score per criterion, and the number made with an
 * adjusted tool.
 *
 * - Value: audits dated in the period (count; counting unit `audits`); breakdown `collaborative`
 *   and `file` (% of audits).
 * - Breakdown `<tool id>` for each tool audited: its count, with breakdown `collaborative`,
 *   `file` (%), `adjusted` (count of audits made with an adjusted tool) and
 *   `criterion/<criterion id>` (mean answer, unit `ratio`: numerator the sum of answers, with
 *   presence answers as `PRESENCE_POINTS`, denominator the number answered; not applicable is
 *   left out).
 *
 * @param audits - Audit records. Not changed.
 * @param tools - The published tools the audits started from.
 * @param options - The period and disclosure control.
 * @returns The metric.
 * @throws {@link KinsafeError} with code `invalid-argument` when the period's dates are not calendar dates or the start is after the end; and what `summariseAudits` throws.
 *
 * @example
 * {@includeCode ../../tests/practice/practiceMetrics.test.ts#audits}
 *
 * @category Practice metrics
 */
export function auditActivity(audits: readonly AuditRecord[], tools: readonly AuditTool[], options: AuditActivityOptions): MetricResult {
  const { start, end } = options.period;
  if (!IsoDateSchema.safeParse(start).success || !IsoDateSchema.safeParse(end).success || start > end) {
    throw new KinsafeError("invalid-argument", `The period must be two calendar dates, start on or before end; received ${JSON.stringify(options.period)}.`);
  }
  const inPeriod = audits.filter((a) => a.date >= start && a.date <= end);
  const summary = summariseAudits(inPeriod, tools);
  const id = "practice.audits";
  const breakdown: Record<string, MetricResult> = {
    collaborative: percent(`${id}/collaborative`, "Collaborative audits", "audits", summary.collaborative, summary.audits),
    file: percent(`${id}/file`, "File audits", "audits", summary.file, summary.audits),
  };
  for (const tool of summary.byTool) {
    const tid = `${id}/${tool.toolId}`;
    const inner: Record<string, MetricResult> = {
      collaborative: percent(`${tid}/collaborative`, `${tool.title}: collaborative audits`, "audits", tool.collaborative, tool.audits),
      file: percent(`${tid}/file`, `${tool.title}: file audits`, "audits", tool.file, tool.audits),
      adjusted: make(`${tid}/adjusted`, `${tool.title}: audits made with an adjusted tool`, "count", "audits", { value: tool.adjustedAudits }),
    };
    for (const c of tool.criteria) {
      let sum = 0;
      for (const [value, n] of Object.entries(c.distribution)) {
        if (value === "not-applicable") continue;
        sum += n * (value === "yes" || value === "partly" || value === "no" ? PRESENCE_POINTS[value] : Number(value));
      }
      inner[`criterion/${c.criterionId}`] = make(`${tid}/criterion/${c.criterionId}`, `${tool.title}: ${c.text}`, "ratio", "audits", {
        value: c.mean,
        numerator: sum,
        denominator: c.answered,
        notes: c.answered === 0 ? ["No answers: the mean is unavailable."] : [],
        ...(c.answered === 0 ? { unavailable: "no-denominator" as const } : {}),
      });
    }
    breakdown[tool.toolId] = make(tid, `${tool.title}: audits completed`, "count", "audits", { value: tool.audits, breakdown: inner });
  }
  const notes = inPeriod.length === audits.length ? [] : [`${String(audits.length - inPeriod.length)} audit(s) dated outside the period excluded.`];
  return suppressed(make(id, "Case audits completed", "count", "audits", { value: summary.audits, notes, breakdown }), options.suppress);
}
