import { caseEvidence } from "../audit";
import { evaluateBottomLines } from "../bottom-lines";
import type { PracticeMetricOptions } from "./caseFlags";
import { caseOf, isOpen, percent, suppressed } from "./internal";
import type { PracticeCase } from "./PracticeMetric";
import type { MetricResult } from "../metrics";

/**
 * `practice.bottom-lines-met`: the percentage of open cases with a safety plan whose plan meets
 * every bottom line.
 *
 * - Denominator: cases open at the snapshot with a current safety plan (with rules) and at least
 *   one bottom line set (cases with a plan but no bottom lines are excluded with a note).
 * - Numerator: those whose every bottom line is `met` by `evaluateBottomLines` as of the
 *   snapshot. `custom` bottom lines need their predicates; without one a bottom line is
 *   `cannot-tell`, so the case is not counted as meeting all.
 * - Breakdown `unmet`: % with at least one bottom line not met; `cannot-tell`: % with none unmet
 *   but at least one that cannot be told. Counting unit: cases.
 *
 * @param cases - Case files, or `{ caseFile, timelines }`. Not changed.
 * @param options - The snapshot date, disclosure control, and predicates of `custom` bottom lines.
 * @returns The metric.
 * @throws {@link KinsafeError} with code `invalid-argument` when the snapshot is not a calendar date or the threshold is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/practice/practiceMetrics.test.ts#bottom-lines-met}
 *
 * @category Practice metrics
 */
export function bottomLinesMet(cases: readonly PracticeCase[], options: PracticeMetricOptions): MetricResult {
  const { snapshot } = options;
  let withPlan = 0;
  let met = 0;
  let unmet = 0;
  let cannotTell = 0;
  let noBottomLines = 0;
  for (const c of cases) {
    const { caseFile, timelines } = caseOf(c);
    if (!isOpen(timelines, snapshot)) continue;
    if (!caseEvidence(caseFile, { asOf: snapshot }).facts["safety-plan"]) continue;
    if (caseFile.bottomLines.length === 0) {
      noBottomLines += 1;
      continue;
    }
    withPlan += 1;
    const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf: snapshot, ...(options.customPredicates === undefined ? {} : { customPredicates: options.customPredicates }) });
    if (report.meetsAll) met += 1;
    else if (report.counts.unmet > 0) unmet += 1;
    else cannotTell += 1;
  }
  const id = "practice.bottom-lines-met";
  const notes = noBottomLines === 0 ? [] : [`${String(noBottomLines)} open case(s) with a plan but no bottom lines excluded.`];
  return suppressed(
    percent(id, "Open cases with a safety plan that meets every bottom line", "cases", met, withPlan, notes, {
      unmet: percent(`${id}/unmet`, "Open cases with a plan that does not meet a bottom line", "cases", unmet, withPlan),
      "cannot-tell": percent(`${id}/cannot-tell`, "Open cases with a plan where a bottom line cannot be told", "cases", cannotTell, withPlan),
    }),
    options.suppress,
  );
}
