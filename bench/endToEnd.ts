// End-to-end benchmark (not part of npm test): `kinsafe metrics` from the CIN census XML files of
// a synthetic authority (the files bench/readers.ts writes: about 1 million referrals over 10
// yearly returns) against DuckDB loading the same data as CSV and running the same metric
// queries (bench/duckdb.ts), in the same run.
//
// Usage (write the files first with `node --import tsx bench/readers.ts --generate-only`):
//   node --expose-gc --max-old-space-size=16384 --import tsx bench/endToEnd.ts [--children 2000000] [--years 10] [--runs 5] [--threads N] [--xml-runs N]
//
// kinsafe is timed in process: `runCli(["metrics", ...files, "--period", "2025", "--format",
// "json", "--threads", N])` from the sources (N defaults to the command's default) (the same code as dist/cli.js, without node's start-up, about 0.1 s),
// output captured and discarded. It reads and validates every file, merges the children across
// returns, and computes the whole core data set for the year ending 31 March 2025.
// DuckDB is timed as load (CREATE TABLE … AS SELECT * FROM read_csv, six CSV files) plus the
// shared metric queries for the same year; the CSV files are written once, untimed, from the
// records kinsafe read out of the same XML files (bench/columns.ts, bench/duckdb.ts).
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createWorkingDayCalendar } from "../src/calendar";
import type { ChildRecord } from "../src/records";
import type { CliIo } from "../src/cli/CliIo";
import { readReturns, TIDY_TABLE_COLUMNS } from "../src/interop/returns";
import { runCli } from "../src/cli/runCli";
import { toColumns } from "./columns";
import { loadDuckDb, loadTidyTables, queryDuckDb, writeCsvs } from "./duckdb";
import { gc, median } from "./stats";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};

const children0to17 = arg("children", 2_000_000);
const years = arg("years", 10);
const runs = arg("runs", 5);
// Runs of the XML comparison (`--xml-runs 0`: only the tidy tables' comparison).
const xmlRuns = arg("xml-runs", runs);
// Threads that read the returns (`kinsafe metrics --threads`); the default is the command's own.
const threads = arg("threads", Math.min(4, availableParallelism()));
const dir = join(tmpdir(), `kinsafe-bench-readers-${String(children0to17)}-${String(years)}`);
const manifestPath = join(dir, "manifest.json");
if (!existsSync(manifestPath)) {
  log(`No files in ${dir}: run \`node --import tsx bench/readers.ts --children ${String(children0to17)} --years ${String(years)} --generate-only\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: { path: string; bytes: number }[]; referrals: number };
const files = manifest.files.map((f) => f.path);
const totalBytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
const PERIOD = { start: "2024-04-01", end: "2025-03-31" };

function io(out: string[]): CliIo {
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    stderrIsTty: false,
    columns: 80,
    cwd: process.cwd(),
    now: () => performance.now(),
    schemasDir: join(process.cwd(), "dist", "schemas"),
  };
}

log(`Machine: nproc ${String(availableParallelism())}, ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
log(`${String(files.length)} CIN census files, ${(totalBytes / 1e6).toFixed(0)} MB, ${String(manifest.referrals)} referrals; period ${PERIOD.start}/${PERIOD.end}.`);

// The CSV files for DuckDB: the records kinsafe reads from the same XML files (untimed).
const csvDir = join(tmpdir(), `kinsafe-bench-e2e-${String(process.pid)}`);
mkdirSync(csvDir, { recursive: true });
if (xmlRuns > 0) {
  const t = performance.now();
  const read = await readReturns(files, { matchBy: "child-id" });
  const records: ChildRecord[] = [];
  for await (const r of read.records) records.push(r);
  const columns = toColumns(records);
  await writeCsvs(columns, createWorkingDayCalendar(), csvDir);
  log(`CSV for DuckDB: ${String(records.length)} child records, ${String(columns.referrals.ref.length)} referrals, written in ${((performance.now() - t) / 1000).toFixed(1)} s (untimed).`);
}
gc();

// Floors for any reader of the same XML in this process, measured in the same run: reading the
// bytes of the files, and finding every '<' in them with Buffer.indexOf (native memchr), which
// is less than any XML reader must do (no name, no text, no record).
async function readBytes(): Promise<number> {
  let n = 0;
  for (const f of files) for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 })) n += (chunk as Buffer).length;
  return n;
}
async function countTags(): Promise<number> {
  let n = 0;
  for (const f of files) {
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 })) {
      const b = chunk as Buffer;
      for (let i = b.indexOf(60); i !== -1; i = b.indexOf(60, i + 1)) n++;
    }
  }
  return n;
}
const floorRead: number[] = [];
const floorTags: number[] = [];
let tags = 0;
for (let run = 0; run < xmlRuns; run++) {
  gc();
  let t = performance.now();
  await readBytes();
  floorRead.push(performance.now() - t);
  t = performance.now();
  tags = await countTags();
  floorTags.push(performance.now() - t);
}

const kin: number[] = [];
const duckLoad: number[] = [];
const duckQuery: number[] = [];
let kinsafeReferrals = NaN;
let duckReferrals = NaN;
for (let run = 0; run < xmlRuns; run++) {
  gc();
  let t = performance.now();
  const out: string[] = [];
  const code = await runCli(["metrics", ...files, "--period", "2025", "--format", "json", "--quiet", "--threads", String(threads)], io(out));
  const tk = performance.now() - t;
  if (code !== 0) throw new Error(`kinsafe metrics exited with ${String(code)}: ${out.join("").slice(0, 2000)}`);
  kin.push(tk);
  if (run === 0) {
    const json = JSON.parse(out.join("")) as { results: { metrics: Record<string, { value: number | null }> }[] };
    kinsafeReferrals = json.results[0]?.metrics["activity.referrals"]?.value ?? NaN;
  }
  gc();
  t = performance.now();
  const db = await loadDuckDb(csvDir);
  const tl = performance.now() - t;
  t = performance.now();
  const figures = await queryDuckDb(db.connection, PERIOD.start, PERIOD.end);
  const tq = performance.now() - t;
  db.close();
  duckReferrals = figures.referrals;
  duckLoad.push(tl);
  duckQuery.push(tq);
  log(`  run ${String(run + 1)}: kinsafe metrics ${(tk / 1000).toFixed(2)} s; DuckDB load ${(tl / 1000).toFixed(2)} s + queries ${(tq / 1000).toFixed(2)} s`);
}
rmSync(csvDir, { recursive: true, force: true });

