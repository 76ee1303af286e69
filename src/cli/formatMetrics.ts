// The core data set as a text table, as CSV and as JSON; and how values are written (DfE's
// symbols: "c" suppressed, "x" not available, "z" not applicable).
import type { CoreDataSetResult, FactKind, MetricResult, MetricStatus, MetricUnit, UnavailableReason } from "../metrics";
import { METRIC_CATALOGUE } from "../metrics";
import type { Comparator } from "../interop/comparators";
import { comparatorAreas, comparatorLookup } from "./comparators";
import { csvRow, type CsvValue } from "./csv";
import { FAMILY_TEXT } from "./report/definitions";
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
    for (const b of inCodeOrder(m.breakdown ?? {})) walk(b, depth + 1, family);
  };
  for (const def of METRIC_CATALOGUE) {
    const m = result.metrics[def.id];
    if (m !== undefined) walk(m, 0, def.family);
  }
  return out;
}

const CODE = /^(\d+)([A-Z]*)$/;

/**
 * A breakdown's entries in order. An object lists keys that are whole numbers first, so a group
 * keyed by codes that mix them with lettered ones (assessment factors `1A` ... `19C`, `20`, `21`,
 * `22A`) would show `20` and `21` first: such keys are put back in the codes' order, by number
 * then letter, anything else after them in its own order.
 */
function inCodeOrder(breakdown: Readonly<Record<string, MetricResult>>): readonly MetricResult[] {
  const keys = Object.keys(breakdown);
  const codes = keys.filter((k) => CODE.test(k));
  if (!codes.some((k) => /^\d+$/.test(k)) || codes.every((k) => /^\d+$/.test(k))) return Object.values(breakdown);
  const part = (k: string): readonly [number, string] => {
    const m = CODE.exec(k) as RegExpExecArray;
    return [Number(m[1]), m[2] as string];
  };
  const sorted = [...codes].sort((a, b) => {
    const [na, la] = part(a);
    const [nb, lb] = part(b);
    return na - nb || (la < lb ? -1 : la > lb ? 1 : 0);
  });
  return [...sorted, ...keys.filter((k) => !CODE.test(k))].map((k) => breakdown[k] as MetricResult);
}

/**
 * The entries of several results (one per period) as one list: every entry of any of them once,
 * in catalogue order, an entry that only some periods have placed after the entry it follows in
 * its own period.
 *
 * @param results - The results.
 * @param maxDepth - The deepest breakdown level to include (default all).
 * @returns The entries, each taken from the first result that has it.
 */
export function flattenMetricsOfAll(results: readonly CoreDataSetResult[], maxDepth = Infinity): readonly FlatMetric[] {
  const out: FlatMetric[] = [];
  const index = new Map<string, number>();
  for (const r of results) {
    let previous = -1;
    for (const entry of flattenMetrics(r, maxDepth)) {
      const known = index.get(entry.result.id);
      if (known !== undefined) {
        previous = known;
        continue;
      }
      // A new entry goes after the previous entry of its own period (a metric the earlier periods
      // lacked goes after the metrics before it, so catalogue order holds).
      const at = previous + 1;
      out.splice(at, 0, entry);
      for (const [id, n] of index) if (n >= at) index.set(id, n + 1);
      index.set(entry.result.id, at);
      previous = at;
    }
  }
  return out;
}

/** A percentage distribution over something: its shares are in the breakdown (shown as `z`). */
function isDistribution(m: MetricResult): boolean {
  return m.unit === "percent" && m.breakdown !== undefined && m.denominator !== null && m.denominator > 0;
}

/** How a figure is to be shown: whether it can be read, and why not. */
export interface FigureAvailability {
  /** `available`, `unavailable` (written `x`, or `c` when suppressed) or `incomplete-history` (marked {@link HISTORY_MARK}). */
  readonly status: MetricStatus;
  /** Why it is unavailable (`suppressed` for disclosure control); absent when the result does not say. */
  readonly reason?: UnavailableReason;
  /** The kinds of fact it needs that the inputs do not hold (or cannot be used). */
  readonly needs?: readonly FactKind[];
}

