// The core data set as a text table, as CSV and as JSON; and how values are written (DfE's
// symbols: "c" suppressed, "x" not available, "z" not applicable).
import type { CoreDataSetResult, MetricResult, MetricUnit } from "../metrics";
import { METRIC_CATALOGUE } from "../metrics";
import { csvRow } from "./csv";
import { escapeTerminal } from "./safeOutput";

/** A metric or breakdown entry, with its depth below the headline. */
export interface FlatMetric {
  readonly result: MetricResult;
  readonly depth: number;
  readonly family: string;
}

/**
 * Every metric of a result, each followed by its breakdown entries (depth first), in catalogue
 * order.
 *
 * @param result - A core data set.
 * @param maxDepth - The deepest breakdown level to include (default all).
 * @returns The entries in order.
 */
export function flattenMetrics(result: CoreDataSetResult, maxDepth = Infinity): readonly FlatMetric[] {
  const out: FlatMetric[] = [];
  const walk = (m: MetricResult, depth: number, family: string): void => {
    out.push({ result: m, depth, family });
    if (depth >= maxDepth) return;
    for (const b of Object.values(m.breakdown ?? {})) walk(b, depth + 1, family);
  };
  for (const def of METRIC_CATALOGUE) {
    const m = result.metrics[def.id];
    if (m !== undefined) walk(m, 0, def.family);
  }
  return out;
}

/**
 * The DfE symbol that stands for a missing value, or `undefined` when there is a value:
 * `c` suppressed (disclosure control), `z` not applicable (a distribution, whose shares are in
 * the breakdown), `x` not available (no input, no population, nothing to count).
 *
 * @param m - A metric or breakdown entry.
 * @returns The symbol, or `undefined`.
 */
