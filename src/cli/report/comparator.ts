// Comparators in the report: the figures of other areas (England, statistical neighbours, a
// region) for the same measure and period, written beside the authority's own.
import type { MetricUnit } from "../../metrics";
import { formatNumber } from "../formatMetrics";

/**
 * One published (or the user's own) figure of another area for a measure and period, to compare
 * with the authority's: England's, the statistical neighbours', a region's. The report shows
 * each beside the figure of the same `metricId` and `period`, England first.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReportSummary.test.ts#comparator}
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

/** England's ONS code. */
const ENGLAND = "E92000001";

function isEngland(c: Comparator): boolean {
  return c.areaCode === ENGLAND || c.area.trim().toLowerCase() === "england";
}

/**
 * The comparators of a measure and period, England's first, then the others in the order given.
 *
 * @param comparators - All comparators.
 * @param metricId - The measure (metric id or breakdown path).
 * @param period - The period label, e.g. "2024-25".
 * @returns The matching comparators, ordered.
 */
export function comparatorsOf(comparators: readonly Comparator[], metricId: string, period: string): readonly Comparator[] {
  const own = comparators.filter((c) => c.metricId === metricId && c.period === period);
  return [...own.filter(isEngland), ...own.filter((c) => !isEngland(c))];
}

/**
 * The areas compared for a measure in any period, England first, then in the order given; an
 * area is its name and code.
 *
 * @param comparators - All comparators.
 * @param metricId - The measure.
 * @returns The areas, each with its comparators in the order given.
 */
export function areasOf(comparators: readonly Comparator[], metricId: string): readonly { readonly area: string; readonly areaCode?: string; readonly rows: readonly Comparator[] }[] {
  const areas = new Map<string, { area: string; areaCode?: string; rows: Comparator[]; england: boolean }>();
  for (const c of comparators) {
    if (c.metricId !== metricId) continue;
    const key = `${c.area}\u0000${c.areaCode ?? ""}`;
    const known = areas.get(key) ?? { area: c.area, ...(c.areaCode === undefined ? {} : { areaCode: c.areaCode }), rows: [], england: isEngland(c) };
    known.rows.push(c);
    areas.set(key, known);
  }
  const list = [...areas.values()];
  return [...list.filter((a) => a.england), ...list.filter((a) => !a.england)];
}

/** The publishers' symbols in words. */
const SYMBOLS: Readonly<Record<string, string>> = {
  c: "suppressed",
  x: "not available",
  z: "not applicable",
  low: "a positive number that rounds to 0",
  u: "low reliability",
};

/**
 * A comparator's figure as people read it: in the measure's unit (one decimal place for rates
 * and percentages), or the publisher's symbol (`x` when it gives none), never 0 for a figure
 * that was not published.
 *
 * @param c - The comparator.
 * @param unit - The unit of the measure it is compared with.
 * @returns The text and, for a symbol, its meaning.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReportSummary.test.ts#comparator}
 */
export function comparatorValue(c: Comparator, unit: MetricUnit): { readonly text: string; readonly symbol?: string; readonly words?: string } {
  if (c.value !== null && Number.isFinite(c.value)) return { text: formatNumber(c.value, unit) };
  const symbol = c.symbol === undefined || c.symbol.trim() === "" ? "x" : c.symbol.trim();
  return { text: symbol, symbol, words: SYMBOLS[symbol.toLowerCase()] ?? "not published" };
}

/**
 * How the authority's figure stands against a comparator's, in words: "2.3 percentage points
 * higher here" (the authority's figure is the higher), "the same as here"; `undefined` for counts (areas of different sizes) or when
 * either figure is missing. Compared as written (to one decimal place), so that two figures
 * written alike are never called different.
 *
 * @param own - The authority's value.
 * @param c - The comparator.
 * @param unit - The measure's unit.
 * @returns The words, or `undefined`.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReportSummary.test.ts#comparator}
 */
export function comparisonWords(own: number | null, c: Comparator, unit: MetricUnit): string | undefined {
  if (unit === "count" || own === null || c.value === null || !Number.isFinite(c.value)) return undefined;
  const digits = unit === "ratio" ? 100 : 10;
  const difference = Math.round(own * digits) - Math.round(c.value * digits);
  if (difference === 0) return "the same as here";
  const size = (Math.abs(difference) / digits).toLocaleString("en-GB", { minimumFractionDigits: digits === 100 ? 2 : 1, maximumFractionDigits: digits === 100 ? 2 : 1 });
  return `${size}${unit === "percent" ? " percentage points" : ""} ${difference > 0 ? "higher" : "lower"} here`;
}