// From CSV: kinsafe's own tidy tables (`kinsafe tables`, written once from the same XML,
// untimed), read by `kinsafe metrics`, against DuckDB loading the same tidy tables (the columns
// the shared queries use, renamed) and running the same queries.
const tablesDir = join(tmpdir(), `kinsafe-bench-e2e-tables-${String(process.pid)}`);
{
  const out: string[] = [];
  const code = await runCli(["tables", ...files, "--out", tablesDir, "--quiet"], io(out));
  if (code !== 0) throw new Error(`kinsafe tables exited with ${String(code)}: ${out.join("").slice(0, 2000)}`);
}
const tableFiles = [...Object.keys(TIDY_TABLE_COLUMNS), "coverage"].map((t) => join(tablesDir, `${t}.csv`));
const tableBytes = tableFiles.reduce((n, f) => n + readFileSync(f).length, 0);
const csvKin: number[] = [];
const csvDuck: number[] = [];
let csvKinReferrals = NaN;
let csvDuckReferrals = NaN;
for (let run = 0; run < runs; run++) {
  gc();
  let t = performance.now();
  const out: string[] = [];
  const code = await runCli(["metrics", ...tableFiles, "--period", "2025", "--format", "json", "--quiet"], io(out));
  csvKin.push(performance.now() - t);
  if (code !== 0) throw new Error(`kinsafe metrics (tables) exited with ${String(code)}: ${out.join("").slice(0, 2000)}`);
  if (run === 0) {
    const json = JSON.parse(out.join("")) as { results: { metrics: Record<string, { value: number | null }> }[] };
    csvKinReferrals = json.results[0]?.metrics["activity.referrals"]?.value ?? NaN;
  }
  gc();
  t = performance.now();
  const db = await loadTidyTables(tablesDir, createWorkingDayCalendar());
  const figures = await queryDuckDb(db.connection, PERIOD.start, PERIOD.end);
  csvDuck.push(performance.now() - t);
  db.close();
  csvDuckReferrals = figures.referrals;
  log(`  tables run ${String(run + 1)}: kinsafe metrics ${((csvKin[run] ?? 0) / 1000).toFixed(2)} s; DuckDB load + queries ${((csvDuck[run] ?? 0) / 1000).toFixed(2)} s`);
}
rmSync(tablesDir, { recursive: true, force: true });

const k = median(kin);
const duck = median(kin.map((_, i) => (duckLoad[i] ?? NaN) + (duckQuery[i] ?? NaN)));
log(`Medians of ${String(runs)} runs:`);
if (xmlRuns > 0) log(`  kinsafe metrics (XML, in process): ${(k / 1000).toFixed(2)} s (${(totalBytes / 1e6 / (k / 1000)).toFixed(1)} MB/s of XML)`);
if (xmlRuns > 0) log(`  DuckDB load CSV + queries:         ${(duck / 1000).toFixed(2)} s (load ${(median(duckLoad) / 1000).toFixed(2)} s, queries ${(median(duckQuery) / 1000).toFixed(2)} s)`);
if (xmlRuns > 0) log(`  ratio kinsafe / DuckDB: ${(k / duck).toFixed(2)}x (target <= 1.5x), kinsafe with --threads ${String(threads)}`);
if (xmlRuns > 0) log(`target: kinsafe metrics from the XML within 1.5x of DuckDB loading CSV and querying: ${k / duck <= 1.5 ? "met" : "NOT met"} (${(k / duck).toFixed(2)}x)`);
{
  const kc = median(csvKin);
  const dc = median(csvDuck);
  log(`  kinsafe metrics (tidy tables, ${(tableBytes / 1e6).toFixed(0)} MB of CSV): ${(kc / 1000).toFixed(2)} s; DuckDB loading the same tables + queries: ${(dc / 1000).toFixed(2)} s`);
  log(`target: kinsafe metrics from CSV (kinsafe's tidy tables) within 1.5x of DuckDB on the same CSV files: ${kc / dc <= 1.5 ? "met" : "NOT met"} (${(kc / dc).toFixed(2)}x); referrals in the period: DuckDB ${String(csvDuckReferrals)}, kinsafe ${String(csvKinReferrals)}`);
  log("target: kinsafe metrics from SSDA903 CSV within 1.5x of DuckDB: measured by npm run bench:ssda903 (the synthetic returns of this benchmark are CIN census XML only)");
}
if (xmlRuns > 0) log(`  floors for any reader of the XML (medians): reading the bytes ${(median(floorRead) / 1000).toFixed(2)} s (${(median(floorRead) / duck).toFixed(2)}x DuckDB); finding each of the ${String(tags)} '<' with Buffer.indexOf ${(median(floorTags) / 1000).toFixed(2)} s (${(median(floorTags) / duck).toFixed(2)}x DuckDB)`);
if (xmlRuns > 0) log(`  referrals in the period: DuckDB ${String(duckReferrals)}${Number.isNaN(kinsafeReferrals) ? "" : `, kinsafe ${String(kinsafeReferrals)}`}`);
log(`Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
