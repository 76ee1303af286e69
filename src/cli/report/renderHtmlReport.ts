import { METRIC_CATALOGUE, type CoreDataSetResult, type MetricResult } from "../../metrics";
import { excludedText, figureAvailability, findMetric, flattenMetricsOfAll, formatNumber, HISTORY_MARK, historyText, missingSymbol, periodLabel, unavailableNote } from "../formatMetrics";
import { areasOf, comparatorsOf, comparatorValue, type Comparator } from "./comparator";
import { FAMILY_TEXT, METRIC_DEFINITIONS } from "./definitions";
import { axisFor, cell, drawable, missingWords, nowrapPeriods, valueText } from "./figures";
import { HEADLINE_FIGURES, summarySection } from "./summary";
import { barChart, escapeHtml, lineChart, type Bar } from "./svg";

/** Options of {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** The report's title. Default "Core data set". */
  readonly title?: string;
  /** A line under the title, e.g. the authority or "Synthetic data". */
  readonly subtitle?: string;
  /** The files the figures were computed from, with their kind and how many records each gave (`unit`: child records, or the workers of a workforce census). */
  readonly inputs?: readonly { readonly name: string; readonly kind: string; readonly records?: number; readonly unit?: "records" | "workers" }[];
  /** How many findings the readers made (listed by the command on stderr and in its JSON). */
  readonly findings?: { readonly error: number; readonly warning: number; readonly info: number };
  /** When the report was made (written as given; the function reads no clock). */
  readonly generatedAt?: string;
  /** The deepest breakdown level shown in the tables (default: every level). */
  readonly maxDepth?: number;
  /**
   * Other areas' figures (England, statistical neighbours, a region) to compare with: each is
   * shown beside the figure of the same `metricId` and `period` (England first, then in the
   * order given), in the summary for the latest period and in the families' tables for every
   * period.
   */
  readonly comparators?: readonly Comparator[];
}

