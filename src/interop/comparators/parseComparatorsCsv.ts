import { KinsafeError } from "../../core";
import { CsvError, createCsvParser, resolveLimits } from "../internal";
import type { Comparator, ComparatorFinding, ComparatorsRead } from "./Comparator";
import type { ComparatorFindingCode } from "./findingCodes";
import { comparatorMetricUnit } from "./metricUnits";

/**
 * The columns of a comparators file, in the order {@link formatComparatorsCsv} writes them.
 * `metric_id`, `period`, `area`, `value` and `source` are required; `area_code` and `symbol`
 * may be left out of the header.
 *
 * @category Comparators
 */
export const COMPARATOR_CSV_COLUMNS = ["metric_id", "period", "area", "area_code", "value", "symbol", "source"] as const;

const REQUIRED = ["metric_id", "period", "area", "value", "source"] as const;

/**
 * The publisher's symbols a comparator may carry instead of a value (the Government Statistical
 * Service's: `c` suppressed, `x` not available, `z` not applicable, `low` rounds to 0, `u` low
 * reliability).
 *
 * @category Comparators
 */
export const COMPARATOR_SYMBOLS = ["c", "x", "z", "low", "u"] as const;

const SYMBOLS: ReadonlySet<string> = new Set(COMPARATOR_SYMBOLS);
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const PERIOD = /^(\d{4})-(\d{2})$/;

/** Options of {@link parseComparatorsCsv}. */
export interface ParseComparatorsOptions {
  /** The file's name, for findings. */
  readonly file?: string;
}

/**
 * Reads a comparators file: UTF-8 CSV (RFC 4180; a leading byte order mark is dropped) with a
 * header row naming the columns of {@link COMPARATOR_CSV_COLUMNS} in any order, one row per
 * metric, collection year and area. A row kinsafe cannot use is left out with a finding naming
 * the file, line and column (an unknown metric id, a value that is not a number, a symbol other
 * than c/x/z/low/u, a period that is not `YYYY-YY`, a negative value or a percentage over 100,
 * an empty area or source); it never throws for bad content. Pure: give it the file's text.
 *
 * @param text - The file's text.
 * @param options - The file's name, for findings.
 * @returns The rows read, in file order, and the findings.
 * @throws `KinsafeError` with code `invalid-argument` when `text` is not a string (a
 *   programmer error; bad content is reported as findings).
 *
 * @example
 * {@includeCode ../../../tests/comparators/parseComparatorsCsv.test.ts#docs-example}
 *
 * @category Comparators
 */
