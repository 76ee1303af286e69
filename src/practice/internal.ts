import type { CaseFile } from "../case-file";
import { serviceState, type ServiceTimeline } from "../continuum";
import type { IsoDate } from "../core";
import type { MetricResult } from "../metrics";
import { applyDisclosureControl } from "./applyDisclosureControl";
import type { PracticeCase, SuppressOption } from "./PracticeMetric";

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

// The result helpers are the core data set's (one MetricResult for every metric).
export { make, percent } from "../metrics/internal";

/** @internal */
export function suppressed(r: MetricResult, suppress: SuppressOption | undefined): MetricResult {
  return suppress === undefined ? r : applyDisclosureControl(r, suppress.threshold);
}