const STYLE = `
:root{--ink:#0b0c0c;--muted:#505a5f;--line:#b1b4b6;--grid:#dcdcdc;--bar:#1d70b8;--accent:#d4351c;--bg:#fff;--band:#f3f2f1}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:2rem;margin:0 0 4px}h2{font-size:1.5rem;margin:40px 0 8px;border-bottom:3px solid var(--bar);padding-bottom:4px}
h3{font-size:1.1rem;margin:24px 0 8px}
.sub,.muted{color:var(--muted)}
a{color:#1d4f91}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:16px 0}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.95rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--band)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.headline td{font-weight:600}
tr.d1 td:first-child{padding-left:24px}tr.d2 td:first-child{padding-left:44px;color:var(--muted)}tr.d3 td:first-child{padding-left:64px;color:var(--muted)}tr.d4 td:first-child{padding-left:84px;color:var(--muted)}
tr.cmp td{font-size:.88rem;color:var(--ink);background:#f8f8f8}
tr.cmp td:first-child{padding-left:32px}
tr.cmp .area{font-style:italic}
tr.cmp .src{margin-left:0;max-width:50ch;text-align:left}
p.def{font-weight:400;color:var(--muted);margin:2px 0 0;font-size:.88rem;max-width:60ch}
.sym{color:var(--accent);font-weight:600}
.mark{color:var(--accent);font-weight:600;margin-left:1px}
.why{display:block;font-size:.78rem;font-weight:400;color:var(--muted);white-space:normal;min-width:6em;max-width:11em;margin-left:auto}
.table-wrap{overflow-x:auto}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
ul.notes{margin:4px 0 0;padding-left:18px;font-size:.85rem;font-weight:400;color:var(--ink);max-width:70ch}
ul.notes li{margin:2px 0}
figcaption{font-size:.82rem;color:var(--muted);max-width:330px;margin-top:4px}
figcaption p{margin:2px 0}
.hollow-key{display:inline-block;width:9px;height:9px;border:2px solid var(--bar);border-radius:50%;background:var(--bg);vertical-align:-1px}
.charts{display:flex;flex-wrap:wrap;gap:16px 24px;margin:8px 0 16px}
figure{margin:0}
p.no-chart{border-left:4px solid var(--line);padding:4px 10px;margin:8px 0;max-width:70ch}
svg.chart{display:block;max-width:100%;height:auto;overflow:visible}
svg .chart-title{font-size:13px;font-weight:600;fill:var(--ink)}
svg .label,svg .tick{font-size:12px;fill:var(--ink)}
svg .axis-title{font-size:12px;fill:var(--muted)}
svg .value{font-size:12px;fill:var(--muted)}
svg .symbol{fill:var(--accent);font-weight:600}
svg .bar{fill:var(--bar)}
svg .axis{stroke:var(--muted);stroke-width:1}
svg .grid{stroke:var(--grid);stroke-width:1}
svg .line{fill:none;stroke:var(--bar);stroke-width:2.5}
svg .dot{fill:var(--bar)}
svg .dot.hollow{fill:var(--bg);stroke:var(--bar);stroke-width:2}
svg .bar.hollow{fill:var(--bg);stroke:var(--bar);stroke-width:1.5}
svg .why{fill:var(--muted);font-weight:400}
svg .gap{stroke:var(--line);stroke-width:1;stroke-dasharray:3 3}
svg.spark{display:block;flex:none}
svg.spark .line{stroke-width:1.8}
svg.spark .base{stroke:var(--line);stroke-width:1}
table.summary th[scope=row]{font-weight:600;width:26%}
table.summary td.latest{font-size:1.15rem;font-weight:600}
table.summary .rate{display:block;font-size:.72em;font-weight:400;color:var(--muted);white-space:normal}
table.summary .trendbox{display:flex;align-items:center;gap:8px}
table.summary .change{font-size:.95em}
.nw{white-space:nowrap}
table.summary .arrow{font-size:.75rem}
table.summary td.cmp ul{margin:0;padding:0;list-style:none}
table.summary td.cmp li{margin-bottom:2px}
table.summary .diff,.why-inline{color:var(--muted)}
p.sources{font-size:.85rem;color:var(--muted)}
nav.contents ol{columns:2;max-width:40em;padding-left:24px}
nav.contents a{display:inline-block;min-height:24px;padding:2px 0}
details.sources{margin:8px 0 16px;font-size:.9rem}
details.sources summary{cursor:pointer;font-weight:600}
details.sources dt{font-weight:600;margin-top:8px}details.sources dd{margin:0 0 0 16px}
footer{margin-top:48px;color:var(--muted);font-size:.9rem}
@page{size:A4;margin:14mm 12mm}
@media print{
:root{--accent:#0b0c0c;--muted:#333;--bar:#3a3a3a;--band:#eee}
body{font-size:10pt}
h1{font-size:18pt}h2{font-size:14pt}h3{font-size:11pt}
header p.sub{margin:2px 0}
main{max-width:none;padding:0}
h2{break-after:avoid;margin-top:0}h3{break-after:avoid}
a{color:inherit;text-decoration:none}
section.family,#about{break-before:page}
nav.contents{break-inside:avoid}
figure,tr,li,p,.charts>figure,p.no-chart{break-inside:avoid}
.table-wrap{overflow:visible}
thead{display:table-header-group}
details.sources summary{list-style:none;cursor:auto}
details.sources summary::-webkit-details-marker{display:none}
details.sources::details-content{content-visibility:visible;display:block}
table.summary{font-size:8.5pt}
table.summary td.latest{font-size:10.5pt}
table.summary th,table.summary td{padding:3px 5px}
table.summary th[scope=row]{width:24%}
svg.spark{width:72px;height:auto}
#summary p{font-size:8.5pt;margin:4px 0}
}
`;

function bar(m: MetricResult | undefined, label: string): Bar {
  if (m === undefined) return { label, value: null, symbol: "x", text: "x", note: "not computed" };
  const symbol = missingSymbol(m);
  if (symbol === undefined) {
    const hollow = figureAvailability(m).status === "incomplete-history";
    return { label, value: m.value, text: `${formatNumber(m.value ?? 0, m.unit)}${hollow ? HISTORY_MARK : ""}`, ...(hollow ? { hollow } : {}) };
  }
  const note = missingWords(m);
  return { label, value: null, symbol, text: symbol, ...(note === undefined ? {} : { note }) };
}

/**
 * A bar chart, or, when no bar has a value, a sentence saying so and why (no empty chart is
 * drawn).
 */
