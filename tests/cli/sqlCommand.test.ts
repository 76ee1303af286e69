// kinsafe sql: its options, its output (run in DuckDB), the periods from coverage.csv, and that
// it never writes over one of the tables it reads.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/CliIo";
import { sqlSettings } from "../../src/cli/commands/sql";
import { runCli } from "../../src/cli/runCli";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { writeTidyTables } from "../sql/helpers";
import { memoryIo, tempDir } from "./helpers";

function usage(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError) return `${String(error.exitCode)} ${error.message}`;
    throw error;
  }
  return "no error";
}

describe("sqlSettings", () => {
  it("shows the documented example", () => {
    // #region settings
    const settings = sqlSettings({ dialect: "tsql", period: ["2025"], out: "metrics.sql" });
    settings.periods; // [{ start: "2024-04-01", end: "2025-03-31" }]
    // #endregion settings
    expect(settings).toEqual({ dialect: "tsql", periods: [{ start: "2024-04-01", end: "2025-03-31" }], out: "metrics.sql" });
  });

  it("refuses a missing or unknown dialect, a bad period, and neither a period nor the tables, each with a usage error", () => {
    expect(usage(() => sqlSettings({ period: ["2025"] }))).toBe("2 sql needs --dialect: one of duckdb, postgres, tsql, spark.");
    expect(usage(() => sqlSettings({ dialect: "oracle", period: ["2025"] }))).toBe('2 --dialect must be one of duckdb, postgres, tsql, spark; received "oracle".');
    expect(usage(() => sqlSettings({ dialect: "duckdb", period: ["2025-13-01/2026-01-01"] }))).toMatch(/^2 --period must be START\/END/);
    expect(usage(() => sqlSettings({ dialect: "duckdb" }))).toMatch(/^2 sql needs --period .* or --tables DIR/);
    expect(usage(() => sqlSettings({ dialect: "duckdb", tables: " " }))).toBe("2 --tables must name the directory kinsafe tables wrote to.");
    expect(usage(() => sqlSettings({ dialect: "duckdb", period: ["2025"], population: "61200" }))).toMatch(/^2 --population needs --population-vintage/);
    expect(usage(() => sqlSettings({ dialect: "duckdb", period: ["2025"], "population-vintage": "ONS mid-2024" }))).toBe("2 --population-vintage is given without --population.");
    expect(usage(() => sqlSettings({ dialect: "duckdb", period: ["2025"], population: "61200", "population-vintage": "ONS\nDROP TABLE x" }))).toMatch(/^2 --population-vintage must be one line/);
    expect(sqlSettings({ dialect: "duckdb", period: ["2025"], population: "61,200", "population-vintage": " ONS mid-2024 " }).population).toEqual({ children0to17: 61200, vintage: "ONS mid-2024" });
  });
});

describe("kinsafe sql", () => {
  function tables(): string {
    const dir = tempDir("kinsafe-sql-cli-");
    const records = generateSyntheticAuthority({ seed: 5, children0to17: 2000, years: 2, endYear: 2025 });
    writeTidyTables(records, join(dir, "tables"));
    return dir;
  }

  it("writes the script to stdout, with the help's options", async () => {
    const dir = tempDir("kinsafe-sql-cli-");
    const io = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "postgres", "--period", "2025"], io)).toBe(0);
    expect(io.out()).toMatch(/^-- kinsafe's core data set definitions as SQL \(postgres\)/);
    expect(io.out()).toContain("CREATE VIEW ks_metrics AS");
    expect(io.out()).toContain("DATE '2024-04-01' AS period_start, DATE '2025-03-31' AS period_end");
    expect(io.err()).toBe("Periods: 2024-04-01 to 2025-03-31.\n");
    const help = memoryIo(dir);
    expect(await runCli(["sql", "--help"], help)).toBe(0);
    for (const option of ["--dialect", "--period", "--tables", "--out"]) expect(help.out()).toContain(option);
  });

  it("takes the periods from the tables' coverage.csv, reads the tables itself, and runs in DuckDB", async () => {
    const dir = tables();
    // what kinsafe tables writes: the two collection years the records were read for
    writeFileSync(join(dir, "tables", "coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2023-04-01,2025-03-31,,\r\n");
    const io = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "duckdb", "--tables", "tables", "--out", "metrics.sql"], io)).toBe(0);
    expect(io.err()).toContain("Periods: 2023-04-01 to 2024-03-31, 2024-04-01 to 2025-03-31.\n");
    const script = readFileSync(join(dir, "metrics.sql"), "utf8");
    expect(script).toContain(`read_csv('${join(dir, "tables", "episodes.csv")}'`);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(script);
      const reader = await connection.runAndReadAll("SELECT CAST(period_end AS VARCHAR), value FROM ks_metrics WHERE metric_id = 'activity.referrals' ORDER BY period_end");
      const rows = reader.getRowsJS();
      expect(rows.map((r) => r[0])).toEqual(["2024-03-31", "2025-03-31"]);
      for (const r of rows) expect(Number(r[1])).toBeGreaterThan(0);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it("writes the directory as the database sees it with --load-from, and still takes the periods from the tables here", async () => {
    const dir = tables();
    writeFileSync(join(dir, "tables", "coverage.csv"), "fact,start,end,source,unusable\r\ncin-episodes,2024-04-01,2025-03-31,,\r\n");
    const io = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "tsql", "--tables", "tables", "--load-from", "D:\\project\\tables"], io)).toBe(0);
    expect(io.out()).toContain("BULK INSERT episodes FROM 'D:\\project\\tables\\episodes.csv'");
    expect(io.out()).toContain("BULK INSERT coverage FROM 'D:\\project\\tables\\coverage.csv'");
    expect(io.out()).not.toContain(dir);
    expect(io.err()).toBe("Periods: 2024-04-01 to 2025-03-31.\n");
  });

  it("refuses to write over one of the tables it reads, and writes nothing", async () => {
    const dir = tables();
    const before = readFileSync(join(dir, "tables", "episodes.csv"));
    const io = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "duckdb", "--period", "2025", "--tables", "tables", "--out", "tables/episodes.csv"], io)).toBe(2);
    expect(io.err()).toBe("kinsafe sql: tables/episodes.csv: refusing to write there: it is the input tables/episodes.csv. Write the output somewhere else.\n");
    expect(readFileSync(join(dir, "tables", "episodes.csv")).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "tables")).filter((f) => !f.endsWith(".csv"))).toEqual([]);
  });

  it("refuses --tables that is not a directory, and a directory without coverage.csv when no period is given", async () => {
    const dir = tables();
    const io = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "spark", "--tables", "nowhere", "--period", "2025"], io)).toBe(2);
    expect(io.err()).toBe("kinsafe sql: --tables nowhere: not a directory (give the directory kinsafe tables wrote to).\n");
    const io2 = memoryIo(dir);
    expect(await runCli(["sql", "--dialect", "spark", "--tables", "tables"], io2)).toBe(2);
    expect(io2.err()).toBe("kinsafe sql: --tables tables has no coverage.csv to take the periods from: give --period.\n");
  });
});
