// The report's first page: the headline figures of the latest period, the change since the
// period before (a sparkline and words), and the comparators of the same measure and period.
import type { CoreDataSetResult, MetricResult } from "../../metrics";
import { findMetric, formatNumber, missingSymbol, periodLabel } from "../formatMetrics";
import { comparatorsOf, comparatorValue, comparisonWords, type Comparator } from "./comparator";
import { axisFor, cell, drawable, missingWords, nowrapPeriods, valueText } from "./figures";
import { escapeHtml, sparkline } from "./svg";

/** One headline figure of the summary: a figure, with its rate per 10,000 children beside it when it has one. */
export interface HeadlineFigure {
  /** The figure: a metric id or breakdown path. */
  readonly id: string;
  /** Its rate per 10,000 children aged 0 to 17, written beside it. */
  readonly rateId?: string;
  /** Its name in the summary and the title of its trend chart. */
  readonly label: string;
  /** The family whose section has its trend chart. */
  readonly family: "activity" | "timeliness" | "plans" | "outcomes" | "workforce";
}

/**
 * The headline figures of the summary, in the order they are shown: the measures a director
 * reads first in DfE's children in need and children's social work workforce releases (the
 * codes are the catalogue's `source`). Referrals (C1) and their rate, re-referrals within 12
 * months (C1), section 47 enquiries (C4) and their rate, assessments completed within 45
 * working days (C2), initial conferences within 15 working days of the section 47 start (C4),
 * children in need at 31 March and their rate, children on a child protection plan at 31 March
 * (D1) and their rate, children starting a second or subsequent child protection plan (D3),
 * children looked after at 31 March (SSDA903) and their rate, and the social worker vacancy
 * rate (workforce census). Each also has a trend chart in its family's section.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReportSummary.test.ts#director-report}
 */
export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  { id: "activity.referrals", rateId: "activity.referral-rate", label: "Referrals", family: "activity" },
  { id: "activity.re-referral-rate", label: "Re-referrals within 12 months", family: "activity" },
  { id: "activity.s47-enquiries", rateId: "activity.s47-enquiries/per10k", label: "Section 47 enquiries", family: "activity" },
  { id: "timeliness.assessment-duration/within-45", label: "Assessments within 45 working days", family: "timeliness" },
  { id: "timeliness.icpc/within-15", label: "Conferences within 15 working days", family: "timeliness" },
  { id: "plans.open", rateId: "plans.open/per10k", label: "Children in need at the snapshot", family: "plans" },
  { id: "plans.open/cp", rateId: "plans.open/cp/per10k", label: "Child protection plans at the snapshot", family: "plans" },
  { id: "plans.repeat", label: "Second or subsequent child protection plans", family: "plans" },
  { id: "plans.open/lac", rateId: "plans.open/lac/per10k", label: "Looked after at the snapshot", family: "plans" },
  { id: "workforce.vacancy-rate", label: "Social worker vacancy rate", family: "workforce" },
];

/**
 * The change since the period before, in words (never by colour alone): "Up from 1,586 in
 * 2023-24", "The same as in 2023-24 (22.1%)", or why there is nothing to compare. Figures are
 * compared as written, so two figures written alike are the same.
 */
function changeWords(ms: readonly (MetricResult | undefined)[], labels: readonly string[]): { readonly arrow: string; readonly words: string } {
  const n = ms.length;
  if (n < 2) return { arrow: "", words: "One period only: no trend." };
  const [latest, previous] = [ms[n - 1], ms[n - 2]];
  const [latestLabel, previousLabel] = [labels[n - 1] ?? "", labels[n - 2] ?? ""];
  const now = drawable(latest);
  const before = drawable(previous);
  if (now === null) {
    return { arrow: "", words: `No figure for ${latestLabel} (${missingWords(latest) ?? "not available"})${before === null ? "" : `; ${previousLabel}: ${valueText(previous)}`}.` };
  }
  if (before === null) return { arrow: "", words: `No figure for ${previousLabel} to compare with (${missingWords(previous) ?? "not available"}).` };
  const [a, b] = [valueText(latest), valueText(previous)];
  if (a === b || (latest !== undefined && formatNumber(now, latest.unit) === formatNumber(before, latest.unit))) return { arrow: "\u25B6", words: `The same as in ${previousLabel} (${b}).` };
  return now > before ? { arrow: "\u25B2", words: `Up from ${b} in ${previousLabel}.` } : { arrow: "\u25BC", words: `Down from ${b} in ${previousLabel}.` };
}

/** The comparators of a figure in the latest period, as a list; `""` when none. */
function comparatorList(comparators: readonly Comparator[], id: string, period: string, m: MetricResult | undefined, suffix: string): string {
  const rows = comparatorsOf(comparators, id, period);
  if (rows.length === 0 || m === undefined) return "";
  const own = drawable(m);
  return rows
    .map((c) => {
      const v = comparatorValue(c, m.unit);
      const value = v.symbol === undefined ? `${escapeHtml(v.text)}${suffix}` : `<span class="sym">${escapeHtml(v.text)}</span> <span class="why-inline">(${escapeHtml(v.words ?? "")})</span>`;
      const words = comparisonWords(own, c, m.unit);
      return `<li><span class="area">${escapeHtml(c.area)}</span>: ${value}${words === undefined ? "" : ` <span class="diff">(${escapeHtml(words)})</span>`}</li>`;
    })
    .join("");
}

