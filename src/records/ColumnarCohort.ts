import { KinsafeError, safeParseWith } from "../core";
import { ChildRecordSchema, type ChildRecord } from "./ChildRecord";
import { isValidChildRecord } from "./validateChildRecord";
import { ALL_PARTS, ColumnsBuilder, columnSizesOf, typedBytes, type ColumnData, type ColumnSizes } from "./columnData";

/**
 * Child records held as columns: every date the core data set reads as a day number in a typed
 * array, every code as a small integer, each child's episodes as a range of rows. Built once
 * (from records, one at a time, with {@link createColumnarCohortBuilder} or
 * {@link toColumnarCohort}) and handed to `computeCoreDataSet` for any number of periods: a
 * period's figures read the columns as known at its end, as they read records. A cohort holds
 * about 100 bytes per referral where the records hold about 1.7 KB, and the engine's pass over
 * it reads no strings and makes no objects.
 *
 * The columns keep what the figures read, not the whole record (no ids of episodes, no
 * postcodes, no `extensions`): keep the records as the record, and the cohort for computing.
 *
 * @example
 * {@includeCode ../../tests/records/columns/columnarCohort.test.ts#columnar-cohort}
 *
 * @category Metrics
 */
export interface ColumnarCohort {
  readonly kind: "columnar-cohort";
  /** Children held. */
  readonly children: number;
  /** Referrals (episodes of need) held. */
  readonly referrals: number;
  /** Bytes the columns take (the typed arrays, and the child ids and UPNs at two bytes a character). */
  readonly byteLength: number;
}

/**
 * Options of {@link createColumnarCohortBuilder} and {@link toColumnarCohort}.
 *
 * @category Metrics
 */
export interface ColumnarCohortOptions {
  /**
   * Check each record before it is added (default `true`): an invalid record throws a
   * `KinsafeError` with code `invalid-input` and zod's issues, and the cohort is as it was. With
   * `false` the records are trusted, and only their dates are checked.
   */
  readonly validate?: boolean;
}

/**
 * Builds a {@link ColumnarCohort} one record at a time.
 *
 * @category Metrics
 */
export interface ColumnarCohortBuilder {
  /**
   * Adds one child record.
   *
   * @throws {@link KinsafeError} with code `invalid-input` when the record is not a valid child record (with `validate: false`: when it is not the shape of one, or `invalid-argument` when one of its dates is not a real date).
   */
  add(record: unknown): void;
  /** The cohort of the records added so far (a copy: the builder can go on). */
  build(): ColumnarCohort;
}

const data = new WeakMap<ColumnarCohort, ColumnData>();

/**
 * The columns of a cohort (for the metrics engine).
 *
 * @internal
 */
export function columnsOf(cohort: unknown): ColumnData | undefined {
  return typeof cohort === "object" && cohort !== null ? data.get(cohort as ColumnarCohort) : undefined;
}

function stringBytes(list: readonly (string | undefined)[]): number {
  let total = 0;
  for (const s of list) if (s !== undefined) total += 2 * s.length;
  return total;
}

/**
 * The {@link ColumnarCohort} holding a set of columns (which it keeps: they must not change).
 *
 * @internal
 */
export function cohortOfColumns(d: ColumnData): ColumnarCohort {
  const cohort: ColumnarCohort = Object.freeze({
    kind: "columnar-cohort",
    children: d.n,
    referrals: d.referrals,
    byteLength: typedBytes(d) + stringBytes(d.childIds) + stringBytes(d.upns),
  });
  data.set(cohort, d);
  return cohort;
}

/**
 * A builder of a {@link ColumnarCohort}: records are converted as they are added and not kept,
 * so a cohort of many years can be built from a stream of records.
 *
 * @param options - Whether to validate each record (default yes).
 * @returns The builder.
 *
 * @example
 * {@includeCode ../../tests/records/columns/columnarCohort.test.ts#columnar-cohort-builder}
 *
 * @category Metrics
 */
export function createColumnarCohortBuilder(options: ColumnarCohortOptions = {}): ColumnarCohortBuilder {
  if (typeof options !== "object" || options === null || (options.validate !== undefined && typeof options.validate !== "boolean")) {
    throw new KinsafeError("invalid-argument", "The options of a columnar cohort must be an object whose `validate` is true or false.");
  }
  const validate = options.validate ?? true;
  const builder = new ColumnsBuilder(ALL_PARTS);
  let added = 0;
  const cohortBuilder: ColumnarCohortBuilder = {
    add(record: unknown): void {
      if (validate && !isValidChildRecord(record)) {
        const parsed = safeParseWith(ChildRecordSchema, record, `child record #${String(added)}`);
        if (!parsed.ok) throw parsed.error;
      }
      builder.append(record as ChildRecord);
      added++;
    },
    build(): ColumnarCohort {
      return cohortOfColumns(builder.data(true));
    },
  };
  columnsBuilders.set(cohortBuilder, builder);
  return cohortBuilder;
}

const columnsBuilders = new WeakMap<ColumnarCohortBuilder, ColumnsBuilder>();

function reserveFor(cohortBuilder: ColumnarCohortBuilder, sizes: ColumnSizes): void {
  columnsBuilders.get(cohortBuilder)?.reserve(sizes);
}

/**
 * The {@link ColumnarCohort} of a set of child records.
 *
 * @param records - Child records (any iterable; each is read once).
 * @param options - Whether to validate each record (default yes).
 * @returns The cohort.
 * @throws {@link KinsafeError} with code `invalid-input` when a record is not a valid child record, `invalid-argument` when `records` is not an iterable of them.
 *
 * @example
 * {@includeCode ../../tests/records/columns/columnarCohort.test.ts#columnar-cohort}
 *
 * @category Metrics
 */
export function toColumnarCohort(records: Iterable<unknown>, options: ColumnarCohortOptions = {}): ColumnarCohort {
  const given: unknown = records;
  if (typeof given !== "object" || given === null || typeof (given as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new KinsafeError("invalid-argument", "toColumnarCohort takes child records as an array or another iterable.");
  }
  const builder = createColumnarCohortBuilder(options);
  // An array is counted first, so that each column is allocated once, at its size.
  if (Array.isArray(records)) reserveFor(builder, columnSizesOf(records));
  for (const r of records) builder.add(r);
  return builder.build();
}