function barsOrSentence(title: string, bars: readonly Bar[], options: Parameters<typeof barChart>[2]): string {
  if (bars.every((b) => b.value === null)) {
    const why = [...new Set(bars.map((b) => (b.note === undefined ? (b.symbol ?? "x") : `${b.symbol ?? "x"}: ${b.note}`)))];
    return `<p class="no-chart"><strong>${escapeHtml(title)}</strong>: no figure is available (${escapeHtml(why.join("; "))}), so no chart is drawn.</p>`;
  }
  return `<figure>${barChart(title, bars, options)}</figure>`;
}

function bandsChart(result: CoreDataSetResult, id: string, title: string, kind: string): string {
  const bands = findMetric(result, id);
  if (bands?.breakdown === undefined) return "";
  const entries = Object.values(bands.breakdown);
  const [first] = entries;
  if (first === undefined) return "";
  const total = bands.denominator;
  return barsOrSentence(`${title}${total === null ? "" : ` (${total.toLocaleString("en-GB")})`}`, entries.map((b) => bar(b, b.label)), { width: 500, kind, axis: axisFor(first) });
}

function ratesChart(result: CoreDataSetResult): string {
  const withPopulation = result.population !== null;
  const rows: readonly [string, string, string][] = [
    ["activity.referral-rate", "activity.referrals", "Referrals"],
    ["activity.assessments/per10k", "activity.assessments", "Assessments completed"],
    ["activity.s47-enquiries/per10k", "activity.s47-enquiries", "Section 47 enquiries"],
    ["activity.icpcs/per10k", "activity.icpcs", "Initial conferences"],
    ["plans.open/per10k", "plans.open", "Children in need at the snapshot"],
    ["plans.open/cin/per10k", "plans.open/cin", "On a child in need plan"],
    ["plans.open/cp/per10k", "plans.open/cp", "On a child protection plan"],
    ["plans.open/lac/per10k", "plans.open/lac", "Looked after"],
  ];
  const bars = rows.map(([rate, count, label]) => bar(findMetric(result, withPopulation ? rate : count), label));
  const title = withPopulation ? `Rates per 10,000 children, ${periodLabel(result)}` : `Counts, ${periodLabel(result)} (no population given: no rates)`;
  return barsOrSentence(title, bars, { width: 640, kind: "rates", axis: withPopulation ? { title: "Per 10,000 children aged 0 to 17" } : { title: "Number", integer: true } });
}

/**
 * The trend chart of one figure over the periods, with its caption (why a point is missing, how
 * much history a hollow point had, what was left out); or, when no period has a value, a
 * sentence instead of a chart.
 */