/**
 * Whether a figure can be shown, from its `status`, `unavailable` and `suppressed`. A suppressed
 * figure is unavailable for the reason `suppressed`, unless it is unavailable for another reason
 * too (then that reason: disclosure control hid only its numerator); a `null` value that is
 * not a distribution is unavailable even when the result does not say so (a value is never
 * printed where there is none); a value with the status `unavailable` is not shown either.
 *
 * @param m - A metric or breakdown entry.
 * @returns Its availability.
 */
export function figureAvailability(m: MetricResult): FigureAvailability {
  // Unavailable for another reason (a rate without a population whose small numerator disclosure
  // control also hid): that reason, `x`, not `c`; the numerator is `c`.
  const other = m.status === "unavailable" && m.unavailable !== undefined && m.unavailable.reason !== "suppressed";
  if (!other && (m.suppressed || m.unavailable?.reason === "suppressed")) return { status: "unavailable", reason: "suppressed" };
  if (m.status === "unavailable" || (m.value === null && !isDistribution(m))) {
    const u = m.unavailable;
    return u === undefined ? { status: "unavailable" } : { status: "unavailable", reason: u.reason, ...(u.needs === undefined || u.needs.length === 0 ? {} : { needs: u.needs }) };
  }
  return { status: m.status === "incomplete-history" ? "incomplete-history" : "available" };
}

/**
 * The DfE symbol that stands for a missing value, or `undefined` when there is a value:
 * `c` suppressed (disclosure control), `z` not applicable (a distribution, whose shares are in
 * the breakdown), `x` not available (the status `unavailable`: no input, no population,
 * nothing to count; see {@link figureAvailability}).
 *
 * @param m - A metric or breakdown entry.
 * @returns The symbol, or `undefined`.
 */
export function missingSymbol(m: MetricResult): "c" | "x" | "z" | undefined {
  const a = figureAvailability(m);
  if (a.reason === "suppressed") return "c";
  if (a.status === "unavailable") return "x";
  return m.value === null ? "z" : undefined;
}

/** The mark of a figure computed with less history than its definition looks back over. */
export const HISTORY_MARK = "\u2020";

/** Each kind of fact as a noun (short) and as a description (for notes). */
const FACT_WORDS: Readonly<Record<FactKind, { readonly short: string; readonly long: string }>> = {
  "cin-episodes": { short: "CIN census", long: "CIN census episodes (referrals, assessments, section 47 enquiries, conferences, plans)" },
  "looked-after-episodes": { short: "SSDA903 episodes", long: "SSDA903 episodes (children looked after)" },
  visits: { short: "visit records", long: "visits to children on plans (kinsafe records; no statutory return holds them)" },
  "early-help": { short: "early help records", long: "early help episodes (kinsafe records; no statutory return holds them)" },
  "care-proceedings": { short: "court records", long: "pre-proceedings and care proceedings (kinsafe records; no statutory return holds them)" },
  "strategy-discussions": { short: "strategy discussions", long: "the dates of strategy discussions (kinsafe records; the CIN census does not collect them)" },
  uasc: { short: "SSDA903 UASC", long: "unaccompanied asylum-seeking status (the SSDA903 UASC table)" },
  "looked-after-reviews": { short: "SSDA903 Reviews", long: "looked-after reviews (the SSDA903 Reviews table)" },
  missing: { short: "SSDA903 Missing", long: "missing and away-without-authorisation incidents (the SSDA903 Missing table)" },
  "looked-after-outcomes": { short: "SSDA903 OC2", long: "health and offending outcomes of children looked after for 12 months (the SSDA903 OC2 table)" },
  "care-leaver-outcomes": { short: "SSDA903 OC3", long: "care leavers' contact, accommodation and activity (the SSDA903 OC3 table)" },
  adoptions: { short: "SSDA903 AD1", long: "adoptions (the SSDA903 AD1 table)" },
};

