// Charts as inline SVG: no script, no font, no request. Each chart has a title, a text
// alternative with its values (`aria-label` its name, `<desc>` the values and the scale), a
// labelled value axis with round ticks and gridlines, and fixed width and height so that it
// renders at its size everywhere. Nothing is drawn for a value that is not there: a bar's place
// holds the symbol and why, a line breaks and the symbol stands on the axis.
import { axisScale, tickText, type AxisScale } from "./scale";

/** Escapes text for HTML and SVG. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** One bar: a label and a value, or a symbol (`c` suppressed, `x` not available) in its place. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly symbol?: string;
  /** The value as people read it, printed at the end of the bar. */
  readonly text: string;
  /** Why there is no bar, in a few words, printed after the symbol (e.g. "no population"). */
  readonly note?: string;
  /** Drawn as an outline: a value computed with less history than it needs. */
  readonly hollow?: boolean;
}

/** A chart's value axis: its title (what is measured, in what unit) and how it is scaled. */
export interface ValueAxis {
  /** Written at the axis: the unit, e.g. "Per 10,000 children", "% of referrals", "Children". */
  readonly title: string;
  /** Start at 0: counts (a bar chart always starts at 0). Default `true`. */
  readonly zeroBased?: boolean;
  /** Whole-number ticks: counts. Default `false`. */
  readonly integer?: boolean;
  /** The most the measure can be (100 for a percentage): the axis stops there. */
  readonly ceiling?: number;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The scale and its words for a text alternative: "Per cent, scale 15 to 25". */
function scaleWords(axis: ValueAxis | undefined, scale: AxisScale): string {
  return `${axis === undefined || axis.title === "" ? "Scale" : `${axis.title}, scale`} ${tickText(scale.min, scale)} to ${tickText(scale.max, scale)}`;
}

/**
 * A horizontal bar chart with a value axis from 0 (a bar's length is its value): round ticks
 * with vertical gridlines under the bars, the axis title under them. A bar without a value has
 * its symbol and why written in its place.
 *
 * @param title - What the chart shows (also its accessible name).
 * @param bars - The bars, top to bottom.
 * @param options - `width` in pixels (default 640), `kind` for the CSS class, `axis` (its title; `integer` for counts).
 * @returns The `<svg>` element.
 */
export function barChart(title: string, bars: readonly Bar[], options: { readonly width?: number; readonly kind?: string; readonly axis?: ValueAxis } = {}): string {
  const width = options.width ?? 640;
  const labelWidth = Math.min(300, Math.max(80, ...bars.map((b) => b.label.length * 7.2 + 8)));
  const valueWidth = 70;
  const row = 22;
  const top = 28;
  const base = top + bars.length * row + 4;
  const axisTitle = options.axis?.title ?? "";
  const height = base + (axisTitle === "" ? 22 : 38);
  const plot = width - labelWidth - valueWidth - 16;
  const known = bars.map((b) => b.value).filter((v): v is number => v !== null);
  // Every value 0: an axis of 0 to 1 in whole numbers (not 0.00, 0.25, …).
  const whole = options.axis?.integer === true || (known.length > 0 && known.every((v) => v === 0));
  const scale = axisScale(known, { zeroBased: true, ...(whole ? { integer: true } : {}), ...(options.axis?.ceiling === undefined ? {} : { ceiling: options.axis.ceiling }) });
  const x = (v: number): number => labelWidth + ((v - scale.min) / (scale.max - scale.min)) * plot;
  const parts: string[] = [];
  const desc = `${scaleWords(options.axis, scale)}. ${bars.map((b) => `${b.label}: ${b.value === null ? `${b.symbol ?? b.text}${b.note === undefined ? "" : ` (${b.note})`}` : b.text}`).join("; ")}.`;
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart ${escapeHtml(options.kind ?? "bars")}" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title><desc>${escapeHtml(desc)}</desc>`);
  parts.push(`<text class="chart-title" x="0" y="16">${escapeHtml(title)}</text>`);
  for (const t of scale.ticks) {
    parts.push(`<line class="grid" x1="${round(x(t))}" y1="${String(top)}" x2="${round(x(t))}" y2="${String(base)}"/>`);
    parts.push(`<text class="tick x-tick" x="${round(x(t))}" y="${String(base + 14)}" text-anchor="middle">${escapeHtml(tickText(t, scale))}</text>`);
  }
  if (axisTitle !== "") parts.push(`<text class="axis-title" x="${round(labelWidth + plot / 2)}" y="${String(base + 31)}" text-anchor="middle">${escapeHtml(axisTitle)}</text>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(`<text class="label" x="${round(labelWidth - 6)}" y="${String(y + 15)}" text-anchor="end">${escapeHtml(b.label)}</text>`);
    if (b.value !== null) {
      const w = b.value > 0 ? Math.max(1, x(b.value) - x(0)) : 0;
      // A 0 has no bar: its number is written at the axis, as any value is, never as a symbol.
      if (w > 0) parts.push(`<rect class="bar${b.hollow === true ? " hollow" : ""}" x="${round(x(0))}" y="${String(y + 3)}" width="${round(w)}" height="${String(row - 6)}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>`);
      parts.push(`<text class="value" x="${round(x(0) + w + 4)}" y="${String(y + 15)}">${escapeHtml(b.text)}</text>`);
    } else {
      const note = b.note === undefined ? "" : `<tspan class="why" dx="6">${escapeHtml(b.note)}</tspan>`;
      parts.push(`<text class="value" x="${round(x(0) + 4)}" y="${String(y + 15)}"><tspan class="symbol">${escapeHtml(b.symbol ?? b.text)}</tspan>${note}</text>`);
    }
  });
  parts.push(`<line class="axis" x1="${round(x(0))}" y1="${String(top)}" x2="${round(x(0))}" y2="${String(base)}"/>`);
  parts.push(`<line class="axis" x1="${round(labelWidth)}" y1="${String(base)}" x2="${round(labelWidth + plot)}" y2="${String(base)}"/>`);
  parts.push("</svg>");
  return parts.join("");
}

