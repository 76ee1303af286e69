import type { CaseFile } from "../case-file";
import { serviceState, type ServiceTimeline } from "../continuum";
import type { IsoDate } from "../core";
import type { MetricUnit } from "../metrics";
import { applyDisclosureControl } from "./applyDisclosureControl";
import type { PracticeCase, PracticeCountingUnit, PracticeMetricResult, SuppressOption } from "./PracticeMetric";

/** @internal */
export function caseOf(c: PracticeCase): { readonly caseFile: CaseFile; readonly timelines: readonly ServiceTimeline[] | undefined } {
  return "caseFile" in c ? { caseFile: c.caseFile, timelines: c.timelines } : { caseFile: c, timelines: undefined };
}

/**
 * Open at the day: with timelines, when one of them is above universal services; without, always.
 *
 * @internal
 */
export function isOpen(timelines: readonly ServiceTimeline[] | undefined, asOf: IsoDate): boolean {
  if (timelines === undefined || timelines.length === 0) return true;
  return timelines.some((t) => serviceState(t, asOf).level !== "universal");
}

/** @internal */
export interface Parts {
  readonly value: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly notes?: readonly string[];
  readonly breakdown?: Readonly<Record<string, PracticeMetricResult>>;
}

/** @internal */
export function make(id: string, label: string, unit: MetricUnit, countingUnit: PracticeCountingUnit, parts: Parts): PracticeMetricResult {
  const r: PracticeMetricResult = {
    id,
    label,
    unit,
    value: parts.value,
    numerator: parts.numerator ?? null,
    denominator: parts.denominator ?? null,
    countingUnit,
    notes: parts.notes ?? [],
    suppressed: false,
  };
  return parts.breakdown === undefined ? r : { ...r, breakdown: parts.breakdown };
}

/** @internal */
export function percent(id: string, label: string, cu: PracticeCountingUnit, num: number, den: number, notes: readonly string[] = [], breakdown?: Record<string, PracticeMetricResult>): PracticeMetricResult {
  return make(id, label, "percent", cu, {
    value: den === 0 ? null : (num * 100) / den,
    numerator: num,
    denominator: den,
    notes: den === 0 ? [...notes, `No ${cu} in the denominator: the percentage is unavailable.`] : notes,
    ...(breakdown === undefined ? {} : { breakdown }),
  });
}

/** @internal */
export function suppressed(r: PracticeMetricResult, suppress: SuppressOption | undefined): PracticeMetricResult {
  return suppress === undefined ? r : applyDisclosureControl(r, suppress.threshold);
}
