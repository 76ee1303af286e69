import type { Finding } from "../../core";
import type { ComparatorFindingCode } from "./findingCodes";

/**
 * A figure to set beside the authority's own: England's published figure, a statistical
 * neighbours' average, a region, another authority. One metric, one collection year, one area.
 *
 * @example
 * {@includeCode ../../../tests/comparators/england.test.ts#england-lookup}
 *
 * @category Comparators
 */
export interface Comparator {
  /** A kinsafe metric id or breakdown path, e.g. "activity.referrals", "plans.open/cp". */
  readonly metricId: string;
  /** The period as kinsafe labels it: a collection year "2024-25" (1 April 2024 to 31 March 2025). */
  readonly period: string;
  /** Who the figure is for: "England", "Statistical neighbours", "North West", an authority. */
  readonly area: string;
  /** The area's ONS/DfE code when known, e.g. "E92000001" for England. */
  readonly areaCode?: string;
  /** The figure in the metric's own unit (a percentage as 21.4, a rate per 10,000 as 70.1); null when not published. */
  readonly value: number | null;
  /** The publisher's symbol when value is null: "c" (suppressed), "x" (not available), "z" (not applicable), "low", "u". */
  readonly symbol?: string;
  /** Where it comes from: publisher, release, year and table, e.g. "DfE, Children in need, 2025, table A1". */
  readonly source: string;
}

/**
 * A finding of {@link parseComparatorsCsv}: `params` carry `file`, `line`, `column` (the
 * 1-based position of the cell in its row) and `field` (the column's name), and `value` where
 * there is one.
 *
 * @category Comparators
 */
export type ComparatorFinding = Finding<ComparatorFindingCode>;

/**
 * What {@link parseComparatorsCsv} read: the rows it could use, in file order, and a finding
 * for each row or cell it could not.
 *
 * @category Comparators
 */
export interface ComparatorsRead {
  /** The rows read, in file order; a row with a finding of severity `error` is left out. */
  readonly comparators: readonly Comparator[];
  /** Every problem, with its file, line and column. */
  readonly findings: readonly ComparatorFinding[];
}
