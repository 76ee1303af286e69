// The core data set as a workbook, as data: one sheet per metric family (a row per metric or
// breakdown entry, a value and a status column per period), the definitions and what the
// figures are. The cells are plain objects; writeXlsx.ts turns them into an .xlsx file.
import { METRIC_CATALOGUE, type CoreDataSetResult, type MetricResult, type MetricUnit } from "../metrics";
import { FAMILY_TEXT } from "./report/definitions";
import type { Comparator } from "../interop/comparators";
import { findMetric, flattenMetricsOfAll, HISTORY_MARK, missingSymbol, periodLabel, wideStatus } from "./formatMetrics";

/** A cell of a {@link WorkbookSheet}: text, a number with its Excel number format, or empty. */
export type WorkbookCell =
  | null
  | { readonly type: "text"; readonly value: string; readonly bold?: boolean; readonly indent?: number; readonly wrap?: boolean; readonly right?: boolean }
  | { readonly type: "number"; readonly value: number; readonly format: string };

/** One sheet of a workbook: its name, column widths (in characters), frozen header rows and columns, and rows. */
export interface WorkbookSheet {
  /** The sheet's name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  /** The width of each column, in characters. */
  readonly widths: readonly number[];
  /** How many rows at the top stay in view when scrolling (the header). */
  readonly frozenRows: number;
  /** How many columns at the left stay in view when scrolling. */
  readonly frozenColumns: number;
  readonly rows: readonly (readonly WorkbookCell[])[];
}

/** A workbook as data: its sheets, in order. */
export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
}

/** What the "About" sheet says besides the results. */
export interface MetricsWorkbookOptions {
  /** The title (`--title`); default "Core data set". */
  readonly title?: string;
  /** The local authority (`--authority`, `--authority-code`), as one line ("Anytown (999)"). */
  readonly authority?: string;
  /** The kinsafe version that wrote it. */
  readonly version?: string;
  /** The number of findings from reading the inputs, by severity. */
  readonly findings?: { readonly error: number; readonly warning: number; readonly info: number };
  /** The input files: name, kind and records read. */
  readonly inputs?: readonly { readonly name: string; readonly kind: string; readonly records?: number }[];
  /**
   * Further sheets, placed after the families' sheets and before "Definitions" (a
   * "Comparators" sheet, for instance). Their names must differ from the others'.
   */
  readonly additionalSheets?: readonly WorkbookSheet[];
}

/** Excel's number format for counts (whole, thousands separated). */
export const COUNT_FORMAT = "#,##0";

/** Excel's number format for percentages and rates per 10,000: one decimal place always, as DfE writes them. */
export const RATE_FORMAT = "0.0";

/**
 * The Excel number format of a value: counts `#,##0` (`#,##0.0` for a count with a fraction,
 * such as FTE, so that nothing is rounded away on screen), percentages and rates per 10,000
 * `0.0` (DfE's one decimal place; a percentage is 0 to 100, not a fraction), durations in days,
 * working days or weeks `#,##0.0`, ratios `0.00`. The cell keeps the exact value.
 *
 * @param unit - The value's unit.
 * @param value - The value.
 * @returns The format code.
 *
 * @example
 * {@includeCode ../../tests/cli/metricsXlsx.test.ts#number-format}
 */
export function workbookNumberFormat(unit: MetricUnit, value: number): string {
  switch (unit) {
    case "count":
      return Number.isInteger(value) ? COUNT_FORMAT : "#,##0.0";
    case "percent":
    case "per10k":
      return RATE_FORMAT;
    case "workingDays":
    case "days":
    case "weeks":
      return "#,##0.0";
    case "ratio":
      return "0.00";
  }
}

// Characters XML 1.0 cannot hold (a spreadsheet refuses the file): written as \xNN, as the
// table escapes control characters.
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

function text(value: string, style: { readonly bold?: boolean; readonly indent?: number; readonly wrap?: boolean; readonly right?: boolean } = {}): WorkbookCell {
  return { type: "text", value: cleanText(value), ...style };
}

function heading(value: string): WorkbookCell {
  return text(value, { bold: true });
}

