// Small, exact statistics for paired comparisons: the sign test (exact binomial) and the
// Wilcoxon signed-rank test (exact conditional distribution, or the normal approximation with
// continuity and tie correction). Internal: compareTimePoints is the public face.

/**
 * Two-sided exact sign test: p = min(1, 2 P(X <= min(positive, negative))), X ~ Bin(n, 1/2),
 * n = positive + negative (ties dropped). Summed in log space so that large n cannot underflow.
 *
 * @internal
 */
export function signTestP(positive: number, negative: number): number {
  const n = positive + negative;
  if (n === 0) return 1;
  const k = Math.min(positive, negative);
  let logTerm = -n * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i = 0; i < k; i++) {
    logTerm += Math.log((n - i) / (i + 1));
    sum += Math.exp(logTerm);
  }
  return Math.min(1, 2 * sum);
}

/**
 * Midranks of values, 1-based: tied values share the mean of their ranks.
 *
 * @internal
 */
export function midranks(values: readonly number[]): { readonly ranks: number[]; readonly tieSizes: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]?.[1] ?? 0] = rank;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

/**
 * The standard normal upper tail, 1 - Phi(z), from erfc (Numerical Recipes erfcc; relative error below 1.2e-7).
 *
 * @internal
 */
export function normalUpper(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return (x >= 0 ? erfc : 2 - erfc) / 2;
}

/**
 * The Wilcoxon signed-rank test of non-zero paired differences.
 *
 * @internal
 */
export interface WilcoxonResult {
  readonly n: number;
  readonly wPlus: number;
  readonly wMinus: number;
  readonly method: "exact" | "normal";
  readonly z?: number;
  readonly pValue: number;
}

/**
 * Wilcoxon signed-rank test, two-sided, of non-zero differences (zeros must be dropped first).
 *
 * - `exact`: the exact permutation distribution of W+ given the midranks (all 2^n sign
 *   assignments equally likely), built by dynamic programming over doubled ranks, which are
 *   whole numbers even with ties; p = min(1, 2 min(P(W+ <= w), P(W+ >= w))).
 * - `normal`: z = (W+ - n(n+1)/4 - 0.5 sgn) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48), with the
 *   continuity correction 0.5 towards the mean (none when |W+ - mean| <= 0.5) and the tie
 *   correction over groups of t tied |differences|; p = 2 (1 - Phi(|z|)), at most 1.
 *
 * @internal
 */
export function wilcoxon(differences: readonly number[], method: "exact" | "normal"): WilcoxonResult {
  const n = differences.length;
  if (n === 0) return { n, wPlus: 0, wMinus: 0, method, pValue: 1 };
  const { ranks, tieSizes } = midranks(differences.map(Math.abs));
  let wPlus = 0;
  differences.forEach((d, i) => {
    if (d > 0) wPlus += ranks[i] ?? 0;
  });
  const wMinus = (n * (n + 1)) / 2 - wPlus;
  if (method === "exact") {
    const doubled = ranks.map((r) => Math.round(2 * r));
    const max = doubled.reduce((a, b) => a + b, 0);
    // counts[s] = number of sign assignments whose doubled W+ is s, scaled by 2^-n as we go.
    let counts = new Float64Array(max + 1);
    counts[0] = 1;
    for (const r of doubled) {
      const next = new Float64Array(max + 1);
      for (let s = 0; s <= max; s++) {
        const c = counts[s] ?? 0;
        if (c === 0) continue;
        next[s] = (next[s] ?? 0) + c / 2;
        next[s + r] = (next[s + r] ?? 0) + c / 2;
      }
      counts = next;
    }
    const w = Math.round(2 * wPlus);
    let lower = 0;
    let upper = 0;
    for (let s = 0; s <= max; s++) {
      if (s <= w) lower += counts[s] ?? 0;
      if (s >= w) upper += counts[s] ?? 0;
    }
    return { n, wPlus, wMinus, method, pValue: Math.min(1, 2 * Math.min(lower, upper)) };
  }
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieSizes.reduce((a, t) => a + t ** 3 - t, 0) / 48;
  const diff = wPlus - mean;
  const corrected = Math.abs(diff) <= 0.5 ? 0 : diff - 0.5 * Math.sign(diff);
  const z = variance > 0 ? corrected / Math.sqrt(variance) : 0;
  return { n, wPlus, wMinus, method, z, pValue: Math.min(1, 2 * normalUpper(Math.abs(z))) };
}