function trendChart(results: readonly CoreDataSetResult[], id: string, title: string): { readonly html: string; readonly hollow: boolean; readonly gap: boolean } | undefined {
  const labels = results.map(periodLabel);
  const ms = results.map((r) => findMetric(r, id));
  if (ms.every((m) => m === undefined)) return undefined;
  const symbols = ms.map((m) => (m === undefined ? "x" : missingSymbol(m)));
  const values = ms.map(drawable);
  const gapNotes = ms.map((m) => missingWords(m));
  // Gaps, one line per reason: a reader sees why the line breaks, not only that it does.
  const gaps = new Map<string, { symbol: string; periods: string[] }>();
  ms.forEach((_, i) => {
    const symbol = symbols[i];
    if (symbol === undefined) return;
    const note = gapNotes[i];
    const why = symbol === "c" ? "suppressed (disclosure control)" : symbol === "z" ? "not applicable" : note === undefined || note === "not available" ? "not available" : `not available (${note})`;
    const entry = gaps.get(`${symbol} ${why}`) ?? { symbol, periods: [] };
    entry.periods.push(labels[i] ?? "");
    gaps.set(`${symbol} ${why}`, entry);
  });
  if (values.every((v) => v === null)) {
    const reasons = new Map<string, string[]>();
    ms.forEach((_, i) => reasons.set(gapNotes[i] ?? "not available", [...(reasons.get(gapNotes[i] ?? "not available") ?? []), labels[i] ?? ""]));
    const why = [...reasons].map(([note, periods]) => `${periods.join(", ")}: ${note}`).join("; ");
    return { html: `<p class="no-chart" data-no-chart="${escapeHtml(id)}"><strong>${escapeHtml(title)}</strong>: not available in any period (${nowrapPeriods(escapeHtml(why), labels)}), so no chart is drawn.</p>`, hollow: false, gap: false };
  }
  const hollow = ms.map((m, i) => m !== undefined && symbols[i] === undefined && figureAvailability(m).status === "incomplete-history");
  const caption: string[] = [];
  for (const [key, { symbol, periods }] of gaps) caption.push(`<p><span class="sym">${escapeHtml(symbol)}</span> ${escapeHtml(periods.join(", "))}: ${escapeHtml(key.slice(symbol.length + 1))}; no point plotted.</p>`);
  ms.forEach((m, i) => {
    if (m === undefined || hollow[i] !== true) return;
    caption.push(`<p><span class="hollow-key" aria-hidden="true"></span> <span class="mark">${HISTORY_MARK}</span> ${escapeHtml(labels[i] ?? "")}: ${escapeHtml(historyText(m) ?? "")}</p>`);
  });
  ms.forEach((m, i) => {
    const left = m === undefined || symbols[i] !== undefined ? undefined : excludedText(m);
    if (left !== undefined) caption.push(`<p>${escapeHtml(labels[i] ?? "")}: ${escapeHtml(left)}</p>`);
  });
  const unitOf = ms.find((m) => m !== undefined) as MetricResult;
  const chart = lineChart(title, labels, { name: title, values, texts: ms.map(valueText), hollow, gapNotes }, { axis: axisFor(unitOf) });
  return { html: `<figure>${chart}${caption.length === 0 ? "" : `<figcaption>${caption.join("")}</figcaption>`}</figure>`, hollow: hollow.some(Boolean), gap: gaps.size > 0 };
}

/** A family's trend charts: its headline figures over the periods (several periods only). */
function familyTrend(results: readonly CoreDataSetResult[], family: string): string {
  if (results.length < 2) return "";
  const charts = HEADLINE_FIGURES.filter((h) => h.family === family)
    .map((h) => trendChart(results, h.id, h.label))
    .filter((c) => c !== undefined);
  if (charts.length === 0) return "";
  const labels = results.map(periodLabel);
  const key: string[] = ["Counts are drawn from 0; rates and percentages on a scale around their own range (read the axis)."];
  if (charts.some((c) => c.gap)) key.push(`A gap in a line, with <span class="sym">x</span> or <span class="sym">c</span> on the axis, is a figure that is not available or suppressed: it is not plotted, never drawn as 0.`);
  if (charts.some((c) => c.hollow)) key.push(`A hollow point (<span class="hollow-key" aria-hidden="true"></span>, value marked <span class="mark">${HISTORY_MARK}</span>) was computed with less history than the measure needs, so it may be understated.`);
  const figures = charts.filter((c) => c.html.startsWith("<figure>")).map((c) => c.html);
  const sentences = charts.filter((c) => !c.html.startsWith("<figure>")).map((c) => c.html);
  return `<h3>Trend, ${escapeHtml(labels[0] ?? "")} to ${escapeHtml(labels.at(-1) ?? "")}</h3>${figures.length === 0 ? "" : `<p class="muted">${key.join(" ")}</p><div class="charts">${figures.join("")}</div>`}${sentences.join("")}`;
}
/** The notes of a metric in its table: why figures are not available, history, exclusions. */
function availabilityNotes(entries: readonly MetricResult[], results: readonly CoreDataSetResult[]): string {
  const single = results.length === 1;
  // Each distinct note once, with where it applies: the breakdown entries (by label) and periods.
  const notes = new Map<string, { mark: string; where: Map<string, string[]> }>();
  const add = (mark: string, text: string, label: string, period: string): void => {
    const entry = notes.get(`${mark}\u0000${text}`) ?? { mark, where: new Map<string, string[]>() };
    const periods = entry.where.get(label) ?? [];
    if (period !== "") periods.push(period);
    entry.where.set(label, periods);
    notes.set(`${mark}\u0000${text}`, entry);
  };
  const [headline] = entries;
  for (const entry of entries) {
    for (const r of results) {
      const m = findMetric(r, entry.id);
      if (m === undefined) continue;
      const label = entry === headline ? "" : entry.label;
      const period = single ? "" : periodLabel(r);
      if (missingSymbol(m) === "x") {
        const reason = unavailableNote(m);
        if (reason !== undefined) add("x", reason, label, period);
      }
      const history = historyText(m);
      if (history !== undefined) add(HISTORY_MARK, history, label, period);
      const left = figureAvailability(m).status === "unavailable" ? undefined : excludedText(m);
      if (left !== undefined) add("", left, label, period);
    }
  }
  if (notes.size === 0) return "";
  const items = [...notes].map(([key, { mark, where }]) => {
    const text = key.slice(key.indexOf("\u0000") + 1);
    const places = [...where].map(([label, periods]) => (label === "" ? periods.join(", ") : periods.length === 0 ? label : `${label} (${periods.join(", ")})`)).filter((p) => p !== "");
    const shown = places.length > 6 ? `${places.slice(0, 6).join("; ")} and ${String(places.length - 6)} more` : places.join("; ");
    const symbol = mark === "" ? "" : `<span class="${mark === "x" ? "sym" : "mark"}">${escapeHtml(mark)}</span> `;
    return `<li>${symbol}${shown === "" ? "" : `${escapeHtml(shown)}: `}${escapeHtml(text)}</li>`;
  });
  return `<ul class="notes">${items.join("")}</ul>`;
}

