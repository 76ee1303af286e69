import { normaliseScore, type ParticipantRole } from "../assessment";
import type { CaseFile } from "../case-file";
import type { IsoDate } from "../core";
import type { MetricResult } from "../metrics";
import { applyDisclosureControl, type SuppressOption } from "../practice";

/**
 * Options of {@link scalingTrajectory}.
 *
 * @category Research
 */
export interface ScalingTrajectoryOptions {
  /** Only judgements given on or before this day count. Default: all. */
  readonly asOf?: IsoDate;
  /** Disclosure control, as in the core data set. */
  readonly suppress?: SuppressOption;
}

interface Judged {
  readonly on: string;
  readonly role: ParticipantRole | undefined;
  readonly value: number;
}

function changeOf(judged: readonly Judged[]): number | undefined {
  const days = [...new Set(judged.map((j) => j.on))].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (days.length < 2 || first === undefined || last === undefined) return undefined;
  const meanOn = (day: string): number => {
    const xs = judged.filter((j) => j.on === day).map((j) => j.value);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  return meanOn(last) - meanOn(first);
}

function ratio(id: string, label: string, changes: readonly number[], notes: readonly string[] = [], breakdown?: Record<string, MetricResult>): MetricResult {
  const sum = changes.reduce((a, b) => a + b, 0);
  const r: MetricResult = {
    id,
    label,
    unit: "ratio",
    value: changes.length === 0 ? null : sum / changes.length,
    numerator: sum,
    denominator: changes.length,
    countingUnit: "cases",
    notes: changes.length === 0 ? [...notes, "No case has judgements on two or more days: the mean change is unavailable."] : notes,
    suppressed: false,
    ...(changes.length === 0 ? { status: "unavailable" as const, unavailable: { reason: "no-denominator" as const } } : { status: "available" as const }),
  };
  return breakdown === undefined ? r : { ...r, breakdown };
}

/**
 * `research.scaling-trajectory`: for cases with safety-scale judgements on two or more days, the
 * change in the mean normalised score between the first and the latest day, averaged over
 * cases, overall and by rater role.
 *
 * - Judgements read: those on each map version's overall safety scale (normalised with
 *   `normaliseScore`, so 10 always means safe enough to close) and those recorded at plan
 *   reviews (read as safety-high). Danger-specific scales are not pooled with them.
 * - Per case: mean of the scores given on the latest day minus mean of those on the first day.
 *   A case counts when it has judgements on two or more days.
 * - Value: mean of the cases' changes (unit `ratio`; numerator the sum of changes, denominator
 *   the number of cases). Breakdown `role/<role>`: the same with only that role's judgements
 *   (a case counts for a role when that role scored on two or more days); `improved`: cases
 *   whose change is above 0 (count).
 *
 * @param caseFiles - Case files. Not changed.
 * @param options - The day to read up to, and disclosure control.
 * @returns The metric in the core data set's result shape.
 * @throws {@link KinsafeError} with code `invalid-argument` when the disclosure threshold is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/research/scalingTrajectory.test.ts#docs-example}
 *
 * @category Research
 */
export function scalingTrajectory(caseFiles: readonly CaseFile[], options: ScalingTrajectoryOptions = {}): MetricResult {
  const { asOf } = options;
  const all: number[] = [];
  const byRole = new Map<string, number[]>();
  for (const caseFile of caseFiles) {
    const judged: Judged[] = [];
    for (const map of caseFile.maps) {
      for (const scale of map.scales) {
        if (scale.subject.kind !== "overall") continue;
        for (const j of scale.judgements) judged.push({ on: j.on, role: j.raterRole, value: normaliseScore(j.value, scale.polarity) });
      }
    }
    for (const plan of caseFile.plans) for (const review of plan.reviews) for (const j of review.judgements) judged.push({ on: j.on, role: j.raterRole, value: j.value });
    const counted = asOf === undefined ? judged : judged.filter((j) => j.on <= asOf);
    const change = changeOf(counted);
    if (change !== undefined) all.push(change);
    const roles = new Set(counted.flatMap((j) => (j.role === undefined ? [] : [j.role])));
    for (const role of roles) {
      const c = changeOf(counted.filter((j) => j.role === role));
      if (c !== undefined) byRole.set(role, [...(byRole.get(role) ?? []), c]);
    }
  }
  const id = "research.scaling-trajectory";
  const breakdown: Record<string, MetricResult> = {};
  for (const role of [...byRole.keys()].sort()) breakdown[`role/${role}`] = ratio(`${id}/role/${role}`, `Mean change in the safety scale given by the ${role}`, byRole.get(role) ?? []);
  const improved = all.filter((c) => c > 0).length;
  breakdown["improved"] = { id: `${id}/improved`, label: "Cases whose mean score rose", unit: "count", value: improved, numerator: null, denominator: null, countingUnit: "cases", notes: [], suppressed: false, status: "available" };
  const excluded = caseFiles.length - all.length;
  const notes = excluded === 0 ? [] : [`${String(excluded)} case(s) without judgements on two or more days excluded.`];
  const result = ratio(id, "Mean change in the safety scale from the first to the latest judgement", all, notes, breakdown);
  return options.suppress === undefined ? result : applyDisclosureControl(result, options.suppress.threshold);
}