/**
 * The summary section: a table of {@link HEADLINE_FIGURES} with the latest period's figure (its
 * rate beside it), the trend (a sparkline of every period and the change in words), and, when
 * comparators are given, the comparators of the same measure and period with the difference in
 * words. A figure that is not available is `x` with its reason, never 0; the sources of the
 * comparators follow the table.
 *
 * @param list - The results, oldest first (at least one).
 * @param comparators - The comparators given.
 * @returns The section's HTML.
 */
export function summarySection(list: readonly CoreDataSetResult[], comparators: readonly Comparator[]): string {
  const labels = list.map(periodLabel);
  const latestLabel = labels.at(-1) ?? "";
  const latest = list.at(-1);
  if (latest === undefined) return "";
  const anyComparator = HEADLINE_FIGURES.some((h) => [h.id, h.rateId].some((id) => id !== undefined && comparatorsOf(comparators, id, latestLabel).length > 0));
  const used: Comparator[] = [];
  const rows = HEADLINE_FIGURES.map((h) => {
    const ms = list.map((r) => findMetric(r, h.id));
    const m = ms.at(-1);
    const rate = h.rateId === undefined ? undefined : findMetric(latest, h.rateId);
    const rateCell = h.rateId === undefined || rate === undefined ? "" : `<span class="rate">${drawable(rate) !== null ? `${escapeHtml(valueText(rate))} per 10,000 children` : `rate per 10,000: <span class="sym">${escapeHtml(valueText(rate))}</span> (${escapeHtml(missingWords(rate) ?? "not available")})`}</span>`;
    const change = changeWords(ms, labels);
    const values = ms.map(drawable);
    const axis = axisFor(m ?? ms.find((x) => x !== undefined) ?? { unit: "count", countingUnit: "children" });
    const spark = list.length > 1 && values.some((v) => v !== null) ? sparkline(`${h.label}, ${labels[0] ?? ""} to ${latestLabel}`, labels, { values, texts: ms.map(valueText) }, { zeroBased: axis.zeroBased ?? true, ...(axis.integer === true ? { integer: true } : {}), ...(axis.ceiling === undefined ? {} : { ceiling: axis.ceiling }) }) : "";
    const trend = `<div class="trendbox">${spark}<span class="change">${change.arrow === "" ? "" : `<span class="arrow" aria-hidden="true">${change.arrow}</span> `}${nowrapPeriods(escapeHtml(change.words), labels)}</span></div>`;
    let compared = "";
    if (anyComparator) {
      const items = `${comparatorList(comparators, h.id, latestLabel, m, "")}${h.rateId === undefined ? "" : comparatorList(comparators, h.rateId, latestLabel, rate, " per 10,000")}`;
      for (const id of [h.id, h.rateId]) if (id !== undefined) used.push(...comparatorsOf(comparators, id, latestLabel));
      compared = `<td class="cmp">${items === "" ? `<span class="muted">none given</span>` : `<ul>${items}</ul>`}</td>`;
    }
    return `<tr data-headline="${escapeHtml(h.id)}"><th scope="row">${escapeHtml(h.label)}</th><td class="num latest">${m === undefined ? `<span class="sym">x</span><span class="why">not computed</span>` : missingSymbol(m) === "c" ? `<span class="sym">c</span><span class="why">suppressed</span>` : cell(m)}${rateCell}</td><td class="trend">${trend}</td>${compared}</tr>`;
  });
  const head = `<tr><th scope="col">Measure</th><th scope="col" class="num">${escapeHtml(latestLabel)}</th><th scope="col">${list.length > 1 ? `Trend, ${escapeHtml(labels[0] ?? "")} to ${escapeHtml(latestLabel)}` : "Trend"}</th>${anyComparator ? `<th scope="col">Compared with (${escapeHtml(latestLabel)})</th>` : ""}</tr>`;
  const sources = new Map<string, string[]>();
  for (const c of used) {
    const list = sources.get(c.area) ?? [];
    if (!list.includes(c.source)) list.push(c.source);
    sources.set(c.area, list);
  }
  const sourceText =
    sources.size === 0
      ? comparators.length === 0
        ? "No comparators were given."
        : `No comparator was given for these measures in ${latestLabel}.`
      : `Comparators' sources: ${[...sources].map(([area, list]) => `${area}: ${list.join(", ")}`).join("; ")}.`;
  const intro = `The headline figures for ${latestLabel}${list.length > 1 ? `, and their trend over ${String(list.length)} periods (the change is since ${labels.at(-2) ?? ""})` : ""}. A figure that is not available is <span class="sym">x</span> with the reason; it is never written as 0. The sections below give every figure with its definition.`;
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2><p class="muted">${intro}</p><div class="table-wrap"><table class="summary"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div><p class="sources">${escapeHtml(sourceText)}</p></section>`;
}
