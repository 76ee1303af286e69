// Timing helpers for the benchmark.
import { performance } from "node:perf_hooks";

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g !== undefined) g();
}

/** Runs `f` `runs` times (after one warm-up) and returns the median milliseconds and the last result. */
export function timeIt<T>(runs: number, f: () => T): { ms: number; all: number[]; result: T } {
  let result = f();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    result = f();
    all.push(performance.now() - t0);
  }
  return { ms: median(all), all, result };
}

export async function timeItAsync<T>(runs: number, f: () => Promise<T>): Promise<{ ms: number; all: number[]; result: T }> {
  let result = await f();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    result = await f();
    all.push(performance.now() - t0);
  }
  return { ms: median(all), all, result };
}

/**
 * Runs `f` `runs` times after two warm-ups with no forced garbage collection between the runs
 * (as a program calling it repeatedly would), and returns the median milliseconds. A forced full
 * collection before each run (`timeIt`) can also throw away compiled code and shrink the young
 * generation, which a long pass then pays for again.
 */
export function timeItWarm<T>(runs: number, f: () => T): { ms: number; all: number[]; result: T } {
  f();
  let result = f();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = f();
    all.push(performance.now() - t0);
  }
  return { ms: median(all), all, result };
}
