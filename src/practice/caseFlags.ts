import type { CustomPredicate } from "../bottom-lines";
import type { IsoDate } from "../core";
import { caseDashboardRow, type CaseFlags } from "./caseDashboardRow";
import { caseOf, isOpen, percent, suppressed } from "./internal";
import type { PracticeCase, SuppressOption } from "./PracticeMetric";
import type { MetricResult } from "../metrics";

/**
 * Options of the practice metrics over case files.
 *
 * @category Practice metrics
 */
export interface PracticeMetricOptions {
  /** The snapshot date: cases open on it are counted, each read as of it (kinsafe never reads the clock). */
  readonly snapshot: IsoDate;
  /** Disclosure control, as in the core data set. */
  readonly suppress?: SuppressOption;
  /** Predicates of `custom` bottom lines, passed to `evaluateBottomLines`. */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
}

const FLAG_KEYS: readonly [keyof CaseFlags, string][] = [
  ["map", "map"],
  ["dangerStatements", "danger-statements"],
  ["childVoice", "child-voice"],
  ["network", "network"],
  ["safetyPlan", "safety-plan"],
];

const LABELS: Readonly<Record<keyof CaseFlags, string>> = {
  map: "Open cases with an assessment map",
  dangerStatements: "Open cases with danger statements",
  childVoice: "Open cases with every child's voice recorded",
  network: "Open cases with a safety network",
  safetyPlan: "Open cases with a safety plan",
};

/**
 * `practice.case-flags`: the percentage of open cases with each of the five flags of the Signs
 * of Safety case dashboard (an assessment map, danger statements, child's voice recorded, a
 * safety network, a safety plan; see {@link caseDashboardRow}), in the core data set's result
 * shape.
 *
 * - Population: cases open at the snapshot (with timelines: a child's service level is above
 *   universal; without: every case file given).
 * - Value: % of open cases with all five flags; breakdown `map`, `danger-statements`,
 *   `child-voice`, `network`, `safety-plan`: % of open cases with that flag. Counting unit: cases.
 *
 * @param cases - Case files, or `{ caseFile, timelines }`. Not changed.
 * @param options - The snapshot date and disclosure control.
 * @returns The metric.
 * @throws {@link KinsafeError} with code `invalid-argument` when the snapshot is not a calendar date or the threshold is not a positive whole number.
 *
 * @example
 * {@includeCode ../../tests/practice/practiceMetrics.test.ts#case-flags}
 *
 * @category Practice metrics
 */
export function caseFlags(cases: readonly PracticeCase[], options: PracticeMetricOptions): MetricResult {
  const { snapshot } = options;
  const counts: Record<keyof CaseFlags, number> = { map: 0, dangerStatements: 0, childVoice: 0, network: 0, safetyPlan: 0 };
  let open = 0;
  let all = 0;
  for (const c of cases) {
    const { caseFile, timelines } = caseOf(c);
    if (!isOpen(timelines, snapshot)) continue;
    open += 1;
    const { flags } = caseDashboardRow(caseFile, { asOf: snapshot, ...(options.customPredicates === undefined ? {} : { customPredicates: options.customPredicates }) });
    for (const [key] of FLAG_KEYS) if (flags[key]) counts[key] += 1;
    if (FLAG_KEYS.every(([key]) => flags[key])) all += 1;
  }
  const id = "practice.case-flags";
  const breakdown = Object.fromEntries(FLAG_KEYS.map(([key, name]) => [name, percent(`${id}/${name}`, LABELS[key], "cases", counts[key], open)]));
  const notes = cases.length === open ? [] : [`${String(cases.length - open)} case(s) not open at ${snapshot} excluded.`];
  return suppressed(percent(id, "Open cases with all five dashboard flags", "cases", all, open, notes, breakdown), options.suppress);
}
