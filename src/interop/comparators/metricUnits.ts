import { METRIC_TABLE, type MetricUnit } from "../../metrics/internal";

/**
 * The looked-after measures of the catalogue's section "Looked after, care leavers and plan
 * starts" that England's figures and a comparators file may name before the engine computes
 * them, with their units.
 */
const PLANNED_METRIC_UNITS: Readonly<Record<string, MetricUnit>> = {
  "lac.started": "count",
  "lac.ceased": "count",
  "lac.uasc": "count",
  "lac.placement-stability-short": "percent",
};

/**
 * The units of the breakdown entries England's figures use (and a comparators file most often
 * names); a path ending in `/per10k` is a rate per 10,000 whatever its metric.
 */
const BREAKDOWN_UNITS: Readonly<Record<string, MetricUnit>> = {
  "activity.referrals/children": "count",
  "lac.adoption-timeliness/adopted": "count",
  "plans.open/cin": "count",
  "plans.open/cp": "count",
  "plans.open/lac": "count",
  "plans.started/plans": "count",
  "timeliness.assessment-duration/within-45": "percent",
  "timeliness.icpc/within-15": "percent",
};

const HEADLINE_UNITS: ReadonlyMap<string, MetricUnit> = new Map<string, MetricUnit>([
  ...Object.entries(PLANNED_METRIC_UNITS),
  ...METRIC_TABLE.map((m): [string, MetricUnit] => [m.id, m.unit]),
]);

/**
 * What kinsafe knows of a metric id or breakdown path a comparator names: `undefined` when its
 * metric is not kinsafe's; else the unit of the figure, or `null` for a breakdown path under a
 * known metric whose unit is not known without computing it (a distribution's share, say).
 *
 * @param id - A metric id (`activity.referrals`) or breakdown path (`plans.open/cp/per10k`).
 * @returns The unit, `null`, or `undefined`.
 *
 * @example
 * {@includeCode ../../../tests/comparators/parseComparatorsCsv.test.ts#unit}
 *
 * @category Comparators
 */
export function comparatorMetricUnit(id: string): MetricUnit | null | undefined {
  const slash = id.indexOf("/");
  const head = slash === -1 ? id : id.slice(0, slash);
  const headline = HEADLINE_UNITS.get(head);
  if (headline === undefined) return undefined;
  if (slash === -1) return headline;
  if (id.endsWith("/")) return undefined;
  if (id.endsWith("/per10k")) return "per10k";
  return BREAKDOWN_UNITS[id] ?? null;
}
