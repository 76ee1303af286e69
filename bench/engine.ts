// Finds kinsafe's metrics engine (looked up at run time, so that the harness runs, and reports
// it as missing, before the engine is exported) and the fast validator of src/records.
import * as metrics from "../src/metrics";
import { validateChildRecord } from "../src/records";

type Accumulator = { add(record: unknown): void; result(): unknown };
export interface Engine {
  computeCoreDataSet?: (records: Iterable<unknown>, options: Record<string, unknown>) => unknown;
  createCoreDataSetAccumulator?: (options: Record<string, unknown>) => Accumulator;
  validateChildRecord?: (input: unknown) => { ok: boolean };
  metricIds?: readonly string[];
  source: string;
}

async function fromFile(name: string): Promise<Record<string, unknown>> {
  try {
    const path = `../src/metrics/${name}`;
    return (await import(path)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function findEngine(): Promise<Engine> {
  const index = metrics as unknown as Record<string, unknown>;
  let source = "src/metrics/index.ts";
  let compute = index["computeCoreDataSet"];
  let create = index["createCoreDataSetAccumulator"];
  const validate: unknown = validateChildRecord;
  let ids = index["METRIC_IDS"];
  if (typeof compute !== "function") {
    source = "src/metrics/*.ts (not yet exported from the index)";
    compute = (await fromFile("computeCoreDataSet"))["computeCoreDataSet"];
    create = (await fromFile("createCoreDataSetAccumulator"))["createCoreDataSetAccumulator"];
    ids = (await fromFile("CoreDataSet"))["METRIC_IDS"];
  }
  const engine: Engine = { source };
  if (typeof compute === "function") engine.computeCoreDataSet = compute as NonNullable<Engine["computeCoreDataSet"]>;
  if (typeof create === "function") engine.createCoreDataSetAccumulator = create as NonNullable<Engine["createCoreDataSetAccumulator"]>;
  if (typeof validate === "function") engine.validateChildRecord = validate as NonNullable<Engine["validateChildRecord"]>;
  if (Array.isArray(ids)) engine.metricIds = ids as string[];
  return engine;
}

type Metric = { value?: number | null; numerator?: number | null; breakdown?: Record<string, Metric> };

/** Reads the figures the baseline also computes out of a kinsafe result, where the result has them. */
export function kinsafeFigures(result: unknown): Record<string, number | null> {
  const m = ((result as { metrics?: Record<string, Metric> }).metrics ?? {});
  const v = (x: Metric | undefined, k: "value" | "numerator" = "value"): number | null => (x?.[k] ?? null);
  return {
    referrals: v(m["activity.referrals"]),
    reReferrals: v(m["activity.re-referral-rate"], "numerator"),
    nfa: v(m["activity.nfa-rate"], "numerator"),
    notInNeed: v(m["activity.assessed-not-in-need-rate"], "numerator"),
    assessments: v(m["activity.assessments"]),
    assessmentMedianWd: v(m["timeliness.assessment-duration"]),
    s47: v(m["activity.s47-enquiries"]),
    icpcs: v(m["activity.icpcs"]),
    cpOpenChildren: v(m["plans.open"]?.breakdown?.["cp"]),
    lacChildren: v(m["plans.open"]?.breakdown?.["lac"]),
    cinChildren: v(m["plans.open"]),
  };
}