function words(needs: readonly FactKind[] | undefined, form: "short" | "long"): string {
  const list = (needs ?? []).map((k) => FACT_WORDS[k][form]);
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1) ?? ""}`;
}

/**
 * Why a figure is not shown, in a few words for a table cell or a chart (`no CIN census`,
 * `no population`, `suppressed`), or `undefined` when it is shown or the result does not say why.
 *
 * @param m - A metric or breakdown entry.
 * @returns The words, or `undefined`.
 */
export function shortReason(m: MetricResult): string | undefined {
  const a = figureAvailability(m);
  if (a.status !== "unavailable" || a.reason === undefined) return undefined;
  switch (a.reason) {
    case "no-input":
      return a.needs === undefined ? "no input" : `no ${words(a.needs, "short").replace(" and ", " or ")}`;
    case "unusable-input":
      return a.needs === undefined ? "input unusable" : `${words(a.needs, "short")} unusable`;
    case "not-covered":
      return "period not covered";
    case "no-population":
      return "no population";
    case "no-workforce":
      return "no workforce census";
    case "no-outcomes":
      return "no outcome data";
    case "no-denominator":
      return "nothing to count";
    case "suppressed":
      return "suppressed";
  }
}

/**
 * Why a figure is not shown, as a sentence for a note, or `undefined` when it is shown or the
 * result does not say why. The result's own notes are not repeated here.
 *
 * @param m - A metric or breakdown entry.
 * @returns The sentence.
 */
export function reasonText(m: MetricResult): string | undefined {
  const a = figureAvailability(m);
  if (a.status !== "unavailable" || a.reason === undefined) return undefined;
  switch (a.reason) {
    case "no-input":
      return a.needs === undefined ? "No input holds the facts it needs." : `No input holds ${words(a.needs, "long")}.`;
    case "unusable-input":
      return a.needs === undefined ? "An input it needs cannot be used." : `The input holding ${words(a.needs, "long")} cannot be used.`;
    case "not-covered":
      return "The inputs do not cover the period (or its snapshot date).";
    case "no-population":
      return "No population was given, and a rate per 10,000 children needs one.";
    case "no-workforce":
      return "No workforce census (or not the item it needs) was given for the period.";
    case "no-outcomes":
      return "The outcome data it needs was not given.";
    case "no-denominator":
      return "There is nothing to count (the denominator is 0).";
    case "suppressed":
      return "Suppressed (disclosure control): a small number, or a figure from which one could be worked out.";
  }
}

/**
 * The note of a figure that is not available: why ({@link reasonText}), with the result's own
 * notes when they say more (an input that cannot be used, or no reason given), or `undefined`
 * when it is available, suppressed, or nothing says why.
 *
 * @param m - A metric or breakdown entry.
 * @returns The note.
 */
export function unavailableNote(m: MetricResult): string | undefined {
  const a = figureAvailability(m);
  if (a.status !== "unavailable" || a.reason === "suppressed") return undefined;
  const own = m.notes.join(" ").trim();
  const reason = reasonText(m);
  if (reason === undefined) return own === "" ? undefined : own;
  return a.reason === "unusable-input" && own !== "" ? `${reason} ${own}` : reason;
}

/**
 * How much history an `incomplete-history` figure had, as a sentence, or `undefined` for any
 * other figure.
 *
 * @param m - A metric or breakdown entry.
 * @returns E.g. "Computed with 3 of the 12 months of history it needs, so it may be understated."
 */
export function historyText(m: MetricResult): string | undefined {
  if (figureAvailability(m).status !== "incomplete-history") return undefined;
  const h = m.history;
  if (h === undefined) return "Computed with less history than it needs, so it may be understated.";
  const covered = h.coveredMonths <= 0 ? "none" : String(h.coveredMonths);
  return `Computed with ${covered} of the ${String(h.neededMonths)} months of history it needs, so it may be understated.`;
}

/**
 * How much history an `incomplete-history` figure had, in a few words (`3 of 12 months' history`).
 *
 * @param m - A metric or breakdown entry.
 * @returns The words, or `undefined` for any other figure.
 */
