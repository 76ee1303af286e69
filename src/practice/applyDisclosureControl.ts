import { KinsafeError } from "../core";
import type { PracticeMetricResult } from "./PracticeMetric";

function small(x: number | null, threshold: number): boolean {
  return x !== null && x >= 1 && x < threshold;
}

/**
 * Applies disclosure control to a practice or research metric and its breakdown, as the core
 * data set does: a count from 1 to `threshold - 1`, and a percentage whose numerator or
 * denominator is such a count, becomes `null` with `suppressed: true` and a note; zero is not
 * suppressed (DfE prints 0 and shows 1-5 as `c`). For a mean (`ratio`) only the denominator is
 * checked: its numerator is a sum of scores, not a count of people. Minutes are not counts of
 * people and are never suppressed.
 *
 * @param result - The metric.
 * @param threshold - The smallest count shown, e.g. 6 (DfE).
 * @returns The metric with small counts suppressed; the same object when nothing is.
 * @throws {@link KinsafeError} with code `invalid-argument` when `threshold` is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/practice/applyDisclosureControl.test.ts#docs-example}
 *
 * @category Practice metrics
 */
export function applyDisclosureControl(result: PracticeMetricResult, threshold: number): PracticeMetricResult {
  if (!Number.isInteger(threshold) || threshold < 1) throw new KinsafeError("invalid-argument", `suppress.threshold must be a positive integer, got ${String(threshold)}.`);
  let next = result;
  if (result.breakdown !== undefined) {
    const entries = Object.entries(result.breakdown).map(([k, v]) => [k, applyDisclosureControl(v, threshold)] as const);
    if (entries.some(([k, v]) => v !== result.breakdown?.[k])) next = { ...result, breakdown: Object.fromEntries(entries) };
  }
  if (result.countingUnit === "minutes") return next;
  const smallValue = result.unit === "count" && small(result.value, threshold);
  const smallNum = result.unit !== "ratio" && small(result.numerator, threshold);
  const smallDen = small(result.denominator, threshold);
  if (!(smallValue || smallNum || smallDen)) return next;
  return {
    ...next,
    value: null,
    numerator: smallNum || smallValue ? null : result.numerator,
    denominator: smallDen ? null : result.denominator,
    suppressed: true,
    notes: [...result.notes, `Suppressed: a count from 1 to ${String(threshold - 1)} (disclosure control).`],
  };
}
