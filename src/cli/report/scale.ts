// The value axis of a chart: round ticks that cover the data. Counts start at 0 (a bar's or a
// line's height is then the count); rates and percentages get a scale of their own around their
// range, so that 16.6% to 22.1% and 1,613 to 1,586 are each drawn as large as they are.

/** A chart's value axis: from `min` to `max` in steps of `step`, with a tick at each step. */
export interface AxisScale {
  readonly min: number;
  readonly max: number;
  /** A round number: 1, 2, 2.5 or 5 times a power of ten. */
  readonly step: number;
  /** `min`, `min + step`, … `max`, each rounded to `decimals` places. */
  readonly ticks: readonly number[];
  /** The decimal places a tick needs to be written exactly (0 for a step of 1 or more, 1 for 0.5, 2 for 0.25). */
  readonly decimals: number;
}

/** Options of {@link axisScale}. */
export interface AxisScaleOptions {
  /** Start at 0 (counts): the axis runs from 0 (or below, for a negative value) to the largest value. Default `false`. */
  readonly zeroBased?: boolean;
  /** Whole-number ticks only (counts): the step is at least 1 and never 2.5. Default `false`. */
  readonly integer?: boolean;
  /** The most the measure can be (100 for a percentage): the axis does not run past it when the values do not. */
  readonly ceiling?: number;
}

/**
 * The round step nearest above a rough one: 1, 2, 2.5 or 5 times a power of ten.
 *
 * @param rough - A positive number.
 * @returns The step, e.g. `2` for `1.375`, `500` for `403`.
 */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

function decimalsOf(step: number): number {
  for (let d = 0; d < 20; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6 * scaled) return d;
  }
  return 20;
}

/**
 * The value axis of a chart of `values`: about four to six round ticks that cover every value.
 * With `zeroBased` (counts) the axis starts at 0; otherwise (rates, percentages, durations) it
 * runs from the round number at or below the smallest value to the one at or above the largest.
 * Values that are not finite are ignored; with none, or all equal, the axis still has a range
 * (0 to 1, or around the value).
 *
 * @param values - The values to be drawn (unavailable ones left out).
 * @param options - `zeroBased` for counts, `integer` for whole-number ticks.
 * @returns The scale.
 *
 * @example
 * {@includeCode ../../../tests/cli/reportScale.test.ts#axis-scale}
 */
export function axisScale(values: readonly number[], options: AxisScaleOptions = {}): AxisScale {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length === 0 ? 0 : Math.min(...finite);
  let hi = finite.length === 0 ? 0 : Math.max(...finite);
  if (options.zeroBased === true) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(hi), Math.abs(lo))) {
    // One value (or all equal, to a billionth): a range around it, a tenth of it each side (not
    // below 0 when it is not); 0 (or nothing) runs to 1.
    const pad = Math.abs(hi) * 0.1;
    if (pad <= 1e-9) hi = lo + 1;
    else {
      lo = lo > 0 && lo - pad < 0 ? 0 : lo - pad;
      hi += pad;
    }
  }
  const top = options.ceiling;
  if (top !== undefined && Math.max(...finite, lo) <= top && hi > top) hi = Math.max(top, lo + 1e-9);
  const span = hi - lo;
  let step = niceStep(span / 4);
  if (options.integer === true) step = step < 1 ? 1 : step === 2.5 ? 2 : step;
  const decimals = decimalsOf(step);
  let first = Math.floor(lo / step + 1e-9);
  let last = Math.ceil(hi / step - 1e-9);
  const at = (k: number): number => {
    const v = Number((k * step).toFixed(decimals));
    return v === 0 ? 0 : v; // never -0
  };
  // The tolerance above absorbs floating-point error (0.3 / 0.1); the ticks must still cover the data.
  for (let i = 0; i < 3 && at(first) > lo; i++) first--;
  for (let i = 0; i < 3 && at(last) < hi; i++) last++;
  if (last <= first) last = first + 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(at(k));
  return { min: at(first), max: at(last), step, ticks, decimals };
}

/**
 * A tick of an axis as people read it: thousands separators, and the axis's decimal places.
 *
 * @param value - The tick.
 * @param scale - Its axis.
 * @returns The text, e.g. `"1,500"`, `"17.5"`.
 */
export function tickText(value: number, scale: AxisScale): string {
  return value.toLocaleString("en-GB", { minimumFractionDigits: scale.decimals, maximumFractionDigits: scale.decimals });
}
