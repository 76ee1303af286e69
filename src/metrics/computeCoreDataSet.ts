import type { CoreDataSetOptions, CoreDataSetResult } from "./CoreDataSet";
import { createCoreDataSetAccumulator } from "./createCoreDataSetAccumulator";

/**
 * Computes the core data set over child records: every metric of the catalogue (activity,
 * timeliness, plans, outcomes when their inputs are given, workforce when its input is given),
 * each with its value, numerator, denominator, unit, counting unit, breakdown and notes, plus the
 * period, snapshot, population vintage and the records read and skipped.
 *
 * Every figure uses only the facts dated on or before the period end (and the snapshot): each
 * record is read as {@link asKnownAt} that date, so adding later returns never changes a
 * period's figures. Every figure has a `status`: `unavailable` (value `null`, with the reason)
 * when the inputs cannot tell it (see `coverage`), `incomplete-history` when they hold less
 * history than it looks back over. A duration with a date that cannot be right (outside the
 * calendar, end before start) is left out of its figure and counted in `excluded`.
 *
 * One pass over the records (see {@link createCoreDataSetAccumulator}); `records` may be an
 * array or any iterable (a generator reading a file). For an async iterable use
 * {@link computeCoreDataSetAsync}. The records and options are not changed.
 *
 * @param records - Canonical child records (one per child); validated unless `validate: false`.
 * @param options - Period (`{ year: 2025 }` or `{ start, end }`) and the other engine options.
 * @returns The core data set.
 * @throws {@link KinsafeError} with code `invalid-input` (zod's issues) for an invalid record when `validate` is `"stop"` (the default), or for invalid options (see {@link createCoreDataSetAccumulator}).
 *
 * @example
 * {@includeCode ../../tests/metrics/computeCoreDataSet.test.ts#docs-example}
 *
 * @category Metrics
 */
export function computeCoreDataSet(records: Iterable<unknown>, options: CoreDataSetOptions): CoreDataSetResult {
  const acc = createCoreDataSetAccumulator(options);
  for (const r of records) acc.add(r);
  return acc.result();
}

/**
 * {@link computeCoreDataSet} over an async iterable (a Node stream of parsed lines, pages of a
 * database cursor), or a sync iterable. Records are consumed one at a time and not kept.
 *
 * @param records - Canonical child records, possibly arriving asynchronously.
 * @param options - As {@link computeCoreDataSet}.
 * @returns A promise of the core data set.
 * @throws {@link KinsafeError} (the promise rejects) as {@link computeCoreDataSet}.
 *
 * @example
 * {@includeCode ../../tests/metrics/computeCoreDataSet.test.ts#async}
 *
 * @category Metrics
 */
export async function computeCoreDataSetAsync(records: AsyncIterable<unknown> | Iterable<unknown>, options: CoreDataSetOptions): Promise<CoreDataSetResult> {
  const acc = createCoreDataSetAccumulator(options);
  for await (const r of records) acc.add(r);
  return acc.result();
}