export function shortHistory(m: MetricResult): string | undefined {
  if (figureAvailability(m).status !== "incomplete-history") return undefined;
  const h = m.history;
  return h === undefined ? "history incomplete" : `${String(Math.max(0, h.coveredMonths))} of ${String(h.neededMonths)} months' history`;
}

/**
 * The events or records left out of a figure, as a sentence, or `undefined` when none was.
 *
 * @param m - A metric or breakdown entry.
 * @returns E.g. "Left out: 3 (assessment authorised before its referral)."
 */
export function excludedText(m: MetricResult): string | undefined {
  const list = (m.excluded ?? []).filter((e) => e.count > 0);
  if (list.length === 0) return undefined;
  return `Left out: ${list.map((e) => `${e.count.toLocaleString("en-GB")}${e.reason.trim() === "" ? "" : ` (${e.reason.trim()})`}`).join("; ")}.`;
}

/**
 * How many events or records were left out of a figure, or 0.
 *
 * @param m - A metric or breakdown entry.
 * @returns The count.
 */
export function excludedCount(m: MetricResult): number {
  return (m.excluded ?? []).reduce((n, e) => n + Math.max(0, e.count), 0);
}

// `padded`: always `digits` decimal places (DfE writes every rate and percentage to one decimal
// place, so that 9.0% stands beside 9.1%, never 9%).
function fixed(value: number, digits: number, padded = false): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: padded ? digits : 0, maximumFractionDigits: digits });
}

/**
 * Writes a number for people: counts whole with thousands separators, percentages and rates to
 * one decimal place always (`9.0%`, as DfE writes them), durations to at most one, ratios to at
 * most two. (JSON and CSV keep the exact value.)
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
      return `${fixed(value, 1, true)}%`;
    case "per10k":
      return fixed(value, 1, true);
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

/** The notes of a table: each distinct text once, numbered in the order they are first needed. */
class Footnotes {
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  ref(text: string): number {
    const known = this.numbers.get(text);
    if (known !== undefined) return known;
    this.texts.push(text);
    this.numbers.set(text, this.texts.length);
    return this.texts.length;
  }
}

/**
 * A figure's cell in the table: its value (or symbol), and the marks after it: the history mark
 * and the numbers of its notes (why it is not available, how much history it had, what was left
 * out).
 */
function tableCell(m: MetricResult, notes: Footnotes): readonly [string, string] {
  const refs: number[] = [];
  const reason = missingSymbol(m) === "x" ? unavailableNote(m) : undefined;
  if (reason !== undefined) refs.push(notes.ref(escapeTerminal(`x: ${reason}`)));
  const history = historyText(m);
  if (history !== undefined) refs.push(notes.ref(`${HISTORY_MARK}: ${history}`));
  const excluded = figureAvailability(m).status === "unavailable" ? undefined : excludedText(m);
  if (excluded !== undefined) refs.push(notes.ref(escapeTerminal(excluded)));
  const mark = `${history === undefined ? "" : HISTORY_MARK}${refs.length === 0 ? "" : `[${refs.join(",")}]`}`;
  return [formatValue(m), mark];
}

/**
 * The core data set as a plain-text table: one line per metric and breakdown entry, one value
 * column per period (with numerator and denominator when there is one period). A figure that is
 * not available is `x` with the number of a note that says why, a suppressed one `c`, one
 * computed with less history than it needs has {@link HISTORY_MARK} and a note saying how much,
 * and a figure some events were left out of has a note saying how many and why; the notes
 * follow the table. Labels, notes and the population's vintage are printed with any control
 * character escaped.
 *
 * Comparators (England, the user's) follow, a column per area and period ("England", or
 * "England 2024-25" with several periods), in the metric's unit; a figure the area has no
 * value for is empty, or the publisher's symbol.
 *
 * @param results - One result per period, oldest first.
 * @param options - `maxDepth`: the deepest breakdown level to show (default 2); `comparators`:
 *   figures to show beside the authority's (default none).
 * @returns The table, lines ending in `\n`.
 *
 * @example
 * {@includeCode ../../tests/cli/formatMetrics.test.ts#docs-example}
 */
