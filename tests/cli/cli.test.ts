// The built bin, spawned as a user runs it: exit codes, streams, `kinsafe demo`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { METRICS_CSV_COLUMNS } from "../../src/cli/formatMetrics";
import { buildCli, FIXTURES, ROOT, spawnCli, tempDir } from "./helpers";

describe("the kinsafe bin", () => {
  let cli = "";
  beforeAll(async () => {
    cli = await buildCli();
  }, 60_000);

  it("starts with a shebang and runs on Node", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const help = spawnCli(cli, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("kinsafe demo");
  });

  it("runs the demo with no arguments and no files", () => {
    const dir = tempDir();
    const r = spawnCli(cli, ["demo"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Core data set, 3 periods, population 20,000/);
    expect(r.stdout).toContain("Section 47 enquiries started");
    expect(existsSync(join(dir, "kinsafe-demo", "report.html"))).toBe(true);
    expect(existsSync(join(dir, "kinsafe-demo", "core-data-set.json"))).toBe(true);
    expect(r.stderr).toContain("Wrote the HTML report to");
  }, 60_000);

  it("uses the documented exit codes, with errors on stderr", () => {
    const usage = spawnCli(cli, ["metrics", "--nope", "x.xml"]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toMatch(/^kinsafe metrics: .*--nope/);
    const input = spawnCli(cli, ["metrics", "missing.xml"]);
    expect(input.code).toBe(3);
    expect(input.stderr).toBe("kinsafe metrics: missing.xml: cannot read the file: no such file.\n");
    const check = spawnCli(cli, ["check", "tests/case-file/stored/case-file-v1.json", "--as-of", "2025-06-01", "--quiet"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("NOT MET");
  });

  it("draws no progress bar when stderr is not a terminal", () => {
    const r = spawnCli(cli, ["metrics", join(FIXTURES, "csc-validator-be-cin/fake_CIN_data.xml"), "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).not.toContain("\x1b[");
    // The fixture's year is one England's figures cover: their three columns follow the others.
    expect(r.stdout.split("\r\n")[0]).toBe([...METRICS_CSV_COLUMNS, "comparator_england_value", "comparator_england_status", "comparator_england_source"].join(","));
  });

  it("prints the JSON Schemas built next to it", () => {
    const r = spawnCli(cli, ["schema", "assessment-map"], ROOT);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { $id: string }).$id).toBe("urn:kinsafe:schema:assessment-map");
  });
});