export function parseComparatorsCsv(text: string, options: ParseComparatorsOptions = {}): ComparatorsRead {
  if (typeof text !== "string") throw new KinsafeError("invalid-argument", "parseComparatorsCsv takes the file's text as a string.");
  if (typeof options !== "object" || (options as unknown) === null || (options.file !== undefined && typeof options.file !== "string")) {
    throw new KinsafeError("invalid-argument", "parseComparatorsCsv's options must be an object whose file is a string.");
  }
  const base: Record<string, string> = options.file === undefined ? {} : { file: options.file };
  const findings: ComparatorFinding[] = [];
  const comparators: Comparator[] = [];
  const report = (code: ComparatorFindingCode, severity: ComparatorFinding["severity"], params: Record<string, string | number>): void => {
    findings.push({ code, severity, path: [], params: { ...base, ...params } });
  };

  let header: readonly string[] | undefined;
  let columns: ReadonlyMap<string, number> | undefined;
  let stopped = false;
  const seen = new Map<string, number>();

  const onHeader = (cells: readonly string[], line: number): void => {
    header = cells.map((c) => c.trim());
    const index = new Map<string, number>();
    const missing = REQUIRED.filter((c) => !(header ?? []).includes(c));
    if (missing.length > 0) {
      // Not a header (or not this format's): one finding, not one per cell.
      report("comparators/missing-header", "error", { line, expected: missing.join(", ") });
      stopped = true;
      return;
    }
    header.forEach((name, i) => {
      if (index.has(name) && (COMPARATOR_CSV_COLUMNS as readonly string[]).includes(name)) {
        report("comparators/duplicate-column", "error", { line, column: i + 1, field: name });
        stopped = true;
      }
      if (!index.has(name)) index.set(name, i);
      if (!(COMPARATOR_CSV_COLUMNS as readonly string[]).includes(name)) report("comparators/unknown-column", "info", { line, column: i + 1, field: name });
    });
    columns = index;
  };

  const onRow = (cells: string[], line: number): void => {
    if (stopped) return;
    if (header === undefined || columns === undefined) return onHeader(cells, line);
    const width = header.length;
    if (cells.length !== width) {
      report("comparators/wrong-cell-count", "error", { line, value: cells.length, expected: width });
      return;
    }
    const col = (name: string): number => (columns?.get(name) ?? -1) + 1;
    const cell = (name: string): string => {
      const i = columns?.get(name);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    const bad = (code: ComparatorFindingCode, field: string, params: Record<string, string | number> = {}, severity: ComparatorFinding["severity"] = "error"): void => {
      report(code, severity, { line, column: col(field), field, ...params });
    };

    const metricId = cell("metric_id");
    const period = cell("period");
    const area = cell("area");
    const areaCode = cell("area_code");
    const rawValue = cell("value");
    const rawSymbol = cell("symbol");
    const source = cell("source");

    if (metricId === "") return bad("comparators/missing-value", "metric_id", { reason: "which metric the figure is of" });
    const unit = comparatorMetricUnit(metricId);
    if (unit === undefined) return bad("comparators/unknown-metric", "metric_id", { value: metricId }, "warning");
    const p = PERIOD.exec(period);
    if (p === null || (Number(p[1]) + 1) % 100 !== Number(p[2])) return bad("comparators/invalid-period", "period", { value: period });
    if (area === "") return bad("comparators/missing-value", "area", { reason: "whose figure it is" });
    if (source === "") return bad("comparators/missing-value", "source", { reason: "where the figure comes from" });
    let value: number | null = null;
    if (rawValue !== "") {
      if (!NUMBER.test(rawValue)) return bad("comparators/invalid-value", "value", { value: rawValue });
      value = Number(rawValue);
      if (value < 0) return bad("comparators/out-of-range", "value", { value: rawValue, reason: "negative" });
      if (unit === "percent" && value > 100) return bad("comparators/out-of-range", "value", { value: rawValue, reason: "a percentage over 100" });
    }
    let symbol: string | undefined;
    if (rawSymbol !== "") {
      if (!SYMBOLS.has(rawSymbol)) return bad("comparators/invalid-symbol", "symbol", { value: rawSymbol });
      if (value === null) symbol = rawSymbol;
      else bad("comparators/value-and-symbol", "symbol", { value: rawSymbol }, "warning");
    }
    if (value === null && symbol === undefined) return bad("comparators/missing-value", "value", { reason: "give the figure, or the publisher's symbol (c, x, z, low, u) when there is none" });
    const key = `${metricId}\u0000${period}\u0000${area}`;
    const first = seen.get(key);
    if (first !== undefined) return bad("comparators/duplicate-row", "metric_id", { field: `${metricId}, ${period}, ${area}`, expected: first }, "warning");
    seen.set(key, line);
    comparators.push({ metricId, period, area, ...(areaCode === "" ? {} : { areaCode }), value, ...(symbol === undefined ? {} : { symbol }), source });
  };

  const parser = createCsvParser(onRow, resolveLimits(undefined));
  try {
    parser.write(text.startsWith("\uFEFF") ? text.slice(1) : text);
    parser.end();
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    report("comparators/malformed-csv", "error", { line: error.line, reason: error.message });
  }
  if (header === undefined) report("comparators/missing-header", "error", { line: 1, expected: REQUIRED.join(", ") });
  return { comparators, findings };
}