/** One series of a line chart: a value (or `null`, a gap) per point of the x axis. */
export interface Series {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Each value as people read it (for a gap: the symbol printed in its place, `x` or `c`). */
  readonly texts: readonly string[];
  /** Which points are drawn hollow: values computed with less history than they need. */
  readonly hollow?: readonly boolean[];
  /** Why each gap is one, in a few words (the point's tooltip; the caption says it in full). */
  readonly gapNotes?: readonly (string | undefined)[];
}

/**
 * A line chart over periods (the trend), one series, with a dot and its value at each period, a
 * value axis with round ticks, gridlines and its title (the unit), and the periods along the
 * bottom. Counts are drawn from 0 (`axis.zeroBased`, the default); rates and percentages
 * (`zeroBased: false`) on a scale around their own range. A `null` value is a gap: the line
 * breaks there, no dot is drawn, and its symbol (`x`, `c`) stands on the axis in its place. A
 * hollow point is a value computed with less history than it needs.
 *
 * @param title - What the chart shows (its accessible name).
 * @param xLabels - The periods, oldest first.
 * @param series - The series.
 * @param options - `width` (default 330), `height` (default 210), `axis` (title and scale).
 * @returns The `<svg>` element.
 */
export function lineChart(title: string, xLabels: readonly string[], series: Series, options: { readonly width?: number; readonly height?: number; readonly axis?: ValueAxis } = {}): string {
  const width = options.width ?? 330;
  const height = options.height ?? 210;
  const known = series.values.filter((v): v is number => v !== null);
  const scale = axisScale(known, { zeroBased: options.axis?.zeroBased ?? true, ...(options.axis?.integer === true ? { integer: true } : {}), ...(options.axis?.ceiling === undefined ? {} : { ceiling: options.axis.ceiling }) });
  const tickWidth = Math.max(...scale.ticks.map((t) => tickText(t, scale).length)) * 7 + 10;
  const left = Math.max(40, Math.round(tickWidth));
  const right = 14;
  const top = 44;
  const bottom = 28;
  // Room for the first and last period labels, centred on their points.
  const inset = 26;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = xLabels.length;
  const x = (i: number): number => left + (n === 1 ? plotW / 2 : inset + (i * (plotW - 2 * inset)) / (n - 1));
  const y = (v: number): number => top + plotH - ((v - scale.min) / (scale.max - scale.min)) * plotH;
  const points = series.values.map((v, i) => {
    const text = series.texts[i] ?? "";
    const note = series.gapNotes?.[i];
    return `${xLabels[i] ?? ""}: ${v === null && note !== undefined ? `${text} (${note})` : text}`;
  });
  const desc = `${scaleWords(options.axis, scale)}. ${points.join("; ")}.`;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart trend" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title><desc>${escapeHtml(desc)}</desc>`);
  parts.push(`<text class="chart-title" x="0" y="16">${escapeHtml(title)}</text>`);
  if (options.axis !== undefined && options.axis.title !== "") parts.push(`<text class="axis-title" x="0" y="34">${escapeHtml(options.axis.title)}</text>`);
  for (const t of scale.ticks) {
    parts.push(`<line class="grid" x1="${String(left)}" y1="${round(y(t))}" x2="${String(width - right)}" y2="${round(y(t))}"/>`);
    parts.push(`<text class="tick y-tick" x="${String(left - 6)}" y="${round(y(t) + 4)}" text-anchor="end">${escapeHtml(tickText(t, scale))}</text>`);
  }
  parts.push(`<line class="axis" x1="${String(left)}" y1="${String(top)}" x2="${String(left)}" y2="${round(top + plotH)}"/>`);
  parts.push(`<line class="axis" x1="${String(left)}" y1="${round(top + plotH)}" x2="${String(width - right)}" y2="${round(top + plotH)}"/>`);
  const dots: string[] = [];
  // The line in runs of consecutive values: a gap ends a run, and a run of one point has no line.
  const runs: string[][] = [[]];
  series.values.forEach((v, i) => {
    const label = xLabels[i] ?? "";
    parts.push(`<text class="tick x-tick" x="${round(x(i))}" y="${String(height - 8)}" text-anchor="middle">${escapeHtml(label)}</text>`);
    const text = series.texts[i] ?? "";
    if (v === null) {
      const note = series.gapNotes?.[i];
      parts.push(`<line class="gap" x1="${round(x(i))}" y1="${String(top)}" x2="${round(x(i))}" y2="${round(top + plotH - 16)}"/>`);
      parts.push(`<text class="value symbol gap-mark" x="${round(x(i))}" y="${round(top + plotH - 4)}" text-anchor="middle"><title>${escapeHtml(`${label}: ${text}${note === undefined ? "" : ` (${note})`}`)}</title>${escapeHtml(text)}</text>`);
      runs.push([]);
      return;
    }
    runs.at(-1)?.push(`${round(x(i))},${round(y(v))}`);
    const hollow = series.hollow?.[i] === true;
    dots.push(`<circle class="dot${hollow ? " hollow" : ""}" cx="${round(x(i))}" cy="${round(y(v))}" r="${hollow ? "4" : "3.5"}"><title>${escapeHtml(`${label}: ${text}`)}</title></circle>`);
    dots.push(`<text class="value" x="${round(x(i))}" y="${round(y(v) - 8)}" text-anchor="middle">${escapeHtml(text)}</text>`);
  });
  const path = runs.filter((r) => r.length > 1).map((r) => `M${r.join("L")}`).join(" ");
  if (path !== "") parts.push(`<path class="line" d="${path}"/>`);
  parts.push(...dots, "</svg>");
  return parts.join("");
}

