// Reader benchmark (not part of npm test): CIN census XML of a synthetic authority with about
// 1 million referrals, read into canonical child records by kinsafe's streaming reader and by
// fast-xml-parser (a DOM parser: whole file as a string, whole tree, then mapped to records), on
// the same files. Peak memory is measured in child processes, on a small and a large file.
//
// Usage:
//   node --expose-gc --max-old-space-size=16384 --import tsx bench/readers.ts [--children 2000000] [--years 10] [--runs 5] [--fxp-runs 5]
//   node --import tsx bench/readers.ts --generate-only   (write the files and stop; bench/endToEnd.ts reads the same files)
//   node --expose-gc --import tsx bench/readers.ts --memory kinsafe|fxp FILE   (internal)
//   ... --compare DIR   also time the reader of another commit, interleaved run by run with this one:
//       DIR holds that commit's src/ (git archive COMMIT src | tar -x -C DIR; ln -s "$PWD/node_modules" DIR/)
//   ... --no-fxp   skip fast-xml-parser (and the memory runs), for the reader's throughput alone
//
// The files are written once to $TMPDIR/kinsafe-bench-readers (kept between runs; delete the
// folder to regenerate). Figures go in docs/statutory-returns.md.
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { XMLParser } from "fast-xml-parser";
import type { IsoDate } from "../src/core";
import type { ChildRecord } from "../src/records";
import { generateSyntheticAuthorityStream } from "../src/synthetic";
import { streamCinCensus } from "../src/interop/cin-census";
import * as scannerModule from "../src/interop/internal";
import { resolveLimits, type XmlHandler } from "../src/interop/internal";
import { CIN_CENSUS_TAIL, cinCensusHead, cinChildXml, cinWriteSettings } from "../src/interop/cin-census/cinCensusXml";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

// ---------------------------------------------------------------------------------------------
// The two readers
// ---------------------------------------------------------------------------------------------

type Stream = typeof streamCinCensus;

async function readKinsafe(file: string, stream: Stream = streamCinCensus): Promise<{ children: number; referrals: number }> {
  let children = 0;
  let referrals = 0;
  for await (const r of stream(createReadStream(file, { highWaterMark: 1 << 20 }))) {
    children++;
    referrals += r.cinEpisodes.length;
  }
  return { children, referrals };
}

interface ScannerModule {
  createXmlScanner(handler: XmlHandler, limits: ReturnType<typeof resolveLimits>): { write(chunk: string): void; end(): void };
  createXmlByteScanner?: (handler: XmlHandler, limits: ReturnType<typeof resolveLimits>) => { write(chunk: Uint8Array): void; end(): void };
}

/**
 * The scanner alone (no records): every element and value reported to a handler that only
 * counts them. A scanner without a byte interface (an older commit's) is fed the decoded text,
 * as its readers fed it.
 */
async function scanOnly(file: string, scanners: ScannerModule): Promise<number> {
  let events = 0;
  const handler: XmlHandler = {
    open: () => { events++; },
    text: () => { events++; },
    close: () => { events++; },
  };
  const limits = resolveLimits(undefined);
  if (scanners.createXmlByteScanner !== undefined) {
    const scanner = scanners.createXmlByteScanner(handler, limits);
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.write(chunk as Uint8Array);
    scanner.end();
  } else {
    const scanner = scanners.createXmlScanner(handler, limits);
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.write(decoder.decode(chunk as Uint8Array, { stream: true }));
    scanner.end();
  }
  return events;
}

