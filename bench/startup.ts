// How long a process takes to start before it does any work: Node alone (`node -e 0`), the
// `kinsafe` command (`node dist/cli.js --version`) and importing the library's main entry
// (`import("kinsafe")`, ES module). Every `kinsafe` run pays the command's start, and so does
// each read thread of `kinsafe metrics`; a small authority's run is mostly start. Whole
// processes, interleaved, wall time by the clock of this process; medians of --runs (default 21).
//
//   npm run build && npm run bench:startup [-- --runs 21]
//
// No target of its own: the figures are reported beside Node's own start (the floor), as a ratio.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "./stats";

const args = process.argv.slice(2);
const at = args.indexOf("--runs");
const runs = at >= 0 ? Number(args[at + 1]) : 21;
const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist", "cli.js");
const index = join(root, "dist", "index.js");
if (!existsSync(cli) || !existsSync(index)) throw new Error("Build first: npm run build");

const cases: readonly (readonly [string, readonly string[]])[] = [
  ["node -e 0 (the floor)", ["-e", "0"]],
  ["kinsafe --version", [cli, "--version"]],
  ['import("kinsafe")', ["--input-type=module", "-e", `await import(${JSON.stringify(index)})`]],
];
const times = cases.map(() => [] as number[]);
for (let r = 0; r < runs + 1; r++) {
  cases.forEach(([, argv], i) => {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    const ms = performance.now() - t0;
    if (result.status !== 0) throw new Error(`${cases[i]?.[0] ?? ""} exited with ${String(result.status)}`);
    if (r > 0) times[i]?.push(ms); // the first round warms the file cache
  });
}
const floor = median(times[0] ?? []);
process.stdout.write(`startup, medians of ${String(runs)} (load ${loadavg().map((l) => l.toFixed(2)).join(" ")}):\n`);
cases.forEach(([label], i) => {
  const ms = median(times[i] ?? []);
  process.stdout.write(`  ${label.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / floor).toFixed(2)}x the floor, ${(ms - floor).toFixed(0)} ms above it\n`);
});
