// The kinsafe benchmark: `npm run bench` (1M and 5M referrals) or `npm run bench -- --scale 100k`.
// Run with: node --expose-gc --max-old-space-size=16384 --import tsx bench/run.ts [--scale 1M,5M] [--runs 5]
// Prints a table and writes bench/results/latest.json. See bench/README.md.
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createWorkingDayCalendar, ENGLAND_AND_WALES_BANK_HOLIDAYS, workingDaysBetweenDayNumbers } from "../src/calendar";
import { toDayNumber, weekdayOfDayNumber } from "../src/core";
import { ChildRecordSchema, toColumnarCohort, type ChildRecord } from "../src/records";
import { computeCoreDataSet, computeCoreDataSets, type CoreDataSetOptions } from "../src/metrics";
import { buildResult } from "../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../src/metrics/internal/engine";
import { addRecordAsObjects } from "../tests/metrics/oracle/objectEngine";
import { isValidChildRecord } from "../src/records/internal";
import { generateSyntheticAuthorityStream } from "../src/synthetic";
import { computeBaseline, monthTables, type CoreFigures } from "./baseline";
import { NONE, toColumns } from "./columns";
import { loadDuckDb, queryDuckDb, writeCsvs } from "./duckdb";
import { findEngine, kinsafeFigures } from "./engine";
import { gc, timeIt, timeItAsync, timeItWarm } from "./stats";

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const parseScale = (s: string): number => {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (m === null) throw new Error(`bad --scale ${s}`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === "m" ? 1e6 : m[2]?.toLowerCase() === "k" ? 1e3 : 1));
};
const scales = (arg("scale") ?? "1M,5M").split(",").map(parseScale);
const runs = Number(arg("runs") ?? 5);
const YEARS = 10;
const END_YEAR = 2025;
const PERIOD = { start: `${String(END_YEAR - 1)}-04-01`, end: `${String(END_YEAR)}-03-31` };
const TARGETS = { kinsafeVsC: 3, kinsafeVsDuckDb: 2.5, workingDaysPerSecond: 30e6, validationVsZod: 1.6, cohortBytesPerReferral: 150, noise: 0.15 };

const log = (s: string): void => void process.stdout.write(`${s}\n`);
const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
const engine = await findEngine();
const calendar = createWorkingDayCalendar();
const months = monthTables(toDayNumber("1990-01-01"), toDayNumber("2040-12-31"));
const start = toDayNumber(PERIOD.start);
const end = toDayNumber(PERIOD.end);
const tmp = new URL("./results/tmp", import.meta.url).pathname;
mkdirSync(tmp, { recursive: true });

const machine = {
  nproc: Number(execFileSync("nproc").toString().trim()),
  cpu: /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown",
  node: process.version,
  memoryGiB: Math.round(Number(/MemTotal:\s*(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0) / 2 ** 20),
};
log(`kinsafe bench: ${machine.cpu}, ${String(machine.nproc)} cores, ${machine.node}, runs ${String(runs)}; engine: ${engine.computeCoreDataSet === undefined ? "not found" : engine.source}`);

const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(([d]) => toDayNumber(d)));
const listFirst = toDayNumber(`${ENGLAND_AND_WALES_BANK_HOLIDAYS[0]?.[0].slice(0, 4) ?? "2010"}-01-01`);
const listLast = toDayNumber(`${ENGLAND_AND_WALES_BANK_HOLIDAYS.at(-1)?.[0].slice(0, 4) ?? "2030"}-12-31`);
function dayByDay(a: number, b: number): number {
  // a negative duration (an end before its start, which the synthetic data has as real returns do)
  if (b < a) return -dayByDay(b, a);
  let n = 0;
  for (let d = a + 1; d <= b; d++) {
    const w = weekdayOfDayNumber(d);
    if (w !== 0 && w !== 6 && !holidays.has(d)) n++;
  }
  return n;
}

