import type { Comparator } from "./Comparator";
import { COMPARATOR_CSV_COLUMNS } from "./parseComparatorsCsv";

function field(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes comparators as a comparators file (the format {@link parseComparatorsCsv} reads): a
 * header row of {@link COMPARATOR_CSV_COLUMNS}, then one row per comparator, CRLF line ends;
 * a cell with a comma, a quote, a line break or spaces at either end is quoted. Values are
 * written exactly (`21.4`, `632830`).
 *
 * @param comparators - The comparators.
 * @returns The CSV text.
 *
 * @example
 * {@includeCode ../../../tests/comparators/parseComparatorsCsv.test.ts#round-trip}
 *
 * @category Comparators
 */
export function formatComparatorsCsv(comparators: readonly Comparator[]): string {
  const rows = [COMPARATOR_CSV_COLUMNS.join(",")];
  for (const c of comparators) {
    rows.push([c.metricId, c.period, c.area, c.areaCode ?? "", c.value === null ? "" : String(c.value), c.symbol ?? "", c.source].map(field).join(","));
  }
  return `${rows.join("\r\n")}\r\n`;
}
