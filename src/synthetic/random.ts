import { KinsafeError } from "../core";

// A small seeded pseudo-random generator for the synthetic data. Everything here is integer
// arithmetic: Math.imul, shifts and `>>> 0` on 32-bit words, plus multiplications and divisions
// whose operands and results are exact in IEEE doubles (below 2^53, divisions by powers of two).
// Basic IEEE operations are correctly rounded on every platform, and no transcendental function
// (Math.exp, Math.log) is used, so the same seed gives the same data on every engine.

/**
 * A seeded generator of 32-bit words (sfc32, Chris Doty-Humphrey's "small fast counting" generator).
 *
 * @internal
 */
export interface SyntheticRandom {
  /** The next word, an integer in `[0, 2^32)`. */
  u32(): number;
  /** A whole number in `[0, n)`, for `1 <= n <= 2^21`. */
  below(n: number): number;
  /** True with probability `ppm / 1,000,000`. */
  chance(ppm: number): boolean;
}

/**
 * murmur3's 32-bit finaliser: a bijection that spreads every input bit over the output.
 *
 * @internal
 */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * A 32-bit hash of a seed and an index, uniform enough for a Bernoulli draw.
 *
 * @internal
 */
export function hash2(seed: number, index: number): number {
  return mix32(mix32(seed ^ 0x9e3779b9) ^ Math.imul(index >>> 0, 0x27d4eb2f) ^ (Math.floor(index / 4294967296) >>> 0));
}

const TWO_32 = 4294967296;
const MAX_BELOW = 2097152; // 2^21: u32 * n stays below 2^53, so the product is exact

/**
 * The generator for one stream, identified by a seed and a stream index (a child's slot), so
 * that each child's history is independent of every other's and of the order of generation.
 *
 * @internal
 */
export function createRandom(seed: number, stream: number): SyntheticRandom {
  let a = mix32(seed ^ 0x243f6a88);
  let b = mix32((stream >>> 0) ^ 0x85a308d3);
  let c = mix32(Math.floor(stream / TWO_32) ^ 0x13198a2e ^ a);
  let d = 1;
  const u32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  return {
    u32,
    below(n: number): number {
      if (!(n >= 1 && n <= MAX_BELOW)) throw new KinsafeError("invalid-argument", `below(${String(n)}) is out of range.`);
      return Math.floor((u32() * n) / TWO_32);
    },
    chance(ppm: number): boolean {
      return Math.floor((u32() * 1000000) / TWO_32) < ppm;
    },
  };
}

/**
 * A discrete distribution over values with integer weights.
 *
 * @internal
 */
export interface Weighted<T> {
  readonly values: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

/**
 * Builds a {@link Weighted} from `[value, weight]` pairs (weights are whole numbers).
 *
 * @internal
 */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of pairs) {
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  return { values, cumulative, total };
}

/**
 * Draws a value of a {@link Weighted}.
 *
 * @internal
 */
export function pick<T>(random: SyntheticRandom, w: Weighted<T>): T {
  const u = random.below(w.total);
  const c = w.cumulative;
  let i = 0;
  while ((c[i] ?? 0) <= u) i++;
  return w.values[i] as T;
}

/** A band `[lo, hi]` of whole numbers drawn uniformly, with a weight. @internal */
export type Band = readonly [weight: number, lo: number, hi: number];

/**
 * Draws a whole number from a mixture of uniform bands (a piecewise-uniform distribution).
 *
 * @internal
 */
export function fromBands(random: SyntheticRandom, bands: Weighted<readonly [number, number]>): number {
  const [lo, hi] = pick(random, bands);
  return lo + random.below(hi - lo + 1);
}

/**
 * Builds the weighted bands for {@link fromBands}.
 *
 * @internal
 */
export function bands(list: readonly Band[]): Weighted<readonly [number, number]> {
  return weighted(list.map(([w, lo, hi]) => [[lo, hi] as const, w] as const));
}