const results: Record<string, unknown>[] = [];
for (const referralsTarget of scales) {
  log(`\n== ${referralsTarget.toLocaleString("en-GB")} referrals ==`);
  gc();
  const children0to17 = Math.round(referralsTarget / (0.0518 * YEARS));
  const options = { seed: 2025, children0to17, years: YEARS, endYear: END_YEAR, historyYears: 0, visits: false };
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const records: ChildRecord[] = [];
  for (const r of generateSyntheticAuthorityStream(options)) records.push(r);
  const generateMs = performance.now() - t0;
  gc();
  const recordsHeapMB = mb(process.memoryUsage().heapUsed - heap0);
  t0 = performance.now();
  const columns = toColumns(records);
  const columnsMs = performance.now() - t0;
  const referrals = columns.referrals.ref.length;
  log(`generated ${records.length.toLocaleString("en-GB")} child records, ${referrals.toLocaleString("en-GB")} referrals (population ${children0to17.toLocaleString("en-GB")}) in ${(generateMs / 1000).toFixed(1)} s; records ~${String(recordsHeapMB)} MB heap; columns in ${(columnsMs / 1000).toFixed(1)} s`);

  // C: the columnar baseline. Its pass starts from columns already built; the conversion from
  // the canonical records into columns is timed too, so that the ratio that starts from the same
  // input as kinsafe (objects) is visible beside the floor.
  const c = timeIt(runs, () => computeBaseline(columns, start, end, calendar, months));
  const cWithConversion = timeIt(1, () => computeBaseline(toColumns(records), start, end, calendar, months));
  log(`C        ${c.ms.toFixed(1)} ms (${cWithConversion.ms.toFixed(1)} ms including the conversion from records)`);

  // DuckDB: CSV files, load timed, queries timed.
  await writeCsvs(columns, calendar, tmp);
  const loads: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    t0 = performance.now();
    const db = await loadDuckDb(tmp);
    loads.push(performance.now() - t0);
    db.close();
  }
  const db = await loadDuckDb(tmp);
  const duck = await timeItAsync(runs, () => queryDuckDb(db.connection, PERIOD.start, PERIOD.end));
  db.close();
  const duckLoadMs = [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)] ?? NaN;
  log(`DuckDB   load ${duckLoadMs.toFixed(0)} ms, queries ${duck.ms.toFixed(1)} ms`);
  const agree = (Object.keys(c.result) as (keyof CoreFigures)[]).filter((k) => c.result[k] !== duck.result[k]);
  log(agree.length === 0 ? "C and DuckDB agree on every figure" : `C and DuckDB DIFFER on ${agree.join(", ")}`);

  // kinsafe: computeCoreDataSet over the records.
  let kinsafe: Record<string, unknown> = { available: false };
  if (engine.computeCoreDataSet !== undefined) {
    const compute = engine.computeCoreDataSet;
    const base = { period: { year: END_YEAR }, population: { children0to17, vintage: "synthetic" }, calendar };
    const trusted = timeIt(runs, () => compute(records, { ...base, validate: false }));
    const validated = timeIt(runs, () => compute(records, base));
    const figures = kinsafeFigures(trusted.result);
    const differ = Object.entries(figures).filter(([k, v]) => v !== null && v !== c.result[k as keyof CoreFigures]).map(([k, v]) => `${k} ${String(v)} vs ${String(c.result[k as keyof CoreFigures])}`);
    log(`kinsafe  computeCoreDataSet(records) ${trusted.ms.toFixed(1)} ms (validate: false), ${validated.ms.toFixed(1)} ms (validated)`);
    log(differ.length === 0 ? "kinsafe agrees with C on every shared figure" : `kinsafe differs from C: ${differ.join("; ")}`);

    // The columnar cohort: built once from the records (validated), then the engine's pass over
    // it. computeCoreDataSet as it was before the columns (validation, then the pass over records
    // as objects, kept as the tests' oracle) is timed in the same run: building the cohort must
    // be no slower than it.
    const objectPass = timeIt(runs, () => {
      const st = createEngineState(resolveConfig({ ...base, validate: false }));
      for (const r of records) if (isValidChildRecord(r)) addRecordAsObjects(st, r);
      return buildResult(st);
    });
    gc();
    const build = timeIt(runs, () => toColumnarCohort(records));
    const cohort = build.result;
    gc();
    const overCohort = timeIt(runs, () => computeCoreDataSet(cohort, base as CoreDataSetOptions));
    // The same, and C, warm: no forced collection between runs.
    const overCohortWarm = timeItWarm(runs, () => computeCoreDataSet(cohort, base as CoreDataSetOptions));
    const cWarm = timeItWarm(runs, () => computeBaseline(columns, start, end, calendar, months));
    const cohortFigures = kinsafeFigures(overCohort.result);
    const cohortDiffer = Object.entries(cohortFigures).filter(([k, v]) => v !== null && v !== c.result[k as keyof CoreFigures]).map(([k, v]) => `${k} ${String(v)} vs ${String(c.result[k as keyof CoreFigures])}`);
    const sameAsRecords = JSON.stringify(overCohort.result) === JSON.stringify(validated.result);
    const tenYears = Array.from({ length: YEARS }, (_, i) => ({ ...base, period: { year: END_YEAR - i } }));
    const series = timeIt(Math.min(runs, 3), () => computeCoreDataSets(cohort, tenYears));
    kinsafe = {
      available: true,
      source: engine.source,
      trustedMs: trusted.ms,
      validatedMs: validated.ms,
      runsMs: trusted.all,
      objectPassMs: objectPass.ms,
      cohortBuildMs: build.ms,
      cohortBytes: cohort.byteLength,
      cohortBytesPerReferral: cohort.byteLength / cohort.referrals,
      overCohortMs: overCohort.ms,
      overCohortRunsMs: overCohort.all,
      overCohortWarmMs: overCohortWarm.ms,
      overCohortWarmRunsMs: overCohortWarm.all,
      cWarmMs: cWarm.ms,
      tenPeriodsMs: series.ms,
      sameAsRecords,
      figures,
      differencesFromC: [...differ, ...cohortDiffer],
    };
    log(`kinsafe  object pass (before columns) ${objectPass.ms.toFixed(1)} ms; cohort built in ${build.ms.toFixed(1)} ms (${(cohort.byteLength / 2 ** 20).toFixed(1)} MB, ${(cohort.byteLength / cohort.referrals).toFixed(1)} bytes per referral)`);
    log(`kinsafe  computeCoreDataSet(cohort) ${overCohort.ms.toFixed(1)} ms; ten periods in one pass ${series.ms.toFixed(1)} ms; ${sameAsRecords ? "same result as over the records" : "DIFFERENT result from the records"}`);
    log(`warm (no forced GC between runs): computeCoreDataSet(cohort) ${overCohortWarm.ms.toFixed(1)} ms, C ${cWarm.ms.toFixed(1)} ms`);
    log(cohortDiffer.length === 0 ? "kinsafe over the cohort agrees with C on every shared figure" : `kinsafe over the cohort differs from C: ${cohortDiffer.join("; ")}`);
  } else log("kinsafe  computeCoreDataSet not available yet: skipped");

  // Working days: every assessment and ICPC pair, O(1) each; exact against a day-by-day count.
  const pa: number[] = [];
  const pb: number[] = [];
  const inCal = (d: number): boolean => d !== NONE && d >= calendar.firstDay && d <= calendar.lastDay;
  for (let i = 0; i < columns.assessments.start.length; i++) {
    const a = columns.assessments.start[i] ?? NONE, b = columns.assessments.auth[i] ?? NONE;
    if (inCal(a) && inCal(b)) (pa.push(a), pb.push(b));
  }
  for (let i = 0; i < columns.s47.start.length; i++) {
    const a = columns.s47.start[i] ?? NONE, b = columns.s47.icpc[i] ?? NONE;
    if (inCal(a) && inCal(b)) (pa.push(a), pb.push(b));
  }
  const A = Int32Array.from(pa), B = Int32Array.from(pb);
  const wd = timeIt(runs, () => {
    let sum = 0;
    for (let i = 0; i < A.length; i++) sum += workingDaysBetweenDayNumbers(calendar, A[i] ?? 0, B[i] ?? 0);
    return sum;
  });
  const step = Math.max(1, Math.floor(A.length / 20000));
  let checked = 0, wrong = 0;
  for (let i = 0; i < A.length; i += step) {
    // the day-by-day count knows the bank holidays of the published list only (2010-2030)
    if (Math.min(A[i] ?? 0, B[i] ?? 0) < listFirst || Math.max(A[i] ?? 0, B[i] ?? 0) > listLast) continue;
    checked++;
    if (workingDaysBetweenDayNumbers(calendar, A[i] ?? 0, B[i] ?? 0) !== dayByDay(A[i] ?? 0, B[i] ?? 0)) wrong++;
  }
  const pairsPerSecond = A.length / (wd.ms / 1000);
  log(`working days ${(pairsPerSecond / 1e6).toFixed(0)} M pairs/s over ${A.length.toLocaleString("en-GB")} pairs; ${String(wrong)} of ${String(checked)} sampled pairs differ from a day-by-day count`);

  // Validation: kinsafe's validator against zod's parse, same records, same error paths.
  let validation: Record<string, unknown> = { available: false };
  if (engine.validateChildRecord !== undefined) {
    const validate = engine.validateChildRecord;
    const sample = records.slice(0, Math.min(records.length, 100000));
    const k = timeIt(runs, () => {
      let ok = 0;
      for (const r of sample) if (validate(r).ok) ok++;
      return ok;
    });
    const z = timeIt(runs, () => {
      let ok = 0;
      for (const r of sample) if (ChildRecordSchema.parse(r) !== undefined) ok++;
      return ok;
    });
    // Same error paths: corrupt some records and compare the issues.
    let samePaths = 0, compared = 0;
    for (let i = 0; i < sample.length && compared < 200; i += Math.max(1, Math.floor(sample.length / 200))) {
      const bad = structuredClone(sample[i]) as unknown as { child: Record<string, unknown>; cinEpisodes: Record<string, unknown>[] };
      bad.child["sex"] = "X";
      if (bad.cinEpisodes[0] !== undefined) bad.cinEpisodes[0]["referralDate"] = "2024-02-30";
      const kz = validate(bad) as { ok: boolean; error?: { issues?: { path: unknown }[] } };
      const zz = ChildRecordSchema.safeParse(bad);
      const kp = JSON.stringify((kz.error?.issues ?? []).map((x) => x.path));
      const zp = JSON.stringify(zz.success ? [] : zz.error.issues.map((x) => x.path));
      compared++;
      if (!kz.ok && kp === zp) samePaths++;
    }
    validation = { available: true, records: sample.length, kinsafeMs: k.ms, zodMs: z.ms, ratio: z.ms / k.ms, samePaths, compared };
    log(`validation kinsafe ${k.ms.toFixed(0)} ms, zod parse ${z.ms.toFixed(0)} ms over ${sample.length.toLocaleString("en-GB")} records: ${(z.ms / k.ms).toFixed(2)}x; error paths equal on ${String(samePaths)}/${String(compared)}`);
  } else log("validation: kinsafe validator not available yet: skipped");

  results.push({
    referralsTarget,
    referrals,
    childRecords: records.length,
    children0to17,
    generateMs,
    recordsHeapMB,
    period: PERIOD,
    c: { ms: c.ms, runsMs: c.all, withConversionMs: cWithConversion.ms, figures: c.result },
    duckdb: { loadMs: duckLoadMs, loadRunsMs: loads, queriesMs: duck.ms, queriesRunsMs: duck.all, figures: duck.result, differFromC: agree },
    kinsafe,
    workingDays: { pairs: A.length, ms: wd.ms, pairsPerSecond, checked, wrong },
    validation,
  });
  records.length = 0;
  gc();
}