function countCell(value: number | null, m: MetricResult): string {
  if (value !== null) return escapeHtml(value.toLocaleString("en-GB", { maximumFractionDigits: 2 }));
  return m.suppressed ? `<span class="sym">c</span>` : "";
}

/** The rows of the comparators of a figure: one per area, England first, a cell per period. */
function comparatorRows(results: readonly CoreDataSetResult[], entry: MetricResult, comparators: readonly Comparator[], single: boolean): string[] {
  return areasOf(comparators, entry.id).map(({ area, rows }) => {
    const cells = results.map((r) => {
      const [c] = comparatorsOf(rows, entry.id, periodLabel(r));
      if (c === undefined) return `<td class="num"></td>`;
      const v = comparatorValue(c, entry.unit);
      return `<td class="num">${v.symbol === undefined ? escapeHtml(v.text) : `<span class="sym">${escapeHtml(v.text)}</span><span class="why">${escapeHtml(v.words ?? "")}</span>`}</td>`;
    });
    const sources = [...new Set(rows.map((c) => c.source))].join("; ");
    return `<tr class="cmp"><td><span class="area">${escapeHtml(area)}</span><span class="vh"> (comparator)</span><span class="why src">${escapeHtml(sources)}</span></td>${cells.join("")}${single ? `<td class="num"></td><td class="num"></td>` : ""}</tr>`;
  });
}

