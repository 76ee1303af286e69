// kinsafe metrics --comparators FILE and --no-england, in-process on temporary directories.
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readComparatorsFile } from "../../src/cli/comparators";
import { parseCsv } from "../../src/cli/csv";
import { runCli } from "../../src/cli/runCli";
import { ENGLAND_COMPARATORS } from "../../src/interop/comparators";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { CliError } from "../../src/cli/CliIo";
import { memoryIo, tempDir } from "./helpers";

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

const records = generateSyntheticAuthority({ seed: 5, children0to17: 2000, years: 2, endYear: 2025 });
const NEIGHBOURS = [
  "metric_id,period,area,area_code,value,symbol,source",
  "activity.referrals,2024-25,Statistical neighbours,,512,,SN average 2025",
  "activity.re-referral-rate,2024-25,Statistical neighbours,,130,,SN average 2025",
  "plans.open/cp,2024-25,North West,E12000002,,c,\"DfE, CIN 2025, D1\"",
  "activity.referrals,2019-20,Statistical neighbours,,400,,not a period computed",
].join("\n");

function setUp(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "r.jsonl"), records.map((x) => JSON.stringify(x)).join("\n"));
  writeFileSync(join(dir, "sn.csv"), NEIGHBOURS);
  return dir;
}

describe("kinsafe metrics --comparators", () => {
  it("reads a comparators file, with its findings", async () => {
    const dir = setUp();
    // #region read-file
    const io = memoryIo(dir);
    const { comparators, findings } = await readComparatorsFile(io, "sn.csv");
    comparators.length; // 3: the percentage over 100 is left out
    findings[0]?.finding.code; // "comparators/out-of-range", at sn.csv line 3, column 5
    // #endregion read-file
    expect(comparators.map((c) => [c.metricId, c.area, c.value])).toEqual([
      ["activity.referrals", "Statistical neighbours", 512],
      ["plans.open/cp", "North West", null],
      ["activity.referrals", "Statistical neighbours", 400],
    ]);
    expect(findings.map((f) => [f.file, f.finding.code, f.finding.params?.["line"], f.finding.params?.["column"]])).toEqual([["sn.csv", "comparators/out-of-range", 3, 5]]);
  });

  it("prints a bad row's finding with its file, line and column, and still succeeds (findings do not change the exit status)", async () => {
    const dir = setUp();
    const r = await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "sn.csv"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain("sn.csv:3:5: error: Line 3: value 130 is a percentage over 100; the row was left out. [comparators/out-of-range]");
    // The table: England's column and the file's areas, in that order, after the counts.
    const heading = r.out.split("\n").find((l) => l.startsWith("Metric")) ?? "";
    expect(heading).toMatch(/Numerator\s+Denominator\s+England\s+Statistical neighbours\s+North West$/);
    const referrals = r.out.split("\n").find((l) => /^ {2}Referrals\s/.test(l)) ?? "";
    expect(referrals).toMatch(/632,830\s+512$/);
    const cp = r.out.split("\n").find((l) => l.includes("Children with an open plan: Child protection plan")) ?? "";
    expect(cp).toMatch(/49,420\s+c$/);
  });

  it("puts England and the file's figures in the JSON, CSV and wide CSV; --no-england leaves England out", async () => {
    const dir = setUp();
    const json = JSON.parse((await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "sn.csv", "--format", "json"], dir)).out) as { comparators: { metricId: string; period: string; area: string }[]; findings: { code: string; file: string }[] };
    const england2025 = ENGLAND_COMPARATORS.filter((c) => c.period === "2024-25");
    expect(json.comparators.slice(0, england2025.length)).toEqual(england2025);
    // The file's rows for the period computed follow, in file order; 2019-20 is not shown.
    expect(json.comparators.slice(england2025.length).map((c) => [c.metricId, c.area])).toEqual([
      ["activity.referrals", "Statistical neighbours"],
      ["plans.open/cp", "North West"],
    ]);
    expect(json.findings.find((f) => f.file === "sn.csv")).toMatchObject({ code: "comparators/out-of-range", params: { line: 3, column: 5 } });

    const csv = parseCsv((await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "sn.csv", "--format", "csv"], dir)).out);
    const head = csv[0] ?? [];
    // The existing columns first and unchanged, then three per area.
    expect(head.slice(0, 20)).toEqual((parseCsv((await run(["metrics", "r.jsonl", "--period", "2025", "--format", "csv", "--no-england"], dir)).out)[0] ?? []).slice(0, 20));
    expect(head.slice(20)).toEqual([
      "comparator_england_value", "comparator_england_status", "comparator_england_source",
      "comparator_statistical_neighbours_value", "comparator_statistical_neighbours_status", "comparator_statistical_neighbours_source",
      "comparator_north_west_value", "comparator_north_west_status", "comparator_north_west_source",
    ]);
    const row = (id: string): string[] => csv.find((r) => r[head.indexOf("metric_id")] === id) ?? [];
    expect(row("plans.open").slice(20, 23)).toEqual(["402400", "", expect.stringContaining("children-in-need/2025")]);
    expect(row("plans.open/cp").slice(26, 29)).toEqual(["", "c", "DfE, CIN 2025, D1"]);
    // A metric England's figures do not cover: its England cells are empty, status x.
    expect(ENGLAND_COMPARATORS.some((c) => c.metricId === "lac.missing")).toBe(false);
    expect(row("lac.missing").slice(20, 23)).toEqual(["", "x", ""]);
    expect(row("activity.nfa-rate").slice(20, 23)).toEqual(["6.5", "", expect.stringContaining("C1 Referrals and re-referrals")]);

    const wide = parseCsv((await run(["metrics", "r.jsonl", "--period", "2024", "--period", "2025", "--comparators", "sn.csv", "--format", "csv-wide"], dir)).out);
    const wideHead = wide[0] ?? [];
    expect(wideHead.slice(9)).toEqual([
      "value_england_2023-24", "status_england_2023-24", "value_england_2024-25", "status_england_2024-25",
      "value_statistical_neighbours_2024-25", "status_statistical_neighbours_2024-25",
      "value_north_west_2024-25", "status_north_west_2024-25",
    ]);
    const referrals = wide.find((r) => r[0] === "activity.referrals") ?? [];
    expect(referrals.slice(9)).toEqual(["621880", "", "632830", "", "512", "", "", "x"]);

    const without = JSON.parse((await run(["metrics", "r.jsonl", "--period", "2025", "--no-england", "--format", "json"], dir)).out) as { comparators?: unknown };
    expect(without.comparators).toBeUndefined();
    const table = (await run(["metrics", "r.jsonl", "--period", "2025", "--no-england"], dir)).out;
    expect(table).not.toContain("England");
  });

  it("refuses a missing or symbolic-linked comparators file with a clear message (exit 3), before reading the returns", async () => {
    const dir = setUp();
    const missing = await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "nope.csv"], dir);
    expect(missing.code).toBe(3);
    expect(missing.err).toBe("kinsafe metrics: nope.csv: cannot read the comparators file: no such file.\n");
    symlinkSync(join(dir, "sn.csv"), join(dir, "link.csv"));
    const link = await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "link.csv"], dir);
    expect(link.code).toBe(3);
    expect(link.err).toBe("kinsafe metrics: link.csv: cannot read the comparators file: it is a symbolic link; give the file itself.\n");
    writeFileSync(join(dir, "latin1.csv"), Buffer.from([0x61, 0xe9, 0x0a]));
    await expect(readComparatorsFile(memoryIo(dir), "latin1.csv")).rejects.toThrow(CliError);
    // --out may not overwrite a comparators file.
    const over = await run(["metrics", "r.jsonl", "--period", "2025", "--comparators", "sn.csv", "--out", "sn.csv"], dir);
    expect(over.code).not.toBe(0);
  });
});