export function formatMetricsTable(results: readonly CoreDataSetResult[], options: { readonly maxDepth?: number; readonly comparators?: readonly Comparator[] } = {}): string {
  const [first] = results;
  if (first === undefined) return "";
  const notes = new Footnotes();
  // Each row: the label, then [value, mark] per period, then numerator and denominator.
  const rows: { label: string; values: (readonly [string, string])[]; counts: string[] }[] = [];
  const single = results.length === 1;
  const periods = results.map(periodLabel);
  const cmp = comparatorColumns(results, options.comparators ?? []);
  const countHeads = [...(single ? ["Numerator", "Denominator"] : []), ...cmp.map((c) => c.heading)];
  let family = "";
  const familyRows = new Map<number, string>();
  for (const { result: m, depth, family: f } of flattenMetricsOfAll(results, options.maxDepth ?? 2)) {
    if (f !== family) {
      family = f;
      familyRows.set(rows.length, FAMILY_TEXT[f]?.title ?? f.charAt(0).toUpperCase() + f.slice(1));
    }
    const label = shorten(`${"  ".repeat(depth + 1)}${escapeTerminal(m.label)}`);
    const values = results.map((r): readonly [string, string] => {
      const other = findMetric(r, m.id);
      return other === undefined ? ["", ""] : tableCell(other, notes);
    });
    rows.push({ label, values, counts: [...(single ? [count(m.numerator, m), count(m.denominator, m)] : []), ...cmp.map((c) => c.cell(m))] });
  }
  const labelWidth = Math.max("Metric".length, ...rows.map((r) => r.label.length));
  const valueWidths = periods.map((_, i) => Math.max(0, ...rows.map((r) => (r.values[i]?.[0] ?? "").length)));
  const markWidths = periods.map((_, i) => Math.max(0, ...rows.map((r) => (r.values[i]?.[1] ?? "").length)));
  const columnWidths = periods.map((p, i) => Math.max(p.length, (valueWidths[i] ?? 0) + ((markWidths[i] ?? 0) > 0 ? 1 + (markWidths[i] ?? 0) : 0)));
  const countWidths = countHeads.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.counts[i] ?? "").length)));
  const valueCell = ([value, mark]: readonly [string, string], i: number): string => {
    const mw = markWidths[i] ?? 0;
    const width = columnWidths[i] ?? 0;
    return mw === 0 ? value.padStart(width) : `${value.padStart(width - 1 - mw)} ${mark.padEnd(mw)}`;
  };
  const lines: string[] = [];
  const title = `Core data set, ${results.length === 1 ? `period ${first.period.start} to ${first.period.end}` : `${String(results.length)} periods`}${first.population === null ? " (no population: rates per 10,000 not available)" : `, population ${first.population.children0to17.toLocaleString("en-GB")} (${escapeTerminal(first.population.vintage)})`}${first.suppress === null ? "" : `, counts 1 to ${String(first.suppress.threshold - 1)} suppressed (c)`}`;
  lines.push(title, "");
  lines.push([pad("Metric", labelWidth, false), ...periods.map((p, i) => pad(p, columnWidths[i] ?? 0, true)), ...countHeads.map((h, i) => pad(h, countWidths[i] ?? 0, true))].join("  ").trimEnd());
  lines.push([labelWidth, ...columnWidths, ...countWidths].map((w) => "-".repeat(w)).join("  "));
  rows.forEach((row, r) => {
    const heading = familyRows.get(r);
    if (heading !== undefined) {
      if (r > 0) lines.push("");
      lines.push(heading);
    }
    lines.push([pad(row.label, labelWidth, false), ...row.values.map(valueCell), ...row.counts.map((c, i) => pad(c, countWidths[i] ?? 0, true))].join("  ").trimEnd());
  });
  lines.push("", "c = suppressed (disclosure control), x = not available, z = a distribution (see the lines below it),", `${HISTORY_MARK} = computed with less history than it needs (it may be understated), [n] = note n below.`);
  const depth = options.maxDepth ?? 2;
  const deeper = flattenMetricsOfAll(results).filter((e) => e.depth > depth).length;
  if (deeper > 0) {
    lines.push(
      `Not shown: ${deeper.toLocaleString("en-GB")} rows more than ${String(depth)} levels down (duration bands of each plan type, ages and categories of abuse of children on a plan, the care leavers' groups by age); --format csv, csv-wide, json, xlsx or html gives every row.`,
    );
  }
  if (notes.texts.length > 0) {
    lines.push("", "Notes");
    notes.texts.forEach((text, i) => lines.push(`[${String(i + 1)}] ${text}`));
  }
  return `${lines.join("\n")}\n`;
}