function familyTable(results: readonly CoreDataSetResult[], family: string, maxDepth: number, comparators: readonly Comparator[]): string {
  const [first] = results;
  if (first === undefined) return "";
  const single = results.length === 1;
  const head = `<tr><th scope="col">Metric</th>${results.map((r) => `<th scope="col" class="num">${escapeHtml(periodLabel(r))}</th>`).join("")}${single ? `<th scope="col" class="num">Numerator</th><th scope="col" class="num">Denominator</th>` : ""}</tr>`;
  const entries = flattenMetricsOfAll(results, maxDepth).filter((e) => e.family === family);
  const rows: string[] = [];
  entries.forEach(({ result: entry, depth }, i) => {
    let definition = "";
    if (depth === 0) {
      const own: MetricResult[] = [entry];
      for (let j = i + 1; j < entries.length && (entries[j]?.depth ?? 0) > 0; j++) own.push((entries[j] as (typeof entries)[number]).result);
      const id = entry.id as keyof typeof METRIC_DEFINITIONS;
      definition = `${id in METRIC_DEFINITIONS ? `<p class="def">${escapeHtml(METRIC_DEFINITIONS[id])}</p>` : ""}${availabilityNotes(own, results)}`;
    }
    const notes = depth === 0 && entry.notes.length > 0 ? ` title="${escapeHtml(entry.notes.join(" "))}"` : "";
    const values = results.map((r) => `<td class="num">${cell(findMetric(r, entry.id))}</td>`).join("");
    const counts = single ? `<td class="num">${countCell(entry.numerator, entry)}</td><td class="num">${countCell(entry.denominator, entry)}</td>` : "";
    rows.push(`<tr class="${depth === 0 ? "headline" : `d${String(Math.min(depth, 4))}`}" data-metric="${escapeHtml(entry.id)}"><td${notes}>${escapeHtml(entry.label)}${definition}</td>${values}${counts}</tr>`);
    rows.push(...comparatorRows(results, entry, comparators, single));
  });
  if (rows.length === 0) return `<p class="muted">No figure of this family was computed.</p>`;
  return `<div class="table-wrap"><table><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function familyCharts(result: CoreDataSetResult, family: string): string {
  const charts: string[] = [];
  if (family === "activity") charts.push(ratesChart(result));
  if (family === "timeliness") {
    charts.push(bandsChart(result, "timeliness.assessment-duration/bands", `Assessments by working days taken, ${periodLabel(result)}`, "histogram"));
    charts.push(bandsChart(result, "timeliness.icpc/bands", `Initial conferences by working days from section 47 start, ${periodLabel(result)}`, "histogram"));
  }
  if (family === "plans") {
    for (const [type, name] of [["cp", "Child protection plans"], ["cin", "Child in need plans"], ["lac", "Periods of care"], ["early-help", "Early help episodes"]] as const) {
      charts.push(bandsChart(result, `plans.duration/${type}/bands`, `${name} ending in ${periodLabel(result)}, by duration`, "durations"));
    }
  }
  const shown = charts.filter((c) => c !== "");
  if (shown.length === 0) return "";
  const figures = shown.filter((c) => c.startsWith("<figure>"));
  const sentences = shown.filter((c) => !c.startsWith("<figure>"));
  return `<h3>${escapeHtml(periodLabel(result))}</h3>${figures.length === 0 ? "" : `<div class="charts">${figures.join("")}</div>`}${sentences.join("")}`;
}

/** Markdown of the catalogue's sources as plain text: code spans, emphasis and links unwrapped. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*]/g, "");
}

/** A family's DfE sources and differences, folded (unfolded in print). */
function familySources(family: string): string {
  const defs = METRIC_CATALOGUE.filter((m) => m.family === family);
  if (defs.length === 0) return "";
  const items = defs.map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>Source: ${escapeHtml(plain(m.source))}${m.differences.trim() === "None." ? "" : ` Differences: ${escapeHtml(plain(m.differences))}`}</dd>`);
  return `<details class="sources"><summary>Sources and differences from DfE's measures</summary><dl>${items.join("")}</dl></details>`;
}

type FigureState = "available" | "x" | "c" | "history";

function figureState(m: MetricResult): FigureState | undefined {
  const symbol = missingSymbol(m);
  if (symbol === "z") return undefined;
  if (symbol === "c" || symbol === "x") return symbol;
  return figureAvailability(m).status === "incomplete-history" ? "history" : "available";
}

/** The states of a metric's figures: its headline value (unless a distribution) and every breakdown entry. */
function figureStates(m: MetricResult, out: FigureState[] = []): FigureState[] {
  const own = figureState(m);
  if (own !== undefined) out.push(own);
  for (const entry of Object.values(m.breakdown ?? {})) figureStates(entry, out);
  return out;
}

/**
 * How many metrics of a period are available, partly available, not available, suppressed or
 * incomplete, counting every figure of a metric (its breakdown entries as well as its headline):
 * a metric whose headline is `x` but whose looked-after entries are shown has some figures.
 */
