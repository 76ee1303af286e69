// `kinsafe metrics` against what an analyst would write instead: the peer script in
// ../shared/bench (or --peer PATH), lxml + pandas, reading the same CIN census XML files and
// computing six headline figures. Both run as whole processes, interleaved, each timed with
// /usr/bin/time (wall, CPU, peak RSS); medians of --runs (default 5). The figures must be equal.
//
//   node --import tsx bench/peer.ts [--dir DIR] [--children 400000] [--years 4] [--seed 11] [--runs 5]
//       [--peer PATH] [--holidays PATH] [--threads N]
//
// The files are written first, when DIR holds none, with the built command:
// `node dist/cli.js synth --children 400000 --years 4 --seed 11 --format cin-census --out DIR`.
// Targets (issue: the columnar engine): kinsafe at least 5x faster in wall time than the peer,
// with no more peak memory, and the same six figures.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const children = arg("children", "400000");
const years = arg("years", "4");
const seed = arg("seed", "11");
const runs = Number(arg("runs", "5"));
const dir = arg("dir", join(tmpdir(), `kinsafe-bench-peer-${children}-${years}-${seed}`));
const root = new URL("..", import.meta.url).pathname;
const peer = arg("peer", join(root, "..", "shared", "bench", "peer_lxml_pandas.py"));
const holidays = arg("holidays", join(root, "..", "shared", "domain", "bank-holidays-england-and-wales.json"));
const threads = arg("threads", "");
const cli = join(root, "dist", "cli.js");
const log = (s: string): void => void process.stdout.write(`${s}\n`);

if (!existsSync(cli)) throw new Error("Build first: npm run build");
if (!existsSync(peer)) throw new Error(`No peer script at ${peer} (give --peer PATH)`);
mkdirSync(dir, { recursive: true });
let files = readdirSync(dir).filter((f) => f.endsWith(".xml")).sort().map((f) => join(dir, f));
if (files.length === 0) {
  log(`writing the files: kinsafe synth --children ${children} --years ${years} --seed ${seed} --format cin-census --out ${dir}`);
  execFileSync(process.execPath, [cli, "synth", "--children", children, "--years", years, "--seed", seed, "--format", "cin-census", "--out", dir, "--quiet"], { stdio: "inherit" });
  files = readdirSync(dir).filter((f) => f.endsWith(".xml")).sort().map((f) => join(dir, f));
}
const mb = files.reduce((n, f) => n + readFileSync(f).byteLength, 0) / 1e6;

interface Run {
  wall: number;
  cpu: number;
  rssMB: number;
  out: string;
}
/** One whole process under /usr/bin/time. */
function timed(command: string, argv: readonly string[]): Run {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...argv], { maxBuffer: 1 << 28, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} failed (${String(r.status)}): ${r.stderr.slice(-2000)}`);
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, sys, rss] = last.split(" ").map(Number);
  return { wall: wall ?? NaN, cpu: (user ?? NaN) + (sys ?? NaN), rssMB: (rss ?? NaN) / 1024, out: r.stdout };
}
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

type Metric = { value?: number | null; numerator?: number | null; breakdown?: Record<string, Metric> };
function kinsafeFigures(out: string): Record<string, number | null | undefined> {
  const m = (JSON.parse(out) as { results: { metrics: Record<string, Metric> }[] }).results[0]?.metrics ?? {};
  return {
    referrals: m["activity.referrals"]?.value,
    "re-referrals": m["activity.re-referral-rate"]?.numerator,
    s47: m["activity.s47-enquiries"]?.value,
    icpc: m["activity.icpcs"]?.value,
    "icpc-within-15": m["timeliness.icpc"]?.breakdown?.["within-15"]?.numerator,
    "cp-open-at-end": m["plans.open"]?.breakdown?.["cp"]?.value,
  };
}

log(`${String(files.length)} files, ${mb.toFixed(0)} MB; runs ${String(runs)}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
const k: Run[] = [];
const p: Run[] = [];
const kArgs = [cli, "metrics", ...files, "--period", "2025", "--format", "json", "--quiet", ...(threads === "" ? [] : ["--threads", threads])];
const pArgs = [peer, "2024-04-01", "2025-03-31", holidays, ...files];
for (let i = 0; i < runs; i++) {
  k.push(timed(process.execPath, kArgs));
  p.push(timed("/usr/bin/python3", pArgs));
  log(`run ${String(i + 1)}: kinsafe ${k[i]?.wall.toFixed(2) ?? ""} s wall, ${k[i]?.cpu.toFixed(2) ?? ""} s CPU, ${k[i]?.rssMB.toFixed(0) ?? ""} MB; peer ${p[i]?.wall.toFixed(2) ?? ""} s wall, ${p[i]?.cpu.toFixed(2) ?? ""} s CPU, ${p[i]?.rssMB.toFixed(0) ?? ""} MB`);
}
const kf = kinsafeFigures(k[0]?.out ?? "{}");
const pf = JSON.parse(p[0]?.out ?? "{}") as Record<string, number>;
const differ = Object.keys(kf).filter((key) => kf[key] !== pf[key]);
const kw = median(k.map((r) => r.wall));
const pw = median(p.map((r) => r.wall));
const kr = median(k.map((r) => r.rssMB));
const pr = median(p.map((r) => r.rssMB));
log(`\nmedians: kinsafe ${kw.toFixed(2)} s wall, ${median(k.map((r) => r.cpu)).toFixed(2)} s CPU, ${kr.toFixed(0)} MB peak; peer ${pw.toFixed(2)} s wall, ${median(p.map((r) => r.cpu)).toFixed(2)} s CPU, ${pr.toFixed(0)} MB peak; load average after ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
log(`figures: ${differ.length === 0 ? `equal (${JSON.stringify(kf)})` : `DIFFER on ${differ.map((d) => `${d} ${String(kf[d])} vs ${String(pf[d])}`).join(", ")}`}`);
log(`target: kinsafe >= 5x faster in wall time than the peer: ${pw / kw >= 5 ? "met" : "NOT met"} (${(pw / kw).toFixed(2)}x)`);
log(`target: kinsafe peak memory <= the peer's: ${kr <= pr ? "met" : "NOT met"} (${kr.toFixed(0)} vs ${pr.toFixed(0)} MB)`);
log(`target: the same six figures: ${differ.length === 0 ? "met" : "NOT met"}`);
