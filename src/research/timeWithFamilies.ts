import { IsoDateSchema, KinsafeError, type IsoDate } from "../core";
import type { MetricResult } from "../metrics";
import { TIME_DIARY_ACTIVITIES, type TimeDiaryEntry } from "./TimeDiary";

/**
 * Options of {@link timeWithFamilies}.
 *
 * @category Research
 */
export interface TimeWithFamiliesOptions {
  /** Only entries dated in this period (inclusive) count. Default: every entry. */
  readonly period?: { readonly start: IsoDate; readonly end: IsoDate };
}

function pct(id: string, label: string, num: number, den: number): MetricResult {
  return {
    id,
    label,
    unit: "percent",
    value: den === 0 ? null : (num * 100) / den,
    numerator: num,
    denominator: den,
    countingUnit: "minutes",
    notes: den === 0 ? ["No minutes recorded: the percentage is unavailable."] : [],
    suppressed: false,
    ...(den === 0 ? { status: "unavailable" as const, unavailable: { reason: "no-denominator" as const } } : { status: "available" as const }),
  };
}

/**
 * `research.time-with-families`: the percentage of recorded working time spent in direct work
 * with children and families, per worker and overall, from workers' time diaries (the
 * value-for-money measure of the Innovations Project evaluation).
 *
 * - Value: direct-work minutes / all minutes recorded, × 100 (counting unit `minutes`).
 * - Breakdown `worker/<worker id>`: the same for each worker, in order of first entry;
 *   `activity/<activity>`: each activity's share of all minutes (the six shares add up to 100).
 * - Minutes are not counts of people: disclosure control does not apply.
 *
 * @param entries - Time diary entries. Not changed.
 * @param options - The period to count.
 * @returns The metric in the core data set's result shape.
 * @throws {@link KinsafeError} with code `invalid-argument` when the period's dates are not calendar dates or the start is after the end.
 *
 * @example
 * {@includeCode ../../tests/research/timeWithFamilies.test.ts#docs-example}
 *
 * @category Research
 */
export function timeWithFamilies(entries: readonly TimeDiaryEntry[], options: TimeWithFamiliesOptions = {}): MetricResult {
  const { period } = options;
  if (period !== undefined && (!IsoDateSchema.safeParse(period.start).success || !IsoDateSchema.safeParse(period.end).success || period.start > period.end)) {
    throw new KinsafeError("invalid-argument", `The period must be two calendar dates, start on or before end; received ${JSON.stringify(period)}.`);
  }
  const counted = period === undefined ? entries : entries.filter((e) => e.date >= period.start && e.date <= period.end);
  const workers = new Map<string, { direct: number; total: number }>();
  const activities = Object.fromEntries(TIME_DIARY_ACTIVITIES.map((a) => [a, 0])) as Record<(typeof TIME_DIARY_ACTIVITIES)[number], number>;
  let total = 0;
  for (const e of counted) {
    const w = workers.get(e.workerId) ?? { direct: 0, total: 0 };
    w.total += e.minutes;
    if (e.activity === "direct-work") w.direct += e.minutes;
    workers.set(e.workerId, w);
    activities[e.activity] += e.minutes;
    total += e.minutes;
  }
  const id = "research.time-with-families";
  const breakdown: Record<string, MetricResult> = {};
  for (const [worker, w] of workers) breakdown[`worker/${worker}`] = pct(`${id}/worker/${worker}`, `Time in direct work with children and families: ${worker}`, w.direct, w.total);
  for (const a of TIME_DIARY_ACTIVITIES) breakdown[`activity/${a}`] = pct(`${id}/activity/${a}`, `Share of recorded time: ${a}`, activities[a], total);
  const result = pct(id, "Recorded working time spent in direct work with children and families", activities["direct-work"], total);
  const notes = counted.length === entries.length ? result.notes : [...result.notes, `${String(entries.length - counted.length)} entry(ies) outside the period excluded.`];
  return { ...result, notes, breakdown };
}