function figuresSummary(result: CoreDataSetResult): string {
  const counts = { available: 0, some: 0, x: 0, c: 0, history: 0 };
  const all = Object.values(result.metrics).filter((m): m is MetricResult => m !== undefined);
  for (const m of all) {
    const states = figureStates(m);
    const shown = states.filter((s) => s === "available" || s === "history").length;
    const headline = figureState(m);
    if (states.length > 0 && states.every((s) => s === "available")) counts.available++;
    else if (headline === "history") counts.history++;
    else if (shown > 0 && shown < states.length) counts.some++;
    else if (shown > 0) counts.history++;
    else if (headline === "c" || (headline === undefined && states.length > 0 && states.every((s) => s === "c"))) counts.c++;
    else counts.x++;
  }
  const parts = [`${String(counts.available)} available`];
  if (counts.some > 0) parts.push(`${String(counts.some)} with some figures available`);
  if (counts.x > 0) parts.push(`${String(counts.x)} not available (x)`);
  if (counts.c > 0) parts.push(`${String(counts.c)} suppressed (c)`);
  if (counts.history > 0) parts.push(`${String(counts.history)} computed with less history than needed (${HISTORY_MARK})`);
  return `${periodLabel(result)}: ${String(all.length)} metrics, ${parts.join(", ")}`;
}

/**
 * Writes the core data set as one self-contained HTML page for a director and the analysts
 * behind them:
 *
 * 1. the title and the authority;
 * 2. a one-page summary: the headline figures ({@link HEADLINE_FIGURES}) of the latest period
 *    with their rates, their trend (a sparkline and the change since the period before in
 *    words) and the comparators of the same measure and period (England first);
 * 3. a contents list;
 * 4. a section per metric family: the trend charts of its headline figures, the latest period's
 *    charts, and a table of every figure with its definition, its availability notes and the
 *    comparators' rows, and the DfE sources folded under it;
 * 5. what the figures were made from (periods, population, disclosure control, records,
 *    inputs, findings), and the symbols.
 *
 * Charts are inline SVG with a labelled value axis, round ticks and gridlines: counts from 0,
 * rates and percentages on a scale around their own range, the periods along the bottom.
 * Nothing is drawn for a figure that is not there: DfE's symbol stands in its place with why
 * (`c` suppressed, `x` not available, `z` not applicable), and a measure with no figure in any
 * period has a sentence instead of a chart. The page prints on A4, a family to a page. It
 * makes no network request: inline CSS, inline SVG, no script, no external font, and a
 * Content-Security-Policy that forbids loading anything. Every text given (title, authority,
 * comparators' areas and sources) is escaped.
 *
 * Pure: the same results and options give the same text (pass `generatedAt` to date it).
 *
 * @param results - One core data set, or one per period (a trend), in any order: they are shown oldest first.
 * @param options - Title, subtitle, the inputs, the findings count, the date it was made, comparators.
 * @returns The HTML document.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReport.test.ts#docs-example}
 */
