import { KinsafeError } from "../core";
import type { ColumnarCohort } from "../records";
import { columnsOf } from "../records/internal";
import type { CoreDataSetOptions, CoreDataSetResult } from "./CoreDataSet";
import { createCoreDataSetAccumulator, partsFor } from "./createCoreDataSetAccumulator";
import { buildResult } from "./internal/buildResult";
import { createEngineState, resolveConfig, type EngineState } from "./internal/engine";
import { addChildToEach } from "./internal/kernel";

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
 * array or any iterable (a generator reading a file), or a {@link ColumnarCohort} built once
 * and queried for many periods (the fastest input: the pass reads typed arrays; `validate` does
 * not apply, the cohort's records were checked when it was built). For an async iterable use
 * {@link computeCoreDataSetAsync}; for several periods in one pass {@link computeCoreDataSets}.
 * The records and options are not changed.
 *
 * @param records - Canonical child records (one per child), validated unless `validate: false`; or a columnar cohort.
 * @param options - Period (`{ year: 2025 }` or `{ start, end }`) and the other engine options.
 * @returns The core data set.
 * @throws {@link KinsafeError} with code `invalid-input` (zod's issues) for an invalid record when `validate` is `"stop"` (the default), or for invalid options (see {@link createCoreDataSetAccumulator}).
 *
 * @example
 * {@includeCode ../../tests/metrics/computeCoreDataSet.test.ts#docs-example}
 *
 * @category Metrics
 */
export function computeCoreDataSet(records: Iterable<unknown> | ColumnarCohort, options: CoreDataSetOptions): CoreDataSetResult {
  if (columnsOf(records) !== undefined) return computeCoreDataSets(records as ColumnarCohort, [options])[0] as CoreDataSetResult;
  const acc = createCoreDataSetAccumulator(options);
  for (const r of records as Iterable<unknown>) acc.add(r);
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

/**
 * The core data set for several periods (or other options) in one pass: each child of the
 * cohort is read once and counted for every entry of `options`, while its rows are in the
 * cache. The results are those of {@link computeCoreDataSet} for each entry, in order.
 *
 * @param cohort - A columnar cohort, or child records (then converted to columns first, validated unless the first options say `validate: false`).
 * @param options - One entry per result.
 * @returns One core data set per entry of `options`.
 * @throws {@link KinsafeError} with code `invalid-argument` for options that are not a non-empty array, or as {@link computeCoreDataSet} for invalid options or records.
 *
 * @example
 * {@includeCode ../../tests/metrics/columnar.test.ts#several-periods}
 *
 * @category Metrics
 */
export function computeCoreDataSets(cohort: ColumnarCohort | Iterable<unknown>, options: readonly CoreDataSetOptions[]): CoreDataSetResult[] {
  const given: unknown = options;
  if (!Array.isArray(given) || options.length === 0) throw new KinsafeError("invalid-argument", "computeCoreDataSets needs a non-empty array of options, one per result.");
  const d = columnsOf(cohort);
  if (d === undefined) {
    const accs = options.map((o) => createCoreDataSetAccumulator(o));
    for (const r of cohort as Iterable<unknown>) for (const acc of accs) acc.add(r);
    return accs.map((acc) => acc.result());
  }
  const states: EngineState[] = options.map((o) => createEngineState(resolveConfig(o)));
  for (const st of states) {
    const missing = partsFor(st.config) & ~d.parts;
    if (missing !== 0) throw new KinsafeError("invalid-argument", "The cohort does not hold every part of the records these metrics read.");
  }
  for (let c = 0; c < d.n; c++) addChildToEach(states, d, c);
  return states.map((st) => {
    st.read = d.n;
    return buildResult(st);
  });
}