/**
 * A sparkline: the shape of a trend in a line of text, without axes (the words beside it give
 * the values). Scaled as {@link lineChart} is (counts from 0); nothing is drawn for a `null`;
 * the latest value has a larger dot.
 *
 * @param label - Its accessible name (the values are added to it).
 * @param xLabels - The periods, oldest first.
 * @param series - The values and their texts.
 * @param options - `zeroBased` (default `true`), `integer`, `ceiling`, `width` (default 120) and `height` (default 34).
 * @returns The `<svg>` element.
 *
 * @example
 * {@includeCode ../../../tests/cli/renderHtmlReportSummary.test.ts#sparkline}
 */
export function sparkline(label: string, xLabels: readonly string[], series: Pick<Series, "values" | "texts">, options: { readonly zeroBased?: boolean; readonly integer?: boolean; readonly ceiling?: number; readonly width?: number; readonly height?: number } = {}): string {
  const width = options.width ?? 120;
  const height = options.height ?? 34;
  const pad = 5;
  const known = series.values.filter((v): v is number => v !== null);
  const scale = axisScale(known, { zeroBased: options.zeroBased ?? true, ...(options.integer === true ? { integer: true } : {}), ...(options.ceiling === undefined ? {} : { ceiling: options.ceiling }) });
  const n = series.values.length;
  const x = (i: number): number => pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number): number => height - pad - ((v - scale.min) / (scale.max - scale.min)) * (height - 2 * pad);
  const name = `${label}: ${series.values.map((_, i) => `${xLabels[i] ?? ""} ${series.texts[i] ?? ""}`).join(", ")}`;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" class="spark" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeHtml(name)}">`];
  parts.push(`<line class="base" x1="${String(pad)}" y1="${String(height - pad)}" x2="${String(width - pad)}" y2="${String(height - pad)}"/>`);
  const runs: string[][] = [[]];
  let last = -1;
  series.values.forEach((v, i) => {
    if (v === null) {
      runs.push([]);
      return;
    }
    runs.at(-1)?.push(`${round(x(i))},${round(y(v))}`);
    last = i;
  });
  const path = runs.filter((r) => r.length > 1).map((r) => `M${r.join("L")}`).join(" ");
  if (path !== "") parts.push(`<path class="line" d="${path}"/>`);
  series.values.forEach((v, i) => {
    if (v !== null) parts.push(`<circle class="dot" cx="${round(x(i))}" cy="${round(y(v))}" r="${i === last ? "3" : "1.8"}"/>`);
  });
  parts.push("</svg>");
  return parts.join("");
}
