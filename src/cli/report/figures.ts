// How the report writes one figure: its table cell (value or DfE's symbol, the history mark, why
// in words) and the value axis of a chart of it (its unit, and whether it starts at 0).
import type { MetricResult } from "../../metrics";
import { figureAvailability, formatValue, HISTORY_MARK, missingSymbol, shortHistory, shortReason } from "../formatMetrics";
import { escapeHtml, type ValueAxis } from "./svg";

/** DfE's symbols in words. */
export const SYMBOL_WORDS = { c: "suppressed", x: "not available", z: "not applicable: see the breakdown" } as const;

/**
 * A figure's table cell: the value or DfE's symbol, the history mark, and under it in words why
 * there is no value (`x`), how much history there was (the mark) or how many were left out. The
 * words are text, not a tooltip, so that they are printed and read out.
 *
 * @param m - The figure, or `undefined` when the period has none (an empty cell).
 * @returns The cell's HTML.
 */
export function cell(m: MetricResult | undefined): string {
  if (m === undefined) return "";
  const symbol = missingSymbol(m);
  const a = figureAvailability(m);
  const value = symbol === undefined ? escapeHtml(formatValue(m)) : `<span class="sym" title="${SYMBOL_WORDS[symbol]}">${symbol}</span>`;
  const history = shortHistory(m);
  const mark = history === undefined ? "" : `<span class="mark" aria-hidden="true">${HISTORY_MARK}</span>`;
  const why: string[] = [];
  if (symbol === "x") why.push(shortReason(m) ?? "not available");
  if (history !== undefined) why.push(history);
  const left = a.status === "unavailable" ? 0 : (m.excluded ?? []).reduce((n, e) => n + Math.max(0, e.count), 0);
  if (left > 0) why.push(`${left.toLocaleString("en-GB")} left out`);
  const hidden = symbol === "c" || symbol === "z" ? `<span class="vh"> (${SYMBOL_WORDS[symbol]})</span>` : "";
  return `${value}${mark}${hidden}${why.length === 0 ? "" : `<span class="why">${escapeHtml(why.join("; "))}</span>`}`;
}

/**
 * A figure's value as the charts and the summary write it, with the history mark, or its
 * symbol; `x` when the period has no such figure.
 *
 * @param m - The figure.
 * @returns The text, e.g. `"15.0%†"`, `"1,613"`, `"x"`.
 */
export function valueText(m: MetricResult | undefined): string {
  if (m === undefined) return "x";
  const history = missingSymbol(m) === undefined && figureAvailability(m).status === "incomplete-history";
  return `${formatValue(m)}${history ? HISTORY_MARK : ""}`;
}

/**
 * The value of a figure that can be drawn, or `null`: unavailable, suppressed, a distribution
 * or absent figures are never drawn (and never as 0).
 *
 * @param m - The figure.
 * @returns The value, or `null`.
 */
export function drawable(m: MetricResult | undefined): number | null {
  return m === undefined || missingSymbol(m) !== undefined ? null : m.value;
}

/**
 * Why a figure has no value, in a few words: `not computed` (absent), `suppressed`, DfE's
 * reason for `x`; `undefined` when it has one.
 *
 * @param m - The figure.
 * @returns The words.
 */
export function missingWords(m: MetricResult | undefined): string | undefined {
  if (m === undefined) return "not computed";
  const symbol = missingSymbol(m);
  if (symbol === undefined) return undefined;
  return symbol === "x" ? (shortReason(m) ?? "not available") : SYMBOL_WORDS[symbol];
}

const NOUNS: Readonly<Record<string, string>> = { fte: "FTE posts", days: "working days", cases: "cases", headcount: "workers" };

/**
 * The value axis of a chart of a figure: its unit as the axis title, from 0 for counts only
 * (whole-number ticks), a scale of its own for rates, percentages, durations and ratios.
 *
 * @param m - A figure of the chart (its unit and counting unit).
 * @returns The axis.
 */
export function axisFor(m: Pick<MetricResult, "unit" | "countingUnit">): ValueAxis {
  const noun = NOUNS[m.countingUnit] ?? m.countingUnit;
  switch (m.unit) {
    case "count":
      return { title: `Number of ${noun}`, zeroBased: true, integer: true };
    case "percent":
      return { title: `% of ${noun}`, zeroBased: false, ceiling: 100 };
    case "per10k":
      return { title: "Per 10,000 children", zeroBased: false };
    case "workingDays":
      return { title: "Working days", zeroBased: false };
    case "days":
      return { title: "Days", zeroBased: false };
    case "weeks":
      return { title: "Weeks", zeroBased: false };
    case "ratio":
      return { title: m.countingUnit === "cases" ? "Cases per FTE" : "Ratio", zeroBased: false };
  }
}

/**
 * Keeps each period label ("2023-24") of escaped HTML on one line (a line may break at its hyphen).
 *
 * @param html - Escaped HTML.
 * @param labels - The period labels.
 * @returns The HTML with each label in a span that does not wrap.
 */
export function nowrapPeriods(html: string, labels: readonly string[]): string {
  return labels.reduce((text, label) => text.split(escapeHtml(label)).join(`<span class="nw">${escapeHtml(label)}</span>`), html);
}