/** A column of comparators in the table: its heading and its cell for a metric. */
interface ComparatorColumn {
  readonly heading: string;
  readonly cell: (m: MetricResult) => string;
}

// The table's comparator columns: one per area and period that has a figure for some metric.
function comparatorColumns(results: readonly CoreDataSetResult[], comparators: readonly Comparator[]): readonly ComparatorColumn[] {
  if (comparators.length === 0) return [];
  const find = comparatorLookup(comparators);
  const periods = results.map(periodLabel);
  const columns: ComparatorColumn[] = [];
  for (const { area } of comparatorAreas(comparators)) {
    for (const period of periods) {
      if (!comparators.some((c) => c.area === area && c.period === period)) continue;
      const name = escapeTerminal(area.length > 28 ? `${area.slice(0, 25).trimEnd()}...` : area);
      columns.push({
        heading: periods.length === 1 ? name : `${name} ${period}`,
        cell: (m) => {
          const c = find(m.id, period, area);
          if (c === undefined) return "";
          return c.value === null ? escapeTerminal(c.symbol ?? "x") : formatNumber(c.value, m.unit);
        },
      });
    }
  }
  return columns;
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

/**
 * The columns of the CSV output. `value` is the exact value, or DfE's symbol when there is none
 * (`c` suppressed, `x` not available, `z` a distribution); `status` is `available`,
 * `unavailable` (the value is `x` or `c`) or `incomplete-history`; `reason` is why it is
 * unavailable (`suppressed` for `c`; the codes of {@link UnavailableReason}) and `needs` the
 * kinds of fact it needs that the inputs do not hold, separated by `;`; the history columns are
 * the months of history an `incomplete-history` figure needs and had; `excluded` is how many
 * events or records were left out of it (empty when none) and `excluded_reasons` why, as
 * `count reason` separated by `;`.
 */
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
  "status",
  "reason",
  "needs",
  "history_months_needed",
  "history_months_covered",
  "excluded",
  "excluded_reasons",
] as const;

/**
 * The core data set as a tidy CSV table: one row per period and metric or breakdown entry.
 * Values are exact (not rounded); a missing value is written as its DfE symbol (`c`, `x`, `z`),
 * never as 0, and the `status` and `reason` columns say why (see {@link METRICS_CSV_COLUMNS}).
 *
 * With comparators, three columns per area follow, after all the others (in the order the areas
 * first appear, England first): `comparator_<area>_value` (the area's figure for the row's
 * metric and period, numbers only), `comparator_<area>_status` (empty with a value; else the
 * publisher's symbol, or `x` when the area has no figure for it) and `comparator_<area>_source`.
 *
 * @param results - One result per period.
 * @param comparators - Figures to set beside the authority's (default none: the columns above).
 * @returns The CSV text with a header row.
 */