/** Markdown as plain text: links as "text (address)", no code marks or emphasis. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]*)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The value cell of a figure: the number with its format, or DfE's symbol as text (right-aligned, under the numbers). */
function valueCell(m: MetricResult | undefined): WorkbookCell {
  if (m === undefined) return text("x", { right: true });
  const symbol = missingSymbol(m);
  // A value that is not a finite number (never given by the engine) is not written as one.
  if (symbol !== undefined || m.value === null || !Number.isFinite(m.value)) return text(symbol ?? "x", { right: true });
  return { type: "number", value: m.value, format: workbookNumberFormat(m.unit, m.value) };
}

function familyTitle(family: string): string {
  return FAMILY_TEXT[family]?.title ?? family.charAt(0).toUpperCase() + family.slice(1);
}

/** The columns before the periods' on a family's sheet. */
const ENTRY_HEADINGS = ["Metric", "Metric ID", "Unit", "Counting unit"] as const;

function familySheet(family: string, entries: readonly { readonly result: MetricResult; readonly depth: number }[], results: readonly CoreDataSetResult[], periods: readonly string[]): WorkbookSheet {
  const rows: WorkbookCell[][] = [[...ENTRY_HEADINGS.map(heading), ...periods.flatMap((p) => [heading(p), heading(`${p} status`)])]];
  for (const { result: first, depth } of entries) {
    const row: WorkbookCell[] = [text(first.label, depth > 0 ? { indent: depth } : {}), text(first.id), text(first.unit), text(first.countingUnit)];
    for (const r of results) {
      const m = findMetric(r, first.id);
      const status = wideStatus(m);
      row.push(valueCell(m), status === "" ? null : text(status));
    }
    rows.push(row);
  }
  const labelWidth = Math.min(70, Math.max(24, ...entries.map(({ result, depth }) => result.label.length + 2 * depth + 2)));
  const idWidth = Math.min(60, Math.max(12, ...entries.map(({ result }) => result.id.length + 2)));
  return {
    name: familyTitle(family),
    widths: [labelWidth, idWidth, 12, 14, ...periods.flatMap((p) => [Math.max(10, p.length + 2), Math.max(10, p.length + 9)])],
    frozenRows: 1,
    frozenColumns: 1,
    rows,
  };
}

