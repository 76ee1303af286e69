import { KinsafeError, safeParseWith } from "../core";
import { ChildRecordSchema, type ChildRecord } from "../records";
import type { CoreDataSetOptions, CoreDataSetResult } from "./CoreDataSet";
import { buildResult } from "./internal/buildResult";
import { createEngineState, resolveConfig, type EngineConfig, type EngineState } from "./internal/engine";
import { addChildren } from "./internal/kernel";
import { mergeHistogram } from "./internal/Histogram";
import { childIdOf, ColumnsBuilder, isValidChildRecord, PART_IDS, type ColumnPart } from "../records/internal";

/**
 * A streaming computation of the core data set: add records one at a time (from as many files
 * or streams as you like), merge accumulators computed separately, and read the result at any
 * point. Its memory does not depend on the number of records.
 *
 * @category Metrics
 */
export interface CoreDataSetAccumulator {
  /**
   * Adds one child record (validated according to the options' `validate`).
   *
   * @throws {@link KinsafeError} with code `invalid-input` (zod's issues) when the record is invalid and `validate` is `"stop"`.
   */
  add(record: unknown): void;
  /**
   * Adds everything another accumulator has seen (records, skipped records, errors), so that
   * splitting the records into streams and merging gives the result of one stream.
   *
   * @throws {@link KinsafeError} with code `invalid-argument` when the other accumulator has a different period, snapshot or metric set.
   */
  merge(other: CoreDataSetAccumulator): void;
  /** The result so far; the accumulator can go on. */
  result(): CoreDataSetResult;
}

/** An accumulator's state and its batch of records converted to columns, not yet counted. */
interface Accumulated {
  readonly st: EngineState;
  readonly flush: () => void;
}

const states = new WeakMap<CoreDataSetAccumulator, Accumulated>();

/**
 * Records are converted to columns as they are added and counted a batch at a time: the
 * engine's pass runs over columns (kernel.ts), and a batch keeps memory flat.
 */
const BATCH = 1024;

/**
 * The parts of a record the enabled metrics read (the columns' part bits share the scan mask's
 * values; attainment adds the child's ids).
 *
 * @internal
 */
export function partsFor(cfg: EngineConfig): number {
  return cfg.scanKinds | (cfg.needAttainment ? PART_IDS : 0);
}

/**
 * Creates a streaming accumulator of the core data set.
 *
 * Each record is one child with every episode, so all the look-back a metric needs (previous
 * referrals, previous plans) is inside the record: the accumulator keeps only counters and
 * histograms of durations, never the records. `add` walks the record once, converting each date
 * to a day number once and updating every metric in that pass. Validation (default `"stop"`) uses
 * a hand-written check of the child record schema and calls zod only for a failing record, so the
 * issues are zod's.
 *
 * @param options - Period, snapshot, population, calendar, visit policy, disclosure control, validation, metric set, workforce and outcome inputs.
 * @returns An accumulator with `add`, `merge` and `result`.
 * @throws {@link KinsafeError} with code `invalid-argument` for a bad period, threshold or metric id, or `invalid-input` for an invalid population, workforce or outcome input.
 *
 * @example
 * {@includeCode ../../tests/metrics/accumulator.test.ts#docs-example}
 *
 * @category Metrics
 */
export function createCoreDataSetAccumulator(options: CoreDataSetOptions): CoreDataSetAccumulator {
  const st = createEngineState(resolveConfig(options));
  const cfg = st.config;
  const validate = cfg.validate;
  const batch = new ColumnsBuilder(partsFor(cfg));
  const flush = (): void => {
    if (batch.size === 0) return;
    addChildren(st, batch.data(false), 0, batch.size);
    batch.reset();
  };
  const addRecord = (record: ChildRecord): void => {
    batch.append(record);
    if (batch.size >= BATCH) flush();
  };
  const acc: CoreDataSetAccumulator = {
    add(record: unknown): void {
      const index = st.read;
      st.read += 1;
      if (validate === false) {
        addRecord(record as never);
        return;
      }
      if (isValidChildRecord(record)) {
        addRecord(record);
        return;
      }
      const parsed = safeParseWith(ChildRecordSchema, record, `child record #${String(index)}`);
      if (parsed.ok) {
        // Only reachable if the fast check were stricter than the schema: trust zod.
        addRecord(parsed.value);
        return;
      }
      if (cfg.validate === "stop") throw parsed.error;
      st.skipped += 1;
      if (st.errors.length < cfg.maxErrors) {
        const childId = childIdOf(record);
        st.errors.push(childId === undefined ? { index, issues: parsed.error.issues } : { index, childId, issues: parsed.error.issues });
      }
    },
    merge(other: CoreDataSetAccumulator): void {
      const theirs = states.get(other);
      if (theirs === undefined) throw new KinsafeError("invalid-argument", "Can only merge an accumulator made by createCoreDataSetAccumulator.");
      const o = theirs.st;
      if (o === st) throw new KinsafeError("invalid-argument", "An accumulator cannot be merged into itself.");
      const oc = o.config;
      if (oc.ps !== cfg.ps || oc.pe !== cfg.pe || oc.snap !== cfg.snap || oc.enabled.size !== cfg.enabled.size || [...oc.enabled].some((id) => !cfg.enabled.has(id))) {
        throw new KinsafeError("invalid-argument", "Accumulators with different periods, snapshots or metric sets cannot be merged.");
      }
      flush();
      theirs.flush();
      for (let i = 0; i < st.c.length; i++) st.c[i] = (st.c[i] ?? 0) + (o.c[i] ?? 0);
      st.h.forEach((h, i) => {
        const oh = o.h[i];
        if (oh !== undefined) mergeHistogram(h, oh);
      });
      st.read += o.read;
      st.skipped += o.skipped;
      for (const e of o.errors) if (st.errors.length < cfg.maxErrors) st.errors.push(e);
    },
    result: () => {
      flush();
      return buildResult(st);
    },
  };
  states.set(acc, { st, flush });
  return acc;
}

/**
 * Adds children given as columns to an accumulator: the same as adding their records one by
 * one with `add`, the invalid ones included (skipped with their errors under `validate:
 * "skip"`, a `KinsafeError` `invalid-input` naming the first under `"stop"`; under `false` they
 * are skipped too, having been found invalid where the columns were made).
 *
 * @internal
 */
export function accumulateColumns(acc: CoreDataSetAccumulator, part: ColumnPart): void {
  const held = states.get(acc);
  if (held === undefined) throw new KinsafeError("invalid-argument", "Can only add columns to an accumulator made by createCoreDataSetAccumulator.");
  const { st, flush } = held;
  const cfg = st.config;
  if ((partsFor(cfg) & ~part.data.parts) !== 0) throw new KinsafeError("invalid-argument", "The columns do not hold every part of the records these metrics read.");
  const first = part.errors[0];
  if (cfg.validate === "stop" && part.skipped > 0) {
    const which = first === undefined ? "a child record" : `child record #${String(st.read + first.index)}${first.childId === undefined ? "" : ` (child ${first.childId})`}`;
    throw new KinsafeError("invalid-input", `${which} is not a valid child record.`, first?.issues ?? []);
  }
  flush();
  addChildren(st, part.data, 0, part.data.n);
  for (const e of part.errors) if (st.errors.length < cfg.maxErrors) st.errors.push({ ...e, index: st.read + e.index });
  st.read += part.read;
  st.skipped += part.skipped;
}