export function renderHtmlReport(results: CoreDataSetResult | readonly CoreDataSetResult[], options: HtmlReportOptions = {}): string {
  const list = (Array.isArray(results) ? [...(results as readonly CoreDataSetResult[])] : [results as CoreDataSetResult]).sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  const latest = list.at(-1);
  const title = options.title ?? "Core data set";
  const maxDepth = options.maxDepth ?? Infinity;
  const comparators = options.comparators ?? [];
  const labels = list.map(periodLabel);
  const body: string[] = [];
  const span = labels.length === 0 ? "" : labels.length === 1 ? (labels[0] ?? "") : `${labels[0] ?? ""} to ${labels.at(-1) ?? ""}`;
  body.push(`<header><h1>${escapeHtml(title)}</h1>${options.subtitle === undefined ? "" : `<p class="sub">${escapeHtml(options.subtitle)}</p>`}${span === "" ? "" : `<p class="sub">${escapeHtml(`${span}${options.generatedAt === undefined ? "" : `. Made ${options.generatedAt}`}.`)}</p>`}</header>`);
  if (latest === undefined) {
    body.push(`<p>No results.</p>`);
  } else {
    body.push(summarySection(list, comparators));
    const families = Object.entries(FAMILY_TEXT);
    body.push(
      `<nav class="contents" aria-labelledby="contents-h"><h2 id="contents-h">Contents</h2><ol><li><a href="#summary">Summary</a></li>${families.map(([id, f]) => `<li><a href="#${id}">${escapeHtml(f.title)}</a></li>`).join("")}<li><a href="#about">About these figures</a></li><li><a href="#symbols">Symbols</a></li></ol></nav>`,
    );
    for (const [family, text] of families) {
      body.push(`<section id="${family}" class="family" aria-labelledby="${family}-h"><h2 id="${family}-h">${escapeHtml(text.title)}</h2><p class="muted">${escapeHtml(text.intro)}</p>${familyTrend(list, family)}${familyCharts(latest, family)}<h3>All figures</h3>${familyTable(list, family, maxDepth, comparators)}${familySources(family)}</section>`);
    }
    const meta: [string, string][] = [
      [list.length === 1 ? "Period" : "Periods", list.map((r) => `${r.period.start} to ${r.period.end}`).join("; ")],
      ["Snapshot", list.map((r) => r.snapshot).join("; ")],
      ["Population", latest.population === null ? "not given: rates per 10,000 children are not available (x)" : `${latest.population.children0to17.toLocaleString("en-GB")} children aged 0 to 17 (${latest.population.vintage})`],
      ["Disclosure control", latest.suppress === null ? "none: small numbers are shown" : `counts from 1 to ${String(latest.suppress.threshold - 1)}, and rates built on them, are shown as c`],
    ];
    // What was read: child records, and the workers of a workforce census (a census alone gives
    // no child record: "0 records read" would say nothing was read).
    const workers = (options.inputs ?? []).filter((i) => i.unit === "workers");
    if (workers.length === 0 || list.some((r) => r.records.read > 0 || r.records.skipped > 0)) {
      meta.push(["Records", list.map((r) => `${r.records.read.toLocaleString("en-GB")} read${r.records.skipped > 0 ? `, ${r.records.skipped.toLocaleString("en-GB")} skipped as invalid` : ""}`).join("; ")]);
    }
    if (workers.length > 0) {
      const n = workers.reduce((sum, i) => sum + (i.records ?? 0), 0);
      meta.push(["Workers", `${n.toLocaleString("en-GB")} read from ${workers.length === 1 ? "the workforce census" : `${String(workers.length)} workforce censuses`}`]);
    }
    meta.push(["Figures", list.map(figuresSummary).join("; ")]);
    if (options.inputs !== undefined && options.inputs.length > 0) {
      meta.push(["Inputs", options.inputs.map((i) => `${i.name} (${i.kind}${i.records === undefined ? "" : `, ${i.records.toLocaleString("en-GB")}${i.unit === "workers" ? " workers" : ""}`})`).join("; ")]);
    }
    if (options.findings !== undefined) {
      const { error, warning, info } = options.findings;
      meta.push(["Findings", `${String(error)} ${error === 1 ? "error" : "errors"}, ${String(warning)} ${warning === 1 ? "warning" : "warnings"}, ${String(info)} info (listed by the command)`]);
    }
    if (comparators.length > 0) {
      // Every comparator given is accounted for: shown, or counted as for a measure or period the report does not have.
      const shown = new Set(flattenMetricsOfAll(list, maxDepth).flatMap(({ result }) => labels.map((p) => `${result.id}\u0000${p}`)));
      const left = comparators.filter((c) => !shown.has(`${c.metricId}\u0000${c.period}`)).length;
      const areas = [...new Set(comparators.map((c) => c.area))];
      meta.push(["Comparators", `${comparators.length.toLocaleString("en-GB")} given (${areas.join(", ")})${left === 0 ? ", all shown" : `; ${left.toLocaleString("en-GB")} not shown: for a measure or period this report does not have`}`]);
    }
    if (options.generatedAt !== undefined) meta.push(["Made", options.generatedAt]);
    body.push(`<section id="about" aria-labelledby="about-h"><h2 id="about-h">About these figures</h2><dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl></section>`);
  }
  body.push(
    `<footer id="symbols"><p>Symbols, as in DfE statistics: <span class="sym">c</span> suppressed to protect confidentiality; <span class="sym">x</span> not available (the words under it and the metric's notes say why); <span class="sym">z</span> not applicable (a distribution: see the lines below it). <span class="mark">${HISTORY_MARK}</span> computed with less history than the measure looks back over, so it may be understated (the notes say how much). A figure some events were left out of says how many and why. Percentages and rates are written to one decimal place, as DfE writes them; the JSON output has exact values. Charts: counts are drawn from 0; rates and percentages on a scale around their own range.</p><p>Made with kinsafe. Definitions: docs/metrics.md.</p></footer>`,
  );
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kinsafe">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}