function definitionsSheet(ids: ReadonlySet<string>): WorkbookSheet {
  const rows: WorkbookCell[][] = [["Metric ID", "Metric", "Family", "Unit", "Counting unit", "Definition", "Source"].map(heading)];
  for (const def of METRIC_CATALOGUE) {
    if (!ids.has(def.id)) continue;
    rows.push([text(def.id), text(def.label), text(familyTitle(def.family)), text(def.unit), text(def.countingUnit), text(plain(def.definition), { wrap: true }), text(plain(def.source), { wrap: true })]);
  }
  return { name: "Definitions", widths: [34, 44, 12, 12, 14, 80, 60], frozenRows: 1, frozenColumns: 1, rows };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

function aboutSheet(results: readonly CoreDataSetResult[], periods: readonly string[], options: MetricsWorkbookOptions): WorkbookSheet {
  const [first] = results;
  const rows: WorkbookCell[][] = [[heading("About"), heading("")]];
  const add = (item: string, value: string): void => {
    rows.push([text(item, { bold: true }), text(value, { wrap: true })]);
  };
  add("Title", options.title ?? "Core data set");
  if (options.authority !== undefined) add("Local authority", options.authority);
  add("Periods", results.map((r, i) => `${periods[i] ?? ""} (${r.period.start} to ${r.period.end}, snapshot ${r.snapshot})`).join("; "));
  const population = first?.population ?? null;
  add("Population", population === null ? "Not given: rates per 10,000 children are x (not available)." : `${population.children0to17.toLocaleString("en-GB")} children aged 0 to 17 (${population.vintage}).`);
  const suppress = first?.suppress ?? null;
  add("Disclosure control", suppress === null ? "None: every count is shown." : `Counts from 1 to ${String(suppress.threshold - 1)}, and figures from which one could be worked out, are shown as c.`);
  add("c", "Suppressed (disclosure control). Its status column says c.");
  add("x", "Not available: the inputs cannot tell it (no input, no population, nothing to count, or the period not covered); never 0. Its status column says x.");
  add("z", "Not applicable: a distribution, whose shares are in the rows below it. Its status column says z.");
  add("incomplete-history", `A status: the value is there, but computed with less history than its definition looks back over, so it may be understated (the table and the report mark it ${HISTORY_MARK}).`);
  add("Empty status", "The value is there, as a number.");
  add("Number formats", "Counts #,##0; percentages and rates per 10,000 one decimal place (DfE); durations in days, working days or weeks one decimal place. Each cell holds the exact value: the format rounds only what is shown.");
  for (const input of options.inputs ?? []) add("Input", `${input.name} (${input.kind}${input.records === undefined ? "" : `, ${plural(input.records, "record")}`})`);
  if (options.findings !== undefined) {
    const f = options.findings;
    add("Findings", `${plural(f.error, "error")}, ${plural(f.warning, "warning")}, ${f.info.toLocaleString("en-GB")} info from reading the inputs (printed by kinsafe metrics; all of them in --format json).`);
  }
  add("Written by", `kinsafe${options.version === undefined ? "" : ` ${options.version}`}. The workbook records no author and no time of writing, so the same inputs give the same file.`);
  add("Definitions", "Each metric's definition and DfE source are on the Definitions sheet; the full rules are in kinsafe's docs/metrics.md.");
  return { name: "About", widths: [20, 100], frozenRows: 1, frozenColumns: 0, rows };
}

/**
 * The core data set as a workbook: an "About" sheet (title, authority, periods, population and
 * its vintage, disclosure control, what the symbols mean, inputs, findings, the kinsafe
 * version), then one sheet per metric family in catalogue order (a row per metric or
 * breakdown entry, its label indented by depth and its id as a path, then per period, oldest
 * first, a value column (the exact number, formatted, or DfE's symbol `c`, `x` or `z` as text)
 * and a status column (empty, `incomplete-history`, `c`, `x` or `z`, as the wide CSV's)), any
 * `additionalSheets`, and "Definitions" (each metric on the sheets: id, label, family, units,
 * definition and source from {@link METRIC_CATALOGUE}). Header rows are frozen.
 *
 * @param results - One result per period (any order: written oldest first).
 * @param options - What the About sheet says, and any further sheets.
 * @returns The workbook, as data.
 *
 * @example
 * {@includeCode ../../tests/cli/metricsXlsx.test.ts#workbook}
 */
export function metricsWorkbook(results: readonly CoreDataSetResult[], options: MetricsWorkbookOptions = {}): Workbook {
  const list = [...results].sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  const periods = list.map(periodLabel);
  const byFamily = new Map<string, { result: MetricResult; depth: number }[]>();
  const ids = new Set<string>();
  for (const { result, depth, family } of flattenMetricsOfAll(list)) {
    let entries = byFamily.get(family);
    if (entries === undefined) byFamily.set(family, (entries = []));
    entries.push({ result, depth });
    if (depth === 0) ids.add(result.id);
  }
  return {
    sheets: [
      aboutSheet(list, periods, options),
      ...[...byFamily].map(([family, entries]) => familySheet(family, entries, list, periods)),
      ...(options.additionalSheets ?? []),
      definitionsSheet(ids),
    ],
  };
}

/**
 * The "Comparators" sheet: a row per comparator (metric, period, area and its code, the value
 * as a number in the metric's format, or the publisher's symbol as text with the status beside
 * it, and the source), in the order given.
 *
 * @param comparators - The comparators set beside the figures (England's and the user's).
 * @param results - The results, for each metric's unit.
 * @returns The sheet, for `additionalSheets`.
 *
 * @example
 * {@includeCode ../../tests/cli/metricsXlsx.test.ts#comparators-sheet}
 */
export function comparatorsSheet(comparators: readonly Comparator[], results: readonly CoreDataSetResult[]): WorkbookSheet {
  const unitOf = (id: string): MetricUnit | undefined => results.map((r) => findMetric(r, id)?.unit).find((u) => u !== undefined);
  const rows: WorkbookCell[][] = [["Metric ID", "Period", "Area", "Area code", "Value", "Status", "Source"].map(heading)];
  for (const c of comparators) {
    const unit = unitOf(c.metricId);
    const value: WorkbookCell =
      c.value === null || !Number.isFinite(c.value) ? text(c.symbol ?? "x", { right: true }) : { type: "number", value: c.value, format: unit === undefined ? "General" : workbookNumberFormat(unit, c.value) };
    rows.push([text(c.metricId), text(c.period), text(c.area), c.areaCode === undefined ? null : text(c.areaCode), value, c.value === null ? text(c.symbol ?? "x") : null, text(c.source, { wrap: true })]);
  }
  return { name: "Comparators", widths: [34, 10, 24, 12, 12, 8, 100], frozenRows: 1, frozenColumns: 0, rows };
}