/** Wall and process CPU time of `run`, in ms. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  gc();
  const t = performance.now();
  const c = process.cpuUsage();
  const value = await run();
  const wall = performance.now() - t;
  const cu = process.cpuUsage(c);
  return { value, wall, cpu: (cu.user + cu.system) / 1000 };
}

type Node = Record<string, unknown>;
const arr = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined);

/** fast-xml-parser baseline: parse to a tree, then map the tree to child records (same fields, no validation). */
function readFxp(file: string): { children: number; referrals: number } {
  const xml = readFileSync(file, "utf8");
  const parser = new XMLParser({ parseTagValue: false, processEntities: true, isArray: (name) => ["Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "Disability", "AssessmentFactors", "CPPreviewDate"].includes(name) });
  const doc = parser.parse(xml) as Node;
  const message = doc["Message"] as Node;
  const kids = arr((message["Children"] as Node | undefined)?.["Child"]);
  let referrals = 0;
  const records = kids.map((k) => {
    const ids = k["ChildIdentifiers"] as Node;
    const chars = (k["ChildCharacteristics"] ?? {}) as Node;
    const episodes = arr(k["CINdetails"]).map((e, i) => ({
      id: `cin-${String(i)}`,
      referralDate: str(e["CINreferralDate"]),
      referralSource: str(e["ReferralSource"]),
      primaryNeed: str(e["PrimaryNeedCode"]),
      referralNfa: e["ReferralNFA"] === "true" || e["ReferralNFA"] === "1",
      closureDate: str(e["CINclosureDate"]),
      closureReason: str(e["ReasonForClosure"]),
      assessments: arr(e["Assessments"]).map((a) => ({ startDate: str(a["AssessmentActualStartDate"]), authorisationDate: str(a["AssessmentAuthorisationDate"]), factors: arr((a["FactorsIdentifiedAtAssessment"] as Node | undefined)?.["AssessmentFactors"]) })),
      cinPlans: arr(e["CINPlanDates"]).map((p) => ({ startDate: str(p["CINPlanStartDate"]), endDate: str(p["CINPlanEndDate"]) })),
      section47s: arr(e["Section47"]).map((s) => ({ startDate: str(s["S47ActualStartDate"]), icpcDate: str(s["DateOfInitialCPC"]), icpcNotRequired: s["ICPCnotRequired"] === "true" })),
      cpPlans: arr(e["ChildProtectionPlans"]).map((p) => ({ startDate: str(p["CPPstartDate"]), endDate: str(p["CPPendDate"]), reviewDates: arr((p["Reviews"] as Node | undefined)?.["CPPreviewDate"]) })),
    }));
    referrals += episodes.length;
    return { child: { childId: str(ids["LAchildID"]), dob: str(ids["PersonBirthDate"]), sex: str(ids["Sex"]), ethnicity: str(chars["Ethnicity"]) }, cinEpisodes: episodes };
  });
  return { children: records.length, referrals };
}

// ---------------------------------------------------------------------------------------------
// Memory mode: one reader, one file, in a process of its own.
// ---------------------------------------------------------------------------------------------

if (process.argv[2] === "--memory") {
  const which = process.argv[3];
  const file = process.argv[4] ?? "";
  gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  if (which === "kinsafe") await readKinsafe(file);
  else readFxp(file);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ peakRssMB: peak / 2 ** 20, baseRssMB: base / 2 ** 20 }) + "\n");
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Generate the files (once)
// ---------------------------------------------------------------------------------------------

const children0to17 = arg("children", 2_000_000);
const years = arg("years", 10);
const runs = arg("runs", 5);
// fast-xml-parser is several times slower: at 1M referrals each run takes minutes, so it may be given fewer runs.
const fxpRuns = Math.min(runs, arg("fxp-runs", runs));
const endYear = 2025;
const dir = join(tmpdir(), `kinsafe-bench-readers-${String(children0to17)}-${String(years)}`);
const manifestPath = join(dir, "manifest.json");

interface Manifest {
  files: { year: number; path: string; bytes: number; cinDetails: number }[];
  referrals: number;
  children: number;
  generateSeconds: number;
}

async function generate(): Promise<Manifest> {
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const outs = Array.from({ length: years }, (_, i) => {
    const year = endYear - years + 1 + i;
    const header = { la: "999", collectionYear: year, referenceDate: `${String(year)}-03-31` as IsoDate };
    const path = join(dir, `cin-${String(year)}.xml`);
    const stream = createWriteStream(path);
    stream.write(cinCensusHead(header));
    return { year, path, stream, settings: cinWriteSettings(header, { scope: "collection-year" }), cinDetails: 0, pending: [] as string[], size: 0 };
  });
  let referrals = 0;
  let children = 0;
  const firstDay = `${String(endYear - years)}-04-01`;
  for (const record of generateSyntheticAuthorityStream({ seed: 7, children0to17, years, endYear, visits: false }) as Iterable<ChildRecord>) {
    children++;
    referrals += record.cinEpisodes.filter((e) => e.referralDate >= firstDay).length;
    for (const o of outs) {
      const xml = cinChildXml(record, o.settings);
      if (xml === undefined) continue;
      o.cinDetails += (xml.match(/<CINdetails>/g) ?? []).length;
      o.pending.push(xml);
      o.size += xml.length;
      if (o.size > 1 << 20) {
        const ok = o.stream.write(o.pending.join(""));
        o.pending = [];
        o.size = 0;
        if (!ok) await new Promise<void>((resolve) => o.stream.once("drain", () => { resolve(); }));
      }
    }
  }
  for (const o of outs) {
    o.stream.end(o.pending.join("") + CIN_CENSUS_TAIL);
    await new Promise<void>((resolve) => o.stream.once("finish", () => { resolve(); }));
  }
  const manifest: Manifest = {
    files: outs.map((o) => ({ year: o.year, path: o.path, bytes: statSync(o.path).size, cinDetails: o.cinDetails })),
    referrals,
    children,
    generateSeconds: (performance.now() - t0) / 1000,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}

const manifest: Manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest) : await generate();
const totalBytes = manifest.files.reduce((n, f) => n + f.bytes, 0);
const MB = (b: number): number => b / 1e6;
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
log(`Synthetic authority: ${String(children0to17)} children aged 0-17, ${String(years)} collection years; ${String(manifest.referrals)} referrals in those years; ${String(manifest.children)} child records.`);
if (process.argv.includes("--generate-only")) {
  log(`Files in ${dir}`);
  process.exit(0);
}
log(`Machine: nproc ${String(availableParallelism())}, ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);
log(`CIN census files: ${String(manifest.files.length)}, ${MB(totalBytes).toFixed(0)} MB in all, ${String(manifest.files.reduce((n, f) => n + f.cinDetails, 0))} CINdetails (episodes open in several years appear in each). Generated in ${manifest.generateSeconds.toFixed(0)} s.`);

// Throughput: every file, `runs` times each, both readers; medians of the per-run totals.
// With --compare, the reader of another commit is timed too, file by file right after this one.
const compareArg = process.argv.indexOf("--compare");
const compareDir = compareArg === -1 ? undefined : process.argv[compareArg + 1];
const other = compareDir === undefined ? undefined : ((await import(join(compareDir, "src/interop/cin-census/index.ts"))) as { streamCinCensus: Stream }).streamCinCensus;
const otherScanner = compareDir === undefined ? undefined : ((await import(join(compareDir, "src/interop/internal/index.ts"))) as ScannerModule);
const noFxp = process.argv.includes("--no-fxp");
type Times = { wall: number[]; cpu: number[] };
const times = (): Times => ({ wall: [], cpu: [] });
const kin = times();
const oth = times();
const scan = times();
const scanOther = times();
const fxpT = times();
const fxp = fxpT.wall;
const loads: number[] = [];
let check = { kinsafe: 0, fxp: 0, other: 0 };
let checkFxp = check; // the counts of a run in which both readers ran
for (let run = 0; run < runs; run++) {
  const sum = { kin: [0, 0], oth: [0, 0], scan: [0, 0], scanOther: [0, 0], fxp: [0, 0] } as Record<string, [number, number]>;
  const add = (k: string, r: { wall: number; cpu: number }): void => {
    const a = sum[k] as [number, number];
    a[0] += r.wall;
    a[1] += r.cpu;
  };
  check = { kinsafe: 0, fxp: 0, other: 0 };
  for (const f of manifest.files) {
    const k = await timed(() => readKinsafe(f.path));
    check.kinsafe += k.value.referrals;
    add("kin", k);
    if (other !== undefined) {
      const o = await timed(() => readKinsafe(f.path, other));
      check.other += o.value.referrals;
      add("oth", o);
    }
    add("scan", await timed(() => scanOnly(f.path, scannerModule)));
    if (otherScanner !== undefined) add("scanOther", await timed(() => scanOnly(f.path, otherScanner)));
    if (run >= fxpRuns || noFxp) continue;
    const x = await timed(() => Promise.resolve(readFxp(f.path)));
    check.fxp += x.value.referrals;
    add("fxp", x);
  }
  const push = (t: Times, k: string): void => {
    t.wall.push((sum[k] as [number, number])[0]);
    t.cpu.push((sum[k] as [number, number])[1]);
  };
  push(kin, "kin");
  push(scan, "scan");
  if (other !== undefined) push(oth, "oth");
  if (otherScanner !== undefined) push(scanOther, "scanOther");
  loads.push(loadavg()[0] ?? NaN);
  if (run < fxpRuns && !noFxp) {
    push(fxpT, "fxp");
    checkFxp = check;
  }
  const s = (t: Times): string => `${((t.wall[t.wall.length - 1] ?? NaN) / 1000).toFixed(1)} s (CPU ${((t.cpu[t.cpu.length - 1] ?? NaN) / 1000).toFixed(1)} s)`;
  log(`  run ${String(run + 1)}: kinsafe ${s(kin)}${other !== undefined ? `, compared commit ${s(oth)}` : ""}, scanner alone ${s(scan)}${otherScanner !== undefined ? `, compared commit's scanner alone ${s(scanOther)}` : ""}${run < fxpRuns && !noFxp ? `, fast-xml-parser ${s(fxpT)}` : ""}; load ${(loadavg()[0] ?? NaN).toFixed(2)}`);
  if (other !== undefined && check.other !== check.kinsafe) throw new Error(`The two commits' readers disagree: ${String(check.kinsafe)} vs ${String(check.other)} episodes.`);
}
if (fxpRuns > 0 && !noFxp && checkFxp.kinsafe !== checkFxp.fxp) throw new Error(`The readers disagree: ${String(checkFxp.kinsafe)} vs ${String(checkFxp.fxp)} episodes.`);
const rate = (ms: number): number => MB(totalBytes) / (ms / 1000);
const line = (t: Times): string => `${rate(median(t.wall)).toFixed(1)} MB/s (${(median(t.wall) / 1000).toFixed(2)} s; ${rate(median(t.cpu)).toFixed(1)} MB/s of process CPU time)`;
const kMBs = rate(median(kin.wall));
log(`Throughput (medians over all files, same files, same records; ${String(runs)} runs; load average ${median(loads).toFixed(2)} median):`);
log(`  kinsafe streamCinCensus: ${line(kin)}`);
log(`  the scanner alone (no records): ${line(scan)}`);
if (other !== undefined) {
  log(`  compared commit (${compareDir ?? ""}) streamCinCensus: ${line(oth)}`);
  log(`    this commit's reader / compared: ${(median(oth.wall) / median(kin.wall)).toFixed(2)}x wall, ${(median(oth.cpu) / median(kin.cpu)).toFixed(2)}x CPU (per-run wall ratios ${kin.wall.map((k, i) => ((oth.wall[i] ?? NaN) / k).toFixed(2)).join(", ")})`);
}
if (otherScanner !== undefined) {
  log(`  compared commit's scanner alone: ${line(scanOther)}`);
  log(`    this commit's scanner / compared: ${(median(scanOther.wall) / median(scan.wall)).toFixed(2)}x wall, ${(median(scanOther.cpu) / median(scan.cpu)).toFixed(2)}x CPU`);
}
log(`reader >= 150 MB/s per thread: ${kMBs >= 150 ? "met" : "NOT met"} (${kMBs.toFixed(1)} MB/s)`);
if (!noFxp && fxp.length > 0) {
  const fMBs = rate(median(fxp));
  log(`  fast-xml-parser + map:   ${fMBs.toFixed(1)} MB/s (${(median(fxp) / 1000).toFixed(1)} s)`);
  log(`  ratio: ${(kMBs / fMBs).toFixed(1)}x (target >= 5x)`);
}
if (noFxp) process.exit(0);

log(`Load average after the throughput runs: ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`);

// Peak memory on the smallest and the largest file, each reader in its own process.
const sorted = [...manifest.files].sort((a, b) => a.bytes - b.bytes);
// `--small-file PATH` adds a much smaller CIN census file (e.g. one written by `--children 100000 --years 2 --generate-only`), so that the two sizes differ tenfold.
const smallArg = process.argv.indexOf("--small-file");
const small = smallArg === -1 ? [] : [{ year: 0, path: process.argv[smallArg + 1] ?? "", bytes: statSync(process.argv[smallArg + 1] ?? "").size, cinDetails: 0 }];
const pick = [...small, sorted[0], sorted[sorted.length - 1]].filter((f): f is Manifest["files"][number] => f !== undefined);
for (const which of ["kinsafe", "fxp"] as const) {
  for (const f of pick) {
    const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=16384", "--import", "tsx", "bench/readers.ts", "--memory", which, f.path], { encoding: "utf8", maxBuffer: 1 << 20 });
    const m = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { peakRssMB: number; baseRssMB: number };
    log(`Peak RSS, ${which === "kinsafe" ? "kinsafe" : "fast-xml-parser"}, ${MB(f.bytes).toFixed(0)} MB file: ${m.peakRssMB.toFixed(0)} MB (process at start ${m.baseRssMB.toFixed(0)} MB)`);
  }
}
// Memory that does not grow with the file, shown directly: the largest file read again with V8's
// old generation capped at 32 MB (a heap far smaller than the file). A reader that holds the
// file or its tree cannot finish.
const largest = sorted[sorted.length - 1];
if (largest !== undefined) {
  for (const which of ["kinsafe", "fxp"] as const) {
    let outcome: string;
    try {
      const out = execFileSync(process.execPath, ["--expose-gc", "--max-old-space-size=32", "--import", "tsx", "bench/readers.ts", "--memory", which, largest.path], { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"] });
      const m = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { peakRssMB: number };
      outcome = `read it (peak RSS ${m.peakRssMB.toFixed(0)} MB)`;
    } catch {
      outcome = "ran out of memory";
    }
    log(`Old generation capped at 32 MB, ${which === "kinsafe" ? "kinsafe" : "fast-xml-parser"}, ${MB(largest.bytes).toFixed(0)} MB file: ${outcome}`);
  }
}
