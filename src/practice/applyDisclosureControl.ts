import { type Additivity, CORE_ADDITIVITY, controlDisclosure, relationsOf, sumOf, type DisclosureNode } from "../metrics/internal";
import type { MetricResult } from "../metrics";
import type { PracticeMetricResult } from "./PracticeMetric";

const child = (node: DisclosureNode | undefined, k: string): DisclosureNode | undefined => node?.breakdown?.[k];

/** `practice.audits`: collaborative + file = audits, per tool and in all; the tools' audits sum to the total. */
function auditRelations(r: DisclosureNode): ReturnType<Additivity> {
  const tools = Object.values(r.breakdown ?? {}).filter((b) => b.unit === "count");
  const modes = ["collaborative", "file"] as const;
  return [
    ...sumOf([r, "value"], modes.map((m) => [child(r, m), "numerator"] as const)),
    ...modes.flatMap((m) => sumOf([r, "value"], [[child(r, m), "denominator"]])),
    ...sumOf([r, "value"], tools.map((t) => [t, "value"] as const)),
    ...modes.flatMap((m) => sumOf([child(r, m), "numerator"], tools.map((t) => [child(t, m), "numerator"] as const))),
    ...tools.flatMap((t) => [
      ...sumOf([t, "value"], modes.map((m) => [child(t, m), "numerator"] as const)),
      ...modes.flatMap((m) => sumOf([t, "value"], [[child(t, m), "denominator"]])),
    ]),
  ];
}

/** `practice.bottom-lines-met`: met + unmet + cannot tell = open cases with a plan and bottom lines. */
function bottomLineRelations(r: DisclosureNode): ReturnType<Additivity> {
  const parts = [r, child(r, "unmet"), child(r, "cannot-tell")];
  return [...sumOf([r, "denominator"], parts.map((p) => [p, "numerator"] as const)), ...parts.slice(1).flatMap((p) => sumOf([r, "denominator"], [[p, "denominator"]]))];
}

/**
 * The additive relations of the practice metrics, by id: `practice.case-flags` (flags overlap)
 * and `practice.network-informed` (one share) have none.
 *
 * @internal
 */
export const PRACTICE_ADDITIVITY: Readonly<Record<string, Additivity>> = {
  "practice.audits": auditRelations,
  "practice.bottom-lines-met": bottomLineRelations,
};

const ADDITIVITY: Readonly<Record<string, Additivity>> = { ...CORE_ADDITIVITY, ...PRACTICE_ADDITIVITY };

/**
 * Applies disclosure control to a practice, research or core data set metric and its breakdown,
 * with the rule of the core data set (docs/metrics.md, "Disclosure control"; the same code).
 *
 * Primary suppression: a count from 1 to `threshold - 1`, and a percentage whose numerator or
 * denominator is such a count, becomes `null` with `suppressed: true` and a note; zero is not
 * suppressed (DfE prints 0 and shows 1-5 as `c`). For a mean (`ratio`) only the denominator is
 * checked: its numerator is a sum of scores, not a count of people. Minutes, FTE and days are not
 * counts of people and are never suppressed.
 *
 * Secondary suppression: where the metric's counts add up (`practice.audits`: collaborative and
 * file audits to the total, per tool and over the tools; `practice.bottom-lines-met`: met, unmet
 * and cannot tell to the cases counted; the core data set's distributions, bands and their
 * subtotals), further counts are suppressed, the smallest non-zero first, until no suppressed
 * count can be worked out from the published ones; these carry the note "Suppressed to protect
 * another suppressed cell (secondary suppression)."
 *
 * @param result - The metric. Not changed.
 * @param threshold - The smallest count shown, e.g. 6 (DfE).
 * @returns The metric with small counts suppressed; the same object when nothing is.
 * @throws {@link KinsafeError} with code `invalid-argument` when `threshold` is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/practice/applyDisclosureControl.test.ts#docs-example}
 *
 * @category Practice metrics
 */
export function applyDisclosureControl<T extends MetricResult | PracticeMetricResult>(result: T, threshold: number): T {
  return controlDisclosure([result], threshold, relationsOf([result], ADDITIVITY))[0] as T;
}