export function formatMetricsCsv(results: readonly CoreDataSetResult[], comparators: readonly Comparator[] = []): string {
  const areas = comparatorAreas(comparators);
  const find = comparatorLookup(comparators);
  const parts = [csvRow([...METRICS_CSV_COLUMNS, ...areas.flatMap(({ slug }) => [`comparator_${slug}_value`, `comparator_${slug}_status`, `comparator_${slug}_source`])])];
  for (const r of results) {
    const period = periodLabel(r);
    for (const { result: m, family } of flattenMetrics(r)) {
      const a = figureAvailability(m);
      const symbol = missingSymbol(m);
      const history = a.status === "incomplete-history" ? m.history : undefined;
      const excluded = a.status === "unavailable" ? 0 : excludedCount(m);
      parts.push(
        csvRow([
          r.period.start,
          r.period.end,
          r.snapshot,
          m.id,
          family,
          m.label,
          m.unit,
          symbol ?? m.value,
          m.numerator,
          m.denominator,
          m.countingUnit,
          m.suppressed || a.reason === "suppressed",
          m.notes.join(" "),
          a.status,
          a.reason,
          a.needs?.join(";"),
          history?.neededMonths,
          history?.coveredMonths,
          excluded > 0 ? excluded : null,
          excluded > 0 ? (m.excluded ?? []).filter((e) => e.count > 0).map((e) => `${String(e.count)} ${e.reason.trim()}`.trim()).join("; ") : null,
          ...areas.flatMap(({ area }) => {
            const c = find(m.id, period, area);
            return c === undefined ? [null, "x", null] : [c.value, c.value === null ? (c.symbol ?? "x") : null, c.source];
          }),
        ]),
      );
    }
  }
  return parts.join("");
}

/**
 * The status of a figure in the wide CSV and the workbook: empty when the value is there;
 * `incomplete-history` when it is there but computed with less history than its definition
 * looks back over; else DfE's symbol for why there is no value (`c` suppressed, `x` not
 * available, also for an entry the period does not have, `z` a distribution).
 *
 * @param m - A metric or breakdown entry, or `undefined` when the period does not have it.
 * @returns The status.
 */
export function wideStatus(m: MetricResult | undefined): string {
  if (m === undefined) return "x";
  const symbol = missingSymbol(m);
  if (symbol !== undefined) return symbol;
  return figureAvailability(m).status === "incomplete-history" ? "incomplete-history" : "";
}

/**
 * The core data set as a wide CSV table, for a spreadsheet or a data frame: one row per metric
 * or breakdown entry, and for each period (oldest first) a `value_P` column that holds only
 * numbers (exact; empty when there is no value) and a `status_P` column that says why a value
 * is missing or qualified (see the columns' rules in `docs/cli.md`). `P` is the period's
 * heading: `2024-25` for a collection year, else `START_END`.
 *
 * With comparators, after all the others, a `value_<area>_P` and a `status_<area>_P` column per
 * area (England first) and period that has any figure (`value_england_2024-25`): numbers only,
 * and empty, the publisher's symbol, or `x` when the area has no figure for the row.
 *
 * @param results - One result per period.
 * @param comparators - Figures to set beside the authority's (default none).
 * @returns The CSV text with a header row.
 */
export function formatMetricsWideCsv(results: readonly CoreDataSetResult[], comparators: readonly Comparator[] = []): string {
  const list = [...results].sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  const headings = list.map((r) => periodLabel(r).replace("/", "_"));
  const find = comparatorLookup(comparators);
  const extra = comparatorAreas(comparators).flatMap(({ area, slug }) =>
    list.map(periodLabel).filter((period) => comparators.some((c) => c.area === area && c.period === period)).map((period) => ({ area, period, heading: `${slug}_${period}` })),
  );
  const parts = [csvRow(["metric_id", "family", "label", "unit", "counting_unit", ...headings.flatMap((p) => [`value_${p}`, `status_${p}`]), ...extra.flatMap((e) => [`value_${e.heading}`, `status_${e.heading}`])])];
  for (const { result: first, family } of flattenMetricsOfAll(list)) {
    const cells: CsvValue[] = [first.id, family, first.label, first.unit, first.countingUnit];
    for (const r of list) {
      const m = findMetric(r, first.id);
      const status = wideStatus(m);
      cells.push(m === undefined || missingSymbol(m) !== undefined ? null : m.value, status === "" ? null : status);
    }
    for (const e of extra) {
      const c = find(first.id, e.period, e.area);
      cells.push(c?.value ?? null, c === undefined ? "x" : c.value === null ? (c.symbol ?? "x") : null);
    }
    parts.push(csvRow(cells));
  }
  return parts.join("");
}
