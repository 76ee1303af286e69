import { type CoreDataSetResult, type MetricResult } from "../../metrics";
import { excludedText, figureAvailability, findMetric, flattenMetricsOfAll, formatNumber, formatValue, HISTORY_MARK, historyText, missingSymbol, periodLabel, shortHistory, shortReason, unavailableNote } from "../formatMetrics";
import { FAMILY_TEXT, METRIC_DEFINITIONS } from "./definitions";
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
  /** The deepest breakdown level shown in the tables (default 2). */
  readonly maxDepth?: number;
}

const STYLE = `
:root{--ink:#0b0c0c;--muted:#505a5f;--line:#b1b4b6;--bar:#1d70b8;--accent:#d4351c;--bg:#fff;--band:#f3f2f1}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:2rem;margin:0 0 4px}h2{font-size:1.5rem;margin:40px 0 8px;border-bottom:3px solid var(--bar);padding-bottom:4px}
h3{font-size:1.1rem;margin:24px 0 8px}
.sub,.muted{color:var(--muted)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:16px 0}
dl.meta dt{font-weight:600}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.95rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--band)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.headline td{font-weight:600}
tr.d1 td:first-child{padding-left:24px}tr.d2 td:first-child{padding-left:44px;color:var(--muted)}
p.def{font-weight:400;color:var(--muted);margin:2px 0 0;font-size:.88rem;max-width:60ch}
.sym{color:var(--accent);font-weight:600}
.mark{color:var(--accent);font-weight:600;margin-left:1px}
.why{display:block;font-size:.78rem;font-weight:400;color:var(--muted);white-space:normal;min-width:6em;max-width:11em;margin-left:auto}
.table-wrap{overflow-x:auto}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
ul.notes{margin:4px 0 0;padding-left:18px;font-size:.85rem;font-weight:400;color:var(--ink);max-width:70ch}
ul.notes li{margin:2px 0}
figcaption{font-size:.82rem;color:var(--muted);max-width:320px;margin-top:4px}
figcaption p{margin:2px 0}
.hollow-key{display:inline-block;width:9px;height:9px;border:2px solid var(--bar);border-radius:50%;background:var(--bg);vertical-align:-1px}
.charts{display:flex;flex-wrap:wrap;gap:16px 24px;margin:8px 0 16px}
figure{margin:0}
svg.chart{display:block;max-width:100%;height:auto;overflow:visible}
svg .chart-title{font-size:13px;font-weight:600;fill:var(--ink)}
svg .label,svg .tick{font-size:12px;fill:var(--ink)}
svg .value{font-size:12px;fill:var(--muted)}
svg .symbol{fill:var(--accent);font-weight:600}
svg .bar{fill:var(--bar)}
svg .axis{stroke:var(--line);stroke-width:1}
svg .line{fill:none;stroke:var(--bar);stroke-width:2.5}
svg .dot{fill:var(--bar)}
svg .dot.hollow{fill:var(--bg);stroke:var(--bar);stroke-width:2}
svg .bar.hollow{fill:var(--bg);stroke:var(--bar);stroke-width:1.5}
svg .why{fill:var(--muted);font-weight:400}
svg .gap{stroke:var(--line);stroke-width:1;stroke-dasharray:3 3}
footer{margin-top:48px;color:var(--muted);font-size:.9rem}
@media print{h2{break-after:avoid}figure,tr{break-inside:avoid}}
`;

const SYMBOL_WORDS = { c: "suppressed", x: "not available", z: "not applicable: see the breakdown" } as const;

/**
 * A figure's table cell: the value or DfE's symbol, the history mark, and under it in words why
 * there is no value (`x`), how much history there was (the mark) or how many were left out. The
 * words are text, not a tooltip, so that they are printed and read out.
 */
