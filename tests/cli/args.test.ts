import { describe, expect, it } from "vitest";
import { parseCommandLine, parsePeriodArgument, type ParsedCommandLine } from "../../src/cli/args";
import { CliError } from "../../src/cli/CliIo";
import { authorityLine, defaultThreads, metricsSettings } from "../../src/cli/commands/metrics";
import { synthSettings } from "../../src/cli/commands/synth";

function values(parsed: ParsedCommandLine): Parameters<typeof metricsSettings>[0] {
  if (parsed.kind !== "run") throw new Error("expected a command to run");
  return parsed.values;
}

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as CliError).message;
  }
  throw new Error("expected a usage error");
}

describe("parseCommandLine", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const parsed = parseCommandLine(["metrics", "cin_2025.xml", "episodes.csv", "--period", "2025", "--format", "json"]);
    // { kind: "run", command: "metrics", files: ["cin_2025.xml", "episodes.csv"],
    //   values: { period: ["2025"], format: "json" }, quiet: false }
    // #endregion docs-example
    expect(parsed).toEqual({ kind: "run", command: "metrics", files: ["cin_2025.xml", "episodes.csv"], values: { period: ["2025"], format: "json" }, quiet: false });
  });

  it("asks for help with --help, help CMD and CMD --help; no arguments at all is a usage error", () => {
    expect(parseCommandLine([])).toEqual({ kind: "usage" });
    expect(parseCommandLine(["--help"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["help", "check"])).toEqual({ kind: "help", command: "check" });
    expect(parseCommandLine(["synth", "-h"])).toEqual({ kind: "help", command: "synth" });
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
  });

  it("refuses unknown commands and options, and the wrong number of files, as usage errors", () => {
    expect(usage(() => parseCommandLine(["metric"]))).toContain('unknown command "metric"');
    expect(usage(() => parseCommandLine(["metrics", "a.xml", "--colour"]))).toContain("--colour");
    expect(usage(() => parseCommandLine(["metrics"]))).toContain("at least one file");
    expect(usage(() => parseCommandLine(["check", "a.json", "b.json"]))).toContain("exactly one file");
    expect(usage(() => parseCommandLine(["demo", "x.xml"]))).toContain("takes no files");
    expect(usage(() => parseCommandLine(["metrics", "a.xml", "--format"]))).toContain("--format");
    expect(usage(() => parseCommandLine(["help", "nope"]))).toContain('unknown command "nope"');
  });

  it("reads --quiet for every command and repeated --period", () => {
    const parsed = parseCommandLine(["metrics", "a.xml", "-q", "--period", "2024", "--period", "2025"]);
    expect(parsed.kind === "run" && parsed.quiet).toBe(true);
    expect(values(parsed)["period"]).toEqual(["2024", "2025"]);
  });
});

describe("periods", () => {
  it("reads a collection year or START/END and refuses anything else", () => {
    expect(parsePeriodArgument("2025")).toEqual({ start: "2024-04-01", end: "2025-03-31" });
    expect(parsePeriodArgument("2024-01-01/2024-12-31")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
    expect(usage(() => parsePeriodArgument("2024-02-30/2024-12-31"))).toContain("--period");
    expect(usage(() => parsePeriodArgument("2025-01-01/2024-01-01"))).toContain("ends before it starts");
    expect(usage(() => parsePeriodArgument("last year"))).toContain("--period");
  });
});

describe("metricsSettings", () => {
  it("shows the documented example", () => {
    // #region metrics-settings
    const settings = metricsSettings({ period: ["2025"], population: "61200", "population-vintage": "ONS mid-2024", suppress: "5", format: "html", threads: "2" });
    settings.suppressThreshold; // 6: counts from 1 to 5 are suppressed, as DfE does
    settings.population; // { children0to17: 61200, vintage: "ONS mid-2024" }
    // #endregion metrics-settings
    expect(settings).toEqual({
      periods: [{ start: "2024-04-01", end: "2025-03-31" }],
      population: { children0to17: 61200, vintage: "ONS mid-2024" },
      suppressThreshold: 6,
      format: "html",
      matchBy: "child-id",
      maxFindings: 20,
      threads: 2,
      comparators: [],
      england: true,
    });
    // --comparators is repeatable (in the order given); --no-england leaves England's figures out.
    const cmp = parseCommandLine(["metrics", "r.jsonl", "--comparators", "sn.csv", "--comparators", "nw.csv", "--no-england"]);
    expect(cmp.kind === "run" ? metricsSettings(cmp.values) : undefined).toMatchObject({ comparators: ["sn.csv", "nw.csv"], england: false });
    // Without --threads: chosen from the size of the CIN census returns (defaultThreads).
    expect(metricsSettings({}).threads).toBeUndefined();
    expect(defaultThreads(255 * 1024 * 1024, 8)).toBe(1);
    expect(defaultThreads(256 * 1024 * 1024, 8)).toBe(4);
    expect(defaultThreads(2_000_000_000, 2)).toBe(2);
    expect(defaultThreads(2_000_000_000, 1)).toBe(1);
    // The title and the authority: trimmed, the line under the title made from the name and code.
    expect(metricsSettings({ title: "  Board report ", authority: "Anytown", "authority-code": "999" })).toMatchObject({ title: "Board report", authority: { name: "Anytown", code: "999" } });
    expect([authorityLine({ name: "Anytown", code: "999" }), authorityLine({ name: "Anytown" }), authorityLine({ code: "999" }), authorityLine(undefined)]).toEqual(["Anytown (999)", "Anytown", "Local authority 999", undefined]);
  });

  it("needs the population's vintage and checks every value", () => {
    expect(usage(() => metricsSettings({ population: "61200" }))).toContain("--population-vintage");
    expect(usage(() => metricsSettings({ "population-vintage": "ONS" }))).toContain("without --population");
    expect(usage(() => metricsSettings({ population: "-3", "population-vintage": "ONS" }))).toContain("--population must be a whole number");
    expect(usage(() => metricsSettings({ suppress: "five" }))).toContain("--suppress");
    expect(usage(() => metricsSettings({ threads: "0" }))).toContain("--threads");
    expect(usage(() => metricsSettings({ format: "ods" }))).toContain("table, json, csv, csv-wide, html, xlsx");
    expect(usage(() => metricsSettings({ format: "xlsx" }))).toContain("--format xlsx needs --out FILE");
    expect(metricsSettings({ population: "61,200", "population-vintage": "ONS" }).population?.children0to17).toBe(61200);
  });
});

describe("synthSettings", () => {
  it("shows the documented example", () => {
    // #region synth-settings
    const settings = synthSettings({ children: "60000", years: "3", seed: "7", format: "cin-census", out: "synthetic" });
    settings.authority; // { children0to17: 60000, years: 3, seed: 7, endYear: 2025, la: "999" }
    // #endregion synth-settings
    expect(settings).toEqual({ authority: { children0to17: 60000, years: 3, seed: 7, endYear: 2025, la: "999" }, format: "cin-census", out: "synthetic" });
  });

  it("needs --out and checks the ranges", () => {
    expect(usage(() => synthSettings({}))).toContain("--out");
    expect(usage(() => synthSettings({ out: "x", years: "21" }))).toContain("--years");
    expect(usage(() => synthSettings({ out: "x", la: "12" }))).toContain("--la");
    expect(usage(() => synthSettings({ out: "x", format: "xml" }))).toContain("cin-census, ssda903, jsonl");
  });
});
