// Charts as inline SVG: no script, no font, no request. Each chart has a title and a text
// alternative, and fixed width and height so that it renders at its size everywhere.

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

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * A horizontal bar chart.
 *
 * @param title - What the chart shows (also its text alternative).
 * @param bars - The bars, top to bottom.
 * @param options - `width` in pixels (default 640), `kind` for the CSS class.
 * @returns The `<svg>` element.
 */
export function barChart(title: string, bars: readonly Bar[], options: { readonly width?: number; readonly kind?: string } = {}): string {
  const width = options.width ?? 640;
  const labelWidth = Math.min(300, Math.max(80, ...bars.map((b) => b.label.length * 7.2 + 8)));
  const valueWidth = 70;
  const row = 22;
  const top = 28;
  const height = top + bars.length * row + 8;
  const plot = width - labelWidth - valueWidth - 16;
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart ${escapeHtml(options.kind ?? "bars")}" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<text class="chart-title" x="0" y="16">${escapeHtml(title)}</text>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(`<text class="label" x="${round(labelWidth - 6)}" y="${String(y + 15)}" text-anchor="end">${escapeHtml(b.label)}</text>`);
    if (b.value !== null && max > 0) {
      const w = Math.max(b.value > 0 ? 1 : 0, (b.value / max) * plot);
      parts.push(`<rect class="bar${b.hollow === true ? " hollow" : ""}" x="${round(labelWidth)}" y="${String(y + 3)}" width="${round(w)}" height="${String(row - 6)}"><title>${escapeHtml(`${b.label}: ${b.text}`)}</title></rect>`);
      parts.push(`<text class="value" x="${round(labelWidth + w + 4)}" y="${String(y + 15)}">${escapeHtml(b.text)}</text>`);
    } else if (b.value !== null) {
      // A value with nothing to scale a bar against (every value is 0): its number, as any
      // value is written, never styled as a symbol.
      parts.push(`<text class="value" x="${round(labelWidth + 4)}" y="${String(y + 15)}">${escapeHtml(b.text)}</text>`);
    } else {
      const note = b.note === undefined ? "" : `<tspan class="why" dx="6">${escapeHtml(b.note)}</tspan>`;
      parts.push(`<text class="value" x="${round(labelWidth + 4)}" y="${String(y + 15)}"><tspan class="symbol">${escapeHtml(b.symbol ?? b.text)}</tspan>${note}</text>`);
    }
  });
  parts.push(`<line class="axis" x1="${round(labelWidth)}" y1="${String(top)}" x2="${round(labelWidth)}" y2="${String(height - 8)}"/>`);
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
 * A line chart over periods (the trend), one series, with a dot and its value at each period.
 * A `null` value is a gap: the line breaks there, no dot is drawn, and its symbol (`x`, `c`)
 * stands on the axis in its place. A hollow point is a value computed with less history than it
 * needs.
 *
 * @param title - What the chart shows.
 * @param xLabels - The periods, oldest first.
 * @param series - The series.
 * @param options - `width` (default 300) and `height` (default 170).
 * @returns The `<svg>` element.
 */
export function lineChart(title: string, xLabels: readonly string[], series: Series, options: { readonly width?: number; readonly height?: number } = {}): string {
  const width = options.width ?? 300;
  const height = options.height ?? 170;
  // Room for the first and last period labels, centred on their points.
  const left = 30;
  const right = 30;
  const top = 40;
  const bottom = 26;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const known = series.values.filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  const min = Math.min(0, ...known);
  const span = max - min || 1;
  const n = xLabels.length;
  const x = (i: number): number => left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number): number => top + plotH - ((v - min) / span) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart trend" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-label="${escapeHtml(title)}">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<text class="chart-title" x="0" y="16">${escapeHtml(title)}</text>`);
  parts.push(`<line class="axis" x1="${String(left)}" y1="${round(top + plotH)}" x2="${String(width - right)}" y2="${round(top + plotH)}"/>`);
  const points: string[] = [];
  // The line in runs of consecutive values: a gap ends a run, and a run of one point has no line.
  const runs: string[][] = [[]];
  series.values.forEach((v, i) => {
    const label = xLabels[i] ?? "";
    parts.push(`<text class="tick" x="${round(x(i))}" y="${String(height - 8)}" text-anchor="middle">${escapeHtml(label)}</text>`);
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
    points.push(`<circle class="dot${hollow ? " hollow" : ""}" cx="${round(x(i))}" cy="${round(y(v))}" r="${hollow ? "4" : "3.5"}"><title>${escapeHtml(`${label}: ${text}`)}</title></circle>`);
    points.push(`<text class="value" x="${round(x(i))}" y="${round(y(v) - 8)}" text-anchor="middle">${escapeHtml(text)}</text>`);
  });
  const path = runs.filter((r) => r.length > 1).map((r) => `M${r.join("L")}`).join(" ");
  if (path !== "") parts.push(`<path class="line" d="${path}"/>`);
  parts.push(...points, "</svg>");
  return parts.join("");
}