// Memory of the streaming accumulator at two sizes, each in its own process.
const memory: Record<string, unknown>[] = [];
const smallest = Math.min(...scales);
for (const referrals of [Math.round(smallest / 10), smallest]) {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", new URL("./memory.ts", import.meta.url).pathname, String(Math.round(referrals / (0.0518 * YEARS)))], { maxBuffer: 1 << 20 }).toString();
  const m = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Record<string, unknown>;
  memory.push({ referralsTarget: referrals, ...m });
  log(`accumulator memory at ${referrals.toLocaleString("en-GB")} referrals: ${JSON.stringify(m)}`);
}
rmSync(tmp, { recursive: true, force: true });

// The table and the targets.
const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : "-");
log("\n| referrals | C ms | DuckDB load ms | DuckDB queries ms | kinsafe over cohort ms | kinsafe / C | DuckDB queries / kinsafe | cohort build ms | object pass ms | bytes / referral | records (validated, trusted) ms | working days M/s | validation vs zod |");
log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
const verdicts: string[] = [];
for (const r of results) {
  const c = (r["c"] as { ms: number }).ms;
  const d = r["duckdb"] as { loadMs: number; queriesMs: number };
  const k = r["kinsafe"] as { available: boolean; trustedMs?: number; validatedMs?: number; overCohortMs?: number; overCohortWarmMs?: number; cWarmMs?: number; cohortBuildMs?: number; objectPassMs?: number; cohortBytesPerReferral?: number; sameAsRecords?: boolean };
  const w = r["workingDays"] as { pairsPerSecond: number; wrong: number };
  const v = r["validation"] as { available: boolean; ratio?: number };
  const km = k.overCohortMs ?? NaN;
  log(`| ${(r["referrals"] as number).toLocaleString("en-GB")} | ${fmt(c)} | ${fmt(d.loadMs, 0)} | ${fmt(d.queriesMs)} | ${fmt(km)} | ${fmt(km / c, 2)} | ${fmt(d.queriesMs / km, 2)} | ${fmt(k.cohortBuildMs ?? NaN)} | ${fmt(k.objectPassMs ?? NaN)} | ${fmt(k.cohortBytesPerReferral ?? NaN)} | ${fmt(k.validatedMs ?? NaN)}, ${fmt(k.trustedMs ?? NaN)} | ${fmt(w.pairsPerSecond / 1e6, 0)} | ${v.available ? `${fmt(v.ratio ?? NaN, 2)}x` : "n/a"} |`);
  const n = (r["referrals"] as number).toLocaleString("en-GB");
  const allow = 1 + TARGETS.noise;
  if (k.available) {
    verdicts.push(`${n}: engine over the cohort <= 3x C: ${km / c <= TARGETS.kinsafeVsC * allow ? "met" : "NOT met"} (${fmt(km / c, 2)}x; moonshot 1.5x ${km / c <= 1.5 ? "met" : "not met"})`);
    verdicts.push(`${n}: engine over the cohort >= 2.5x faster than DuckDB queries: ${d.queriesMs / km >= TARGETS.kinsafeVsDuckDb / allow ? "met" : "NOT met"} (${fmt(d.queriesMs / km, 2)}x)`);
    const kw = k.overCohortWarmMs ?? NaN;
    const cw = k.cWarmMs ?? NaN;
    verdicts.push(`${n}: warm, engine over the cohort <= 3x C: ${kw / cw <= TARGETS.kinsafeVsC * allow ? "met" : "NOT met"} (${fmt(kw / cw, 2)}x); >= 2.5x faster than DuckDB queries: ${d.queriesMs / kw >= TARGETS.kinsafeVsDuckDb / allow ? "met" : "NOT met"} (${fmt(d.queriesMs / kw, 2)}x)`);
    verdicts.push(`${n}: building the cohort no slower than the object pass: ${(k.cohortBuildMs ?? Infinity) <= (k.objectPassMs ?? 0) * allow ? "met" : "NOT met"} (${fmt(k.cohortBuildMs ?? NaN)} vs ${fmt(k.objectPassMs ?? NaN)} ms)`);
    verdicts.push(`${n}: cohort <= 150 bytes per referral: ${(k.cohortBytesPerReferral ?? Infinity) <= TARGETS.cohortBytesPerReferral ? "met" : "NOT met"} (${fmt(k.cohortBytesPerReferral ?? NaN)})`);
    verdicts.push(`${n}: same figures over the cohort as over the records: ${k.sameAsRecords === true ? "yes" : "NO"}`);
  }
  verdicts.push(`${n}: working days >= 30M pairs/s and exact: ${w.pairsPerSecond >= TARGETS.workingDaysPerSecond / allow && w.wrong === 0 ? "met" : "NOT met"}`);
  if (v.available) verdicts.push(`${n}: validation >= 1.6x zod: ${(v.ratio ?? 0) >= TARGETS.validationVsZod / allow ? "met" : "NOT met"} (${fmt(v.ratio ?? NaN, 2)}x)`);
}
log("");
for (const v of verdicts) log(v);
mkdirSync(new URL("./results", import.meta.url).pathname, { recursive: true });
writeFileSync(new URL("./results/latest.json", import.meta.url).pathname, JSON.stringify({ machine, runs, targets: TARGETS, results, memory, verdicts }, null, 2));
log("\nwrote bench/results/latest.json");
