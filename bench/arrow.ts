// Apache Arrow JS as the column format of the columnar cohort, measured against the plain typed
// arrays the cohort holds: `node --expose-gc --max-old-space-size=16384 --import tsx bench/arrow.ts
// [--scale 1M] [--runs 5]`. See bench/README.md, "Arrow".
//
// What is measured, on the same cohort: (1) the engine's pass over the cohort's typed arrays;
// (2) making Arrow tables of the same columns (zero-copy vectors over the typed arrays), writing
// them as Arrow IPC and reading them back; (3) the engine's pass over the typed arrays the
// read-back tables hold (Arrow keeps a single-chunk Int32 column as one Int32Array); (4) a scan
// through Arrow's element API (`Vector.get`, and iteration) against the same scan of the typed
// array, for the one column every figure reads (referral dates).
import { makeTable, tableFromIPC, tableToIPC, type Table } from "apache-arrow";
import { buildResult } from "../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../src/metrics/internal/engine";
import { addChildren } from "../src/metrics/internal/kernel";
import { toColumnarCohort, type ChildRecord } from "../src/records";
import { columnsOf, type ColumnData } from "../src/records/internal";
import { generateSyntheticAuthorityStream } from "../src/synthetic";
import { gc, timeIt } from "./stats";

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scaleText = arg("scale") ?? "1M";
const scale = Math.round(Number(/^[\d.]+/.exec(scaleText)?.[0] ?? "1") * (/m$/i.test(scaleText) ? 1e6 : /k$/i.test(scaleText) ? 1e3 : 1));
const runs = Number(arg("runs") ?? 5);
const log = (s: string): void => void process.stdout.write(`${s}\n`);

const records: ChildRecord[] = [];
for (const r of generateSyntheticAuthorityStream({ seed: 2025, children0to17: Math.round(scale / (0.0518 * 10)), years: 10, endYear: 2025, historyYears: 0, visits: false })) records.push(r);
const cohort = toColumnarCohort(records, { validate: false });
records.length = 0;
gc();
const data = columnsOf(cohort) as ColumnData;
log(`cohort: ${cohort.children.toLocaleString("en-GB")} children, ${cohort.referrals.toLocaleString("en-GB")} referrals, ${(cohort.byteLength / 2 ** 20).toFixed(1)} MB`);

const options = { period: { year: 2025 } };
function pass(d: ColumnData): unknown {
  const st = createEngineState(resolveConfig(options));
  addChildren(st, d, 0, d.n);
  st.read = d.n;
  return buildResult(st);
}

// The typed-array columns grouped into tables by their length (a table per list).
type Typed = Int32Array | Uint8Array;
const typedKeys = (Object.keys(data) as (keyof ColumnData)[]).filter((k) => ArrayBuffer.isView(data[k]));
function toTables(d: ColumnData): Map<number, Table> {
  const groups = new Map<number, Record<string, Typed>>();
  for (const k of typedKeys) {
    const a = d[k] as Typed;
    const g = groups.get(a.length) ?? {};
    g[k] = a;
    groups.set(a.length, g);
  }
  return new Map([...groups].map(([n, cols]) => [n, makeTable(cols)]));
}
function fromTables(tables: Map<number, Table>): ColumnData {
  const out: Record<string, unknown> = { ...data };
  for (const t of tables.values()) {
    for (const f of t.schema.fields) {
      const v = t.getChild(f.name);
      if (v === null || v.data.length !== 1) throw new Error(`${f.name}: not one chunk`);
      out[f.name] = v.data[0]?.values;
    }
  }
  return out as unknown as ColumnData;
}

const direct = timeIt(runs, () => pass(data));
const make = timeIt(runs, () => toTables(data));
const ipc = timeIt(runs, () => [...make.result.values()].map((t) => tableToIPC(t, "file")));
const bytes = ipc.result.reduce((n, b) => n + b.byteLength, 0);
const back = timeIt(runs, () => new Map(ipc.result.map((b, i) => [i, tableFromIPC(b)])));
const viaArrow = fromTables(back.result);
const overArrow = timeIt(runs, () => pass(viaArrow));
const same = JSON.stringify(overArrow.result) === JSON.stringify(direct.result);

// One column through Arrow's element API against the typed array.
const refTable = [...make.result.values()].find((t) => t.getChild("refDay") !== null) as Table;
const refVector = refTable.getChild("refDay");
if (refVector === null) throw new Error("no refDay");
const ps = Date.UTC(2024, 3, 1) / 86_400_000;
const pe = Date.UTC(2025, 2, 31) / 86_400_000;
const scanTyped = timeIt(runs, () => {
  let n = 0;
  const a = data.refDay;
  for (let i = 0; i < a.length; i++) if ((a[i] as number) >= ps && (a[i] as number) <= pe) n++;
  return n;
});
const scanGet = timeIt(runs, () => {
  let n = 0;
  for (let i = 0; i < refVector.length; i++) {
    const v = refVector.get(i) as number;
    if (v >= ps && v <= pe) n++;
  }
  return n;
});
const scanIter = timeIt(runs, () => {
  let n = 0;
  for (const v of refVector) if ((v as number) >= ps && (v as number) <= pe) n++;
  return n;
});

log(`engine over the cohort's typed arrays: ${direct.ms.toFixed(1)} ms`);
log(`Arrow tables made (zero-copy): ${make.ms.toFixed(1)} ms; IPC written ${ipc.ms.toFixed(1)} ms (${(bytes / 2 ** 20).toFixed(1)} MB, ${(bytes / cohort.referrals).toFixed(1)} bytes per referral); read back ${back.ms.toFixed(1)} ms`);
log(`engine over the typed arrays of the read-back Arrow tables: ${overArrow.ms.toFixed(1)} ms (${(overArrow.ms / direct.ms).toFixed(2)}x); ${same ? "same figures" : "DIFFERENT figures"}`);
log(`one column scanned: typed array ${scanTyped.ms.toFixed(2)} ms, Vector.get ${scanGet.ms.toFixed(2)} ms (${(scanGet.ms / scanTyped.ms).toFixed(1)}x), iteration ${scanIter.ms.toFixed(2)} ms (${(scanIter.ms / scanTyped.ms).toFixed(1)}x); counts ${String(scanTyped.result)} ${String(scanGet.result)} ${String(scanIter.result)}`);
