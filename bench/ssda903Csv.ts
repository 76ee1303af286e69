// kinsafe metrics from SSDA903 CSV files against DuckDB loading the same CSV files and running the
// same query (not part of npm test): the SSDA903 half of the CSV target of the columnar engine
// issue ("kinsafe metrics within 1.5x of DuckDB loading the same CSV files and running the same
// queries"). The returns are written once by `kinsafe synth --format ssda903` (untimed).
//
//   node --expose-gc --import tsx bench/ssda903Csv.ts [--children 400000] [--years 4] [--seed 11] [--runs 5]
//
// kinsafe is timed in process: `runCli(["metrics", ...files, "--period", "2025", "--format", "json"])`
// from the sources (every table of every year: header, episodes, reviews, missing, UASC), which
// identifies each file, takes its year from its dates, reads and checks every table, builds the
// children and computes the whole core data set. DuckDB is timed loading every episodes file
// (CHILD, DECOM, LS, DEC; dates as DD/MM/YYYY) and running the one query of the shared set an
// SSDA903 return can answer: children looked after at 31 March 2025, short breaks (V3, V4) left
// out, each episode as its latest return has it. Both must give the same count.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import type { CliIo } from "../src/cli/CliIo";
import { runCli } from "../src/cli/runCli";
import { gc, median } from "./stats";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const children = arg("children", 400_000);
const years = arg("years", 4);
const seed = arg("seed", 11);
const runs = arg("runs", 5);
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
function io(out: string[]): CliIo {
  return { stdout: (t) => out.push(t), stderr: (t) => out.push(t), stderrIsTty: false, columns: 80, cwd: process.cwd(), now: () => performance.now(), schemasDir: join(process.cwd(), "dist", "schemas") };
}

const dir = join(tmpdir(), `kinsafe-bench-ssda903-${String(children)}-${String(years)}-${String(seed)}`);
if (!existsSync(dir)) {
  const out: string[] = [];
  const t = performance.now();
  const code = await runCli(["synth", "--children", String(children), "--years", String(years), "--seed", String(seed), "--format", "ssda903", "--out", dir, "--quiet"], io(out));
  if (code !== 0) throw new Error(`kinsafe synth exited with ${String(code)}: ${out.join("").slice(0, 2000)}`);
  log(`Wrote the SSDA903 returns in ${((performance.now() - t) / 1000).toFixed(1)} s (untimed).`);
}
const files = readdirSync(dir).filter((f) => f.endsWith(".csv")).sort().map((f) => join(dir, f));
const episodes = files.filter((f) => f.endsWith("_episodes.csv"));
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
const episodeBytes = episodes.reduce((n, f) => n + readFileSync(f).length, 0);
log(`Machine: nproc ${String(availableParallelism())}, ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
log(`${String(files.length)} SSDA903 CSV files, ${(bytes / 1e6).toFixed(1)} MB (${String(episodes.length)} episodes files, ${(episodeBytes / 1e6).toFixed(1)} MB); ${String(children)} children, ${String(years)} years, seed ${String(seed)}.`);

const kin: number[] = [];
const duck: number[] = [];
let kinLooked = NaN;
let duckLooked = NaN;
for (let run = 0; run < runs; run++) {
  gc();
  let t = performance.now();
  const out: string[] = [];
  const code = await runCli(["metrics", ...files, "--period", "2025", "--format", "json", "--quiet"], io(out));
  kin.push(performance.now() - t);
  if (code !== 0) throw new Error(`kinsafe metrics exited with ${String(code)}: ${out.join("").slice(0, 2000)}`);
  if (run === 0) {
    const json = JSON.parse(out.join("")) as { results: { metrics: Record<string, { breakdown?: Record<string, { value: number | null }> }> }[] };
    kinLooked = json.results[0]?.metrics["plans.open"]?.breakdown?.["lac"]?.value ?? NaN;
  }
  gc();
  t = performance.now();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const list = episodes.map((f) => `'${f}'`).join(", ");
  // An episode open at the end of one year's return is in the next year's too, with its end:
  // each episode (child, start) is taken from the latest return that holds it (file names sort
  // by year), as the returns are merged.
  await connection.run(
    `CREATE TABLE lac AS SELECT CHILD AS child, DECOM AS decom, DEC AS dec, LS IN ('V3', 'V4') AS short_break FROM read_csv([${list}], header = true, filename = true, dateformat = '%d/%m/%Y', types = {'CHILD': 'VARCHAR', 'DECOM': 'DATE', 'DEC': 'DATE', 'LS': 'VARCHAR'}) QUALIFY row_number() OVER (PARTITION BY CHILD, DECOM ORDER BY filename DESC) = 1`,
  );
  const reader = await connection.runAndReadAll(`SELECT count(DISTINCT child) FROM lac WHERE NOT short_break AND decom <= DATE '2025-03-31' AND (dec IS NULL OR dec > DATE '2025-03-31')`);
  duckLooked = Number(reader.getRows()[0]?.[0] ?? NaN);
  connection.closeSync();
  instance.closeSync();
  duck.push(performance.now() - t);
  log(`  run ${String(run + 1)}: kinsafe metrics ${((kin[run] ?? 0) / 1000).toFixed(2)} s; DuckDB load + query ${((duck[run] ?? 0) / 1000).toFixed(2)} s`);
}
const k = median(kin);
const d = median(duck);
log(`Medians of ${String(runs)} runs: kinsafe ${(k / 1000).toFixed(2)} s (every table, the whole core data set); DuckDB ${(d / 1000).toFixed(2)} s (the episodes, one query).`);
log(`children looked after at 31 March 2025: kinsafe ${String(kinLooked)}, DuckDB ${String(duckLooked)}${kinLooked === duckLooked ? "" : " (DIFFERENT)"}`);
log(`target: kinsafe metrics from SSDA903 CSV within 1.5x of DuckDB on the same CSV files: ${k / d <= 1.5 ? "met" : "NOT met"} (${(k / d).toFixed(2)}x)`);
log(`Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
