// A histogram of non-negative integer values (durations in working days or calendar days).
// Memory is O(largest value), independent of the number of values, so medians and quartiles
// of millions of durations need no array of all values. Merging two histograms gives exactly
// the histogram of the concatenated values, so split-and-merge is exact.

const MAX_DENSE = 1 << 16;

/** @internal */
export interface Histogram {
  /** counts[v] = how many values equal v, for v < counts.length. */
  counts: Float64Array;
  /** Values of at least MAX_DENSE (durations over 179 years: only in broken data). */
  overflow: Map<number, number>;
  total: number;
}

/** @internal */
export function createHistogram(): Histogram {
  return { counts: new Float64Array(64), overflow: new Map(), total: 0 };
}

/**
 * Adds one value (a non-negative integer).
 *
 * @internal
 */
export function addToHistogram(h: Histogram, value: number): void {
  h.total += 1;
  if (value < h.counts.length) {
    h.counts[value] = (h.counts[value] ?? 0) + 1;
    return;
  }
  if (value < MAX_DENSE) {
    let size = h.counts.length;
    while (size <= value) size *= 2;
    const next = new Float64Array(size);
    next.set(h.counts);
    h.counts = next;
    h.counts[value] = 1;
    return;
  }
  h.overflow.set(value, (h.overflow.get(value) ?? 0) + 1);
}

/**
 * Adds every value of `other` into `h`.
 *
 * @internal
 */
export function mergeHistogram(h: Histogram, other: Histogram): void {
  if (other.counts.length > h.counts.length) {
    const next = new Float64Array(other.counts.length);
    next.set(h.counts);
    h.counts = next;
  }
  const c = h.counts;
  const o = other.counts;
  for (let i = 0; i < o.length; i++) c[i] = (c[i] ?? 0) + (o[i] ?? 0);
  for (const [v, n] of other.overflow) h.overflow.set(v, (h.overflow.get(v) ?? 0) + n);
  h.total += other.total;
}

/**
 * The k-th smallest value (0-based), k < total.
 *
 * @internal
 */
function valueAtRank(h: Histogram, k: number): number {
  let seen = 0;
  const c = h.counts;
  for (let v = 0; v < c.length; v++) {
    seen += c[v] ?? 0;
    if (seen > k) return v;
  }
  const keys = [...h.overflow.keys()].sort((a, b) => a - b);
  for (const v of keys) {
    seen += h.overflow.get(v) ?? 0;
    if (seen > k) return v;
  }
  return Number.NaN;
}

/**
 * Quantile `p` (0..1) by linear interpolation between order statistics (Hyndman and Fan type 7,
 * the default of R and of spreadsheet `QUARTILE.INC`): the median of an even number of values is
 * the mean of the two middle ones. `null` when the histogram is empty.
 *
 * @internal
 */
export function quantile(h: Histogram, p: number): number | null {
  if (h.total === 0) return null;
  const pos = (h.total - 1) * p;
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const a = valueAtRank(h, lo);
  if (frac === 0) return a;
  const b = valueAtRank(h, lo + 1);
  return a + frac * (b - a);
}

/**
 * How many values lie in [from, to] (inclusive; `to` may be Infinity).
 *
 * @internal
 */
export function countBetween(h: Histogram, from: number, to: number): number {
  let n = 0;
  const c = h.counts;
  const last = Math.min(to, c.length - 1);
  for (let v = Math.max(0, from); v <= last; v++) n += c[v] ?? 0;
  for (const [v, k] of h.overflow) if (v >= from && v <= to) n += k;
  return n;
}