function cell(m: MetricResult | undefined): string {
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

function countCell(value: number | null, m: MetricResult): string {
  if (value !== null) return escapeHtml(value.toLocaleString("en-GB", { maximumFractionDigits: 2 }));
  return m.suppressed ? `<span class="sym">c</span>` : "";
}

function bar(m: MetricResult | undefined, label: string): Bar {
  if (m === undefined) return { label, value: null, symbol: "x", text: "x", note: "not computed" };
  const symbol = missingSymbol(m);
  if (symbol === undefined) {
    const hollow = figureAvailability(m).status === "incomplete-history";
    return { label, value: m.value, text: `${formatNumber(m.value ?? 0, m.unit)}${hollow ? HISTORY_MARK : ""}`, ...(hollow ? { hollow } : {}) };
  }
  const note = symbol === "x" ? shortReason(m) : symbol === "c" ? "suppressed" : undefined;
  return { label, value: null, symbol, text: symbol, ...(note === undefined ? {} : { note }) };
}

function bandsChart(result: CoreDataSetResult, id: string, title: string, kind: string): string {
  const bands = findMetric(result, id);
  if (bands?.breakdown === undefined) return "";
  const entries = Object.values(bands.breakdown);
  if (entries.length === 0) return "";
  const total = bands.denominator;
  return `<figure>${barChart(`${title}${total === null ? "" : ` (${total.toLocaleString("en-GB")})`}`, entries.map((b) => bar(b, b.label)), { width: 520, kind })}</figure>`;
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
  return `<figure>${barChart(title, bars, { width: 640, kind: "rates" })}</figure>`;
}

const TREND: readonly [string, string][] = [
  ["activity.referrals", "Referrals"],
  ["activity.re-referral-rate", "Re-referrals within 12 months"],
  ["activity.s47-enquiries", "Section 47 enquiries"],
  ["timeliness.assessment-duration/within-45", "Assessments within 45 working days"],
  ["timeliness.icpc/within-15", "Conferences within 15 working days"],
  ["plans.open/cp", "Child protection plans at the snapshot"],
  ["plans.open/lac", "Looked after at the snapshot"],
  ["plans.open", "Children in need at the snapshot"],
  ["workforce.vacancy-rate", "Social worker vacancy rate"],
];

function trendSection(results: readonly CoreDataSetResult[]): string {
  const labels = results.map(periodLabel);
  let anyHollow = false;
  const charts = TREND.map(([id, title]) => {
    const ms = results.map((r) => findMetric(r, id));
    if (ms.every((m) => m === undefined)) return "";
    const symbols = ms.map((m) => (m === undefined ? "x" : missingSymbol(m)));
    const values = ms.map((m, i) => (m === undefined || symbols[i] !== undefined ? null : m.value));
    const hollow = ms.map((m, i) => m !== undefined && symbols[i] === undefined && figureAvailability(m).status === "incomplete-history");
    const texts = ms.map((m, i) => (m === undefined ? "x" : `${formatValue(m)}${hollow[i] === true ? HISTORY_MARK : ""}`));
    const gapNotes = ms.map((m, i) => {
      const symbol = symbols[i];
      if (symbol === undefined) return undefined;
      return m === undefined ? "not computed" : symbol === "x" ? (shortReason(m) ?? "not available") : SYMBOL_WORDS[symbol];
    });
    const caption: string[] = [];
    // Gaps, one line per reason: a reader sees why the line breaks, not only that it does.
    const gaps = new Map<string, { symbol: string; periods: string[] }>();
    ms.forEach((m, i) => {
      const symbol = symbols[i];
      if (symbol === undefined) return;
      const note = gapNotes[i];
      const why = symbol === "c" ? "suppressed (disclosure control)" : symbol === "z" ? "not applicable" : note === undefined || note === "not available" ? "not available" : `not available (${note})`;
      const key = `${symbol} ${why}`;
      const entry = gaps.get(key) ?? { symbol, periods: [] };
      entry.periods.push(labels[i] ?? "");
      gaps.set(key, entry);
    });
    for (const [key, { symbol, periods }] of gaps) caption.push(`<p><span class="sym">${escapeHtml(symbol)}</span> ${escapeHtml(periods.join(", "))}: ${escapeHtml(key.slice(symbol.length + 1))}; no point plotted.</p>`);
    ms.forEach((m, i) => {
      if (m === undefined || hollow[i] !== true) return;
      anyHollow = true;
      caption.push(`<p><span class="hollow-key" aria-hidden="true"></span> <span class="mark">${HISTORY_MARK}</span> ${escapeHtml(labels[i] ?? "")}: ${escapeHtml(historyText(m) ?? "")}</p>`);
    });
    ms.forEach((m, i) => {
      const left = m === undefined || symbols[i] !== undefined ? undefined : excludedText(m);
      if (left !== undefined) caption.push(`<p>${escapeHtml(labels[i] ?? "")}: ${escapeHtml(left)}</p>`);
    });
    const chart = lineChart(title, labels, { name: title, values, texts, hollow, gapNotes }, { width: 320 });
    return `<figure>${chart}${caption.length === 0 ? "" : `<figcaption>${caption.join("")}</figcaption>`}</figure>`;
  }).filter((c) => c !== "");
  if (charts.length === 0) return "";
  const key = `A gap in a line, with <span class="sym">x</span> or <span class="sym">c</span> on the axis, is a figure that is not available or suppressed: it is not plotted, never drawn as 0.${anyHollow ? ` A hollow point (<span class="hollow-key" aria-hidden="true"></span>, value marked <span class="mark">${HISTORY_MARK}</span>) was computed with less history than the measure needs, so it may be understated.` : ""}`;
  return `<section id="trend"><h2>Trend</h2><p class="muted">The same measures for each period, oldest first. ${key}</p><div class="charts">${charts.join("")}</div></section>`;
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

function familyTable(results: readonly CoreDataSetResult[], family: string, maxDepth: number): string {
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
    rows.push(`<tr class="${depth === 0 ? "headline" : `d${String(Math.min(depth, 2))}`}" data-metric="${escapeHtml(entry.id)}"><td${notes}>${escapeHtml(entry.label)}${definition}</td>${values}${counts}</tr>`);
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
  return shown.length === 0 ? "" : `<div class="charts">${shown.join("")}</div>`;
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
 * Writes the core data set as one self-contained HTML page: a table per metric family with each
 * metric's definition, charts as inline SVG (rates per 10,000 children, or counts without a
 * population; timeliness distributions in duration bands; plan durations; the trend when there
 * are several periods) and DfE's symbols for missing values (`c` suppressed, `x` not available,
 * `z` not applicable). It makes no network request: inline CSS, inline SVG, no script, no
 * external font, and a Content-Security-Policy that forbids loading anything.
 *
 * Pure: the same results and options give the same text (pass `generatedAt` to date it).
 *
 * @param results - One core data set, or one per period (a trend), in any order: they are shown oldest first.
 * @param options - Title, subtitle, the inputs, the findings count, the date it was made.
 * @returns The HTML document.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReport.test.ts#docs-example}
 */
export function renderHtmlReport(results: CoreDataSetResult | readonly CoreDataSetResult[], options: HtmlReportOptions = {}): string {
  const list = (Array.isArray(results) ? [...(results as readonly CoreDataSetResult[])] : [results as CoreDataSetResult]).sort((a, b) => (a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0));
  const latest = list.at(-1);
  const title = options.title ?? "Core data set";
  const maxDepth = options.maxDepth ?? 2;
  const body: string[] = [];
  body.push(`<header><h1>${escapeHtml(title)}</h1>${options.subtitle === undefined ? "" : `<p class="sub">${escapeHtml(options.subtitle)}</p>`}</header>`);
  if (latest === undefined) {
    body.push(`<p>No results.</p>`);
  } else {
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
    if (options.generatedAt !== undefined) meta.push(["Made", options.generatedAt]);
    body.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("")}</dl>`);
    body.push(`<nav><p>${list.length > 1 ? `<a href="#trend">Trend</a> · ` : ""}${Object.entries(FAMILY_TEXT).map(([id, f]) => `<a href="#${id}">${escapeHtml(f.title)}</a>`).join(" · ")}</p></nav>`);
    if (list.length > 1) body.push(trendSection(list));
    for (const [family, text] of Object.entries(FAMILY_TEXT)) {
      body.push(`<section id="${family}"><h2>${escapeHtml(text.title)}</h2><p class="muted">${escapeHtml(text.intro)}</p>${familyCharts(latest, family)}${familyTable(list, family, maxDepth)}</section>`);
    }
  }
  body.push(
    `<footer><p>Symbols, as in DfE statistics: <span class="sym">c</span> suppressed to protect confidentiality; <span class="sym">x</span> not available (the words under it and the metric's notes say why); <span class="sym">z</span> not applicable (a distribution: see the lines below it). <span class="mark">${HISTORY_MARK}</span> computed with less history than the measure looks back over, so it may be understated (the notes say how much). A figure some events were left out of (a date that cannot be right) says how many and why. Percentages and rates are rounded for display; the JSON output has exact values.</p><p>Made with kinsafe. Definitions: docs/metrics.md.</p></footer>`,
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