export function missingSymbol(m: MetricResult): "c" | "x" | "z" | undefined {
  if (m.suppressed) return "c";
  if (m.value !== null) return undefined;
  // A distribution (shares in the breakdown) over something: not applicable. Else not available.
  return m.unit === "percent" && m.breakdown !== undefined && m.denominator !== null && m.denominator > 0 ? "z" : "x";
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/**
 * Writes a number for people: counts whole with thousands separators, percentages and rates to
 * one decimal place, durations to one, ratios to two. (JSON and CSV keep the exact value.)
 *
 * @param value - The value.
 * @param unit - Its unit.
 * @returns The text, e.g. `"1,033"`, `"20.8%"`, `"516.5"`.
 */
export function formatNumber(value: number, unit: MetricUnit): string {
  switch (unit) {
    case "count":
      return fixed(value, 0);
    case "percent":
      return `${fixed(value, 1)}%`;
    case "per10k":
    case "workingDays":
    case "days":
    case "weeks":
      return fixed(value, 1);
    case "ratio":
      return fixed(value, 2);
  }
}

/**
 * Writes a metric's value for people, or its DfE symbol.
 *
 * @param m - A metric or breakdown entry.
 * @returns The text.
 */
export function formatValue(m: MetricResult): string {
  return missingSymbol(m) ?? formatNumber(m.value ?? 0, m.unit);
}

function count(value: number | null, m: MetricResult): string {
  if (value === null) return m.suppressed ? "c" : "";
  return fixed(value, 2);
}

/**
 * A period as a column heading: `2024-25` for a collection year (1 April to 31 March), else
 * `START/END`.
 *
 * @param r - A core data set.
 * @returns The heading.
 */
export function periodLabel(r: CoreDataSetResult): string {
  const { start, end } = r.period;
  if (start.endsWith("-04-01") && end.endsWith("-03-31") && Number(end.slice(0, 4)) === Number(start.slice(0, 4)) + 1) return `${start.slice(0, 4)}-${end.slice(2, 4)}`;
  return `${start}/${end}`;
}

const LABEL_WIDTH = 64;

function shorten(text: string): string {
  return text.length > LABEL_WIDTH ? `${text.slice(0, LABEL_WIDTH - 3).trimEnd()}...` : text;
}

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * The core data set as a plain-text table: one line per metric and breakdown entry, one value
 * column per period (with numerator and denominator when there is one period). Labels and the
 * population's vintage are printed with any control character escaped.
 *
 * @param results - One result per period, oldest first.
 * @param options - `maxDepth`: the deepest breakdown level to show (default 2).
 * @returns The table, lines ending in `\n`.
 *
 * @example
 * {@includeCode ../../tests/cli/formatMetrics.test.ts#docs-example}
 */
export function formatMetricsTable(results: readonly CoreDataSetResult[], options: { readonly maxDepth?: number } = {}): string {
  const [first] = results;
  if (first === undefined) return "";
  const rows: string[][] = [];
  const single = results.length === 1;
  const header = ["Metric", ...results.map(periodLabel), ...(single ? ["Numerator", "Denominator"] : [])];
  let family = "";
  const familyRows = new Set<number>();
  for (const { result: m, depth, family: f } of flattenMetrics(first, options.maxDepth ?? 2)) {
    if (f !== family) {
      family = f;
      familyRows.add(rows.length);
      rows.push([f.charAt(0).toUpperCase() + f.slice(1)]);
    }
    const label = shorten(`${"  ".repeat(depth + 1)}${escapeTerminal(m.label)}`);
    const values = results.map((r) => {
      const other = r === first ? m : findMetric(r, m.id);
      return other === undefined ? "" : formatValue(other);
    });
    rows.push([label, ...values, ...(single ? [count(m.numerator, m), count(m.denominator, m)] : [])]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((_, r) => !familyRows.has(r)).map((row) => (row[i] ?? "").length)));
  const lines: string[] = [];
  const title = `Core data set, ${results.length === 1 ? `period ${first.period.start} to ${first.period.end}` : `${String(results.length)} periods`}${first.population === null ? " (no population: rates per 10,000 not available)" : `, population ${first.population.children0to17.toLocaleString("en-GB")} (${escapeTerminal(first.population.vintage)})`}${first.suppress === null ? "" : `, counts 1 to ${String(first.suppress.threshold - 1)} suppressed (c)`}`;
  lines.push(title, "");
  lines.push(header.map((h, i) => pad(h, widths[i] ?? 0, i > 0)).join("  ").trimEnd());
  lines.push(widths.map((w) => "-".repeat(w)).join("  "));
  rows.forEach((row, r) => {
    if (familyRows.has(r)) {
      if (r > 0) lines.push("");
      lines.push(row[0] ?? "");
    } else lines.push(row.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join("  ").trimEnd());
  });
  lines.push("", `c = suppressed (disclosure control), x = not available, z = a distribution (see the lines below it).`);
  return `${lines.join("\n")}\n`;
}

/**
 * Finds a metric or breakdown entry of a result by its id (`plans.open/cp/per10k`).
 *
 * @param result - A core data set.
 * @param id - The id.
 * @returns The entry, or `undefined`.
 */
export function findMetric(result: CoreDataSetResult, id: string): MetricResult | undefined {
  const [head, ...keys] = id.split("/");
  let m: MetricResult | undefined = (result.metrics as Readonly<Record<string, MetricResult | undefined>>)[head ?? ""];
  let path = head ?? "";
  for (const k of keys) {
    path = `${path}/${k}`;
    m = m?.breakdown?.[k] ?? Object.values(m?.breakdown ?? {}).find((b) => b.id === path);
  }
  return m;
}

/** The columns of the CSV output. */
export const METRICS_CSV_COLUMNS = [
  "period_start",
  "period_end",
  "snapshot",
  "metric_id",
  "family",
  "label",
  "unit",
  "value",
  "numerator",
  "denominator",
  "counting_unit",
  "suppressed",
  "notes",
] as const;

/**
 * The core data set as a tidy CSV table: one row per period and metric or breakdown entry.
 * Values are exact (not rounded); a missing value is written as its DfE symbol (`c`, `x`, `z`).
 *
 * @param results - One result per period.
 * @returns The CSV text with a header row.
 */
export function formatMetricsCsv(results: readonly CoreDataSetResult[]): string {
  const parts = [csvRow(METRICS_CSV_COLUMNS)];
  for (const r of results) {
    for (const { result: m, family } of flattenMetrics(r)) {
      parts.push(
        csvRow([
          r.period.start,
          r.period.end,
          r.snapshot,
          m.id,
          family,
          m.label,
          m.unit,
          missingSymbol(m) ?? m.value,
          m.numerator,
          m.denominator,
          m.countingUnit,
          m.suppressed,
          m.notes.join(" "),
        ]),
      );
    }
  }
  return parts.join("");
}
