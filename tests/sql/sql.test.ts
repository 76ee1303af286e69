// The SQL of the definitions run over the synthetic authority's tidy tables, in DuckDB and in
// PostgreSQL (PGlite): every figure it computes must equal kinsafe's own for the same records
// and period.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCoreDataSet, METRIC_CATALOGUE, type MetricId } from "../../src/metrics";
import { renderSql, SQL_METRICS } from "../../src/cli/sql";
import { DIALECTS } from "../../src/cli/sql/dialects";
import { COVERAGE_TABLE_COLUMNS, SQL_TABLES, tableColumns } from "../../src/cli/sql/relations";
import { HEADLINE_HISTORY, sqlFigureIds } from "../../src/cli/sql/renderSql";
import { resolveConfig } from "../../src/metrics/internal/engine";
import { METRIC_ENTRIES } from "../../src/metrics/internal/table";
import { differences, kinsafeFigures, syntheticRecords, tempDir, writeCoverage, writeTidyTables, type Figure } from "./helpers";

// The tables cover 1 April 2022 to 31 March 2025 (strategy discussion dates are held by none):
// the year to March 2023 has no year before it (re-referrals: incomplete history), the next two
// are whole, a half year's snapshot is after its end (what is known at the snapshot counts:
// closures, conferences and authorisations up to it), and the year to March 2026 is not covered
// (every figure unavailable, not 0).
const PERIODS = [
  { start: "2022-04-01", end: "2023-03-31" },
  { start: "2023-04-01", end: "2024-03-31" },
  { start: "2024-04-01", end: "2025-03-31" },
  { start: "2024-04-01", end: "2024-09-30", snapshot: "2024-12-31" },
  { start: "2025-04-01", end: "2026-03-31" },
] as const;

const records = syntheticRecords();
const tables = tempDir();
afterAll(() => tables.remove());
writeTidyTables(records, tables.dir);
const covered = { start: "2022-04-01", end: "2025-03-31" };
const coverage = writeCoverage(tables.dir, [
  { fact: "cin-episodes", ...covered },
  { fact: "looked-after-episodes", ...covered },
  { fact: "early-help", ...covered },
  { fact: "care-proceedings", ...covered },
  { fact: "visits", unusable: "the visits were not read" },
  { fact: "uasc", ...covered },
  { fact: "looked-after-reviews", ...covered },
  // OC2 and OC3 rows (the synthetic authority writes none): lac.health's population is counted,
  // its percentages have no denominator, as kinsafe's
  { fact: "looked-after-outcomes", ...covered },
  { fact: "care-leaver-outcomes", ...covered },
  // missing incidents from the second year only: the first year's lac.missing is unavailable
  { fact: "missing", start: "2023-04-01", end: covered.end },
]);

// The DuckDB script is given the population (rates per 10,000), the PostgreSQL one is not.
const POPULATION = { children0to17: 6000, vintage: "synthetic" };

/** kinsafe's figures for each period, by id, with the population or without. */
function kinsafeFor(population?: typeof POPULATION): Map<string, Figure>[] {
  return PERIODS.map((period) => kinsafeFigures(computeCoreDataSet(records, { period: { start: period.start, end: period.end }, coverage, ...(population === undefined ? {} : { population }), ...("snapshot" in period ? { snapshot: period.snapshot } : {}) }).metrics));
}
const expected = kinsafeFor();
const expectedWithPopulation = kinsafeFor(POPULATION);

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The SQL's rows for each period, by id. */
function byPeriod(rows: readonly Row[]): Map<string, Figure>[] {
  const out = PERIODS.map(() => new Map<string, Figure>());
  for (const r of rows) {
    const i = PERIODS.findIndex((p) => p.start === iso(r["period_start"]) && p.end === iso(r["period_end"]));
    out[i]?.set(String(r["metric_id"]), { value: num(r["value"]), numerator: num(r["numerator"]), denominator: num(r["denominator"]), status: String(r["status"]) });
  }
  return out;
}

/** The checks shared by the dialects: each period has every figure the specs declare, each equal to kinsafe's. */
function expectEqualToKinsafe(rows: readonly Row[], kinsafe: readonly Map<string, Figure>[]): void {
  const got = byPeriod(rows);
  const ids = sqlFigureIds().sort();
  got.forEach((figures, i) => {
    expect([...figures.keys()].sort(), `period ${String(i + 1)}: the figures computed`).toEqual(ids);
    const diff = differences(figures, kinsafe[i] as Map<string, Figure>);
    expect(diff, `period ${PERIODS[i]?.start ?? ""} to ${PERIODS[i]?.end ?? ""}: the SQL's figures against kinsafe's`).toEqual([]);
  });
}

describe("renderSql", () => {
  it("shows the documented example", () => {
    // #region render
    const script = renderSql({ dialect: "duckdb", periods: [{ start: "2024-04-01", end: "2025-03-31" }], tables: "tables" });
    // reads tables/episodes.csv, …; makes ks_period, ks_closed_day, ks_day, a table per kind of
    // event, and the view ks_metrics (metric_id, period_start, period_end, value, numerator,
    // denominator, status); ends by selecting it
    // #endregion render
    expect(script).toContain("read_csv('tables/episodes.csv'");
    expect(script).toContain("CREATE OR REPLACE VIEW ks_metrics AS");
    expect(script.trimEnd()).toMatch(/SELECT \* FROM ks_metrics ORDER BY period_start, period_end, metric_id;$/);
  });

  it("refuses an unknown dialect, no period, a date that is not a date, and a period that ends before it starts", () => {
    expect(() => renderSql({ dialect: "oracle" as "duckdb", periods: [{ start: "2024-04-01", end: "2025-03-31" }] })).toThrow(/Unknown SQL dialect "oracle"/);
    expect(() => renderSql({ dialect: "duckdb", periods: [] })).toThrow(/At least one period/);
    expect(() => renderSql({ dialect: "duckdb", periods: [{ start: "2024-02-30", end: "2025-03-31" }] })).toThrow();
    expect(() => renderSql({ dialect: "duckdb", periods: [{ start: "2025-04-01", end: "2025-03-31" }] })).toThrow(/ends \(2025-03-31\) before it starts/);
    expect(() => renderSql({ dialect: "duckdb", periods: [{ start: "2024-04-01", end: "2025-03-31" }], population: 0 })).toThrow(/population must be a whole number/);
    // the vintage goes into a comment: a line break would end it
    expect(() => renderSql({ dialect: "duckdb", periods: [{ start: "2024-04-01", end: "2025-03-31" }], population: 100, populationVintage: "x\rDROP TABLE episodes;" })).toThrow(/one line/);
  });
});

describe("the SQL's figures equal kinsafe's", () => {
  it("DuckDB, reading the CSV files itself (read_csv)", async () => {
    const sql = renderSql({ dialect: "duckdb", periods: PERIODS, tables: tables.dir, population: POPULATION.children0to17, populationVintage: POPULATION.vintage });
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(sql);
      const reader = await connection.runAndReadAll("SELECT * FROM ks_metrics");
      expectEqualToKinsafe(reader.getRowObjectsJS(), expectedWithPopulation);
      expect(expectedWithPopulation[2]?.get("activity.referral-rate")?.status).toBe("available");
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 120_000);

  it("PostgreSQL (PGlite), over tables loaded before the script runs", async () => {
    const db = new PGlite();
    try {
      const pg = DIALECTS.postgres;
      for (const [t, columns] of [...SQL_TABLES.map((t) => [t, tableColumns(t)] as const), ["coverage", COVERAGE_TABLE_COLUMNS] as const]) {
        await db.exec(pg.createTable(t, columns).map((s) => `${s};`).join("\n"));
        const text = readFileSync(join(tables.dir, `${t}.csv`));
        await db.query(`COPY ${t} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([text]) });
      }
      await db.exec(renderSql({ dialect: "postgres", periods: PERIODS }));
      const result = await db.query<Row>("SELECT * FROM ks_metrics");
      expectEqualToKinsafe(result.rows, expected);
      expect(expected[2]?.get("activity.referral-rate")?.status).toBe("unavailable");
    } finally {
      await db.close();
    }
  }, 300_000);
});

describe("availability, as kinsafe gives it", () => {
  it("is exercised by the periods: figures unavailable for a period not covered, incomplete history without the year before, unavailable without strategy discussions", () => {
    expect(expected[0]?.get("activity.re-referral-rate")?.status).toBe("incomplete-history");
    expect(expected[1]?.get("activity.re-referral-rate")?.status).toBe("available");
    expect(expected[1]?.get("timeliness.icpc/from-strategy-discussion")?.status).toBe("unavailable");
    expect(expected[4]?.get("activity.referrals")).toEqual({ value: null, numerator: null, denominator: null, status: "unavailable" });
  });

  it("is exercised for the looked-after measures: missing incidents not covered in the first year, long-term stability's history by period", () => {
    expect(expected[0]?.get("lac.missing")?.status).toBe("unavailable");
    expect(expected[1]?.get("lac.missing")?.status).toBe("available");
    expect(expected[0]?.get("lac.started")?.status).toBe("available");
    // 30 months before 31 March 2024 is before the tables start (1 April 2022); before 31 March
    // 2025, and before the half year's snapshot of 31 December 2024, it is not
    expect(expected[1]?.get("lac.placement-stability-long")?.status).toBe("incomplete-history");
    expect(expected[2]?.get("lac.placement-stability-long")?.status).toBe("available");
    expect(expected[3]?.get("lac.placement-stability-long")?.status).toBe("available");
    expect(expected[0]?.get("lac.reviews-on-time")?.status).toBe("incomplete-history");
    expect(expected[1]?.get("lac.reviews-on-time")?.status).toBe("available");
    // the synthetic authority's children in care: counted, not all 0
    for (const id of ["lac.started", "lac.ceased", "lac.uasc", "lac.missing/looked-after", "plans.started"]) expect(expected[2]?.get(id)?.value, id).toBeGreaterThan(0);
    expect(expected[2]?.get("lac.reviews-on-time")?.denominator).toBeGreaterThan(50);
  });
});

describe("the definitions the SQL covers", () => {
  let figures: Map<string, Figure>;
  beforeAll(() => {
    figures = expected[2] as Map<string, Figure>;
  });

  it("has an entry for every metric of the catalogue: a spec, or why not", () => {
    expect(Object.keys(SQL_METRICS).sort()).toEqual(METRIC_CATALOGUE.map((m) => m.id).sort());
    for (const [id, spec] of Object.entries(SQL_METRICS)) {
      if ("unsupported" in spec) expect(spec.unsupported.length, id).toBeGreaterThan(20);
      else expect(spec.figures.length, id).toBeGreaterThan(0);
    }
  });

  it("gives a headline whose history depends on the period (the catalogue's headlineNeeds) the catalogue's months, period by period", () => {
    const periods = [...PERIODS, { start: "2024-02-29", end: "2024-08-31" }, { start: "2023-01-01", end: "2023-12-31", snapshot: "2022-06-30" }];
    for (const [id, entry] of METRIC_ENTRIES) {
      if (entry.headlineNeeds === undefined || "unsupported" in SQL_METRICS[id as MetricId]) continue;
      const months = HEADLINE_HISTORY[id as MetricId];
      expect(months, id).toBeDefined();
      for (const p of periods) {
        const cfg = resolveConfig({ period: { start: p.start, end: p.end }, ...("snapshot" in p ? { snapshot: p.snapshot } : {}) });
        expect(months?.(p), `${id} ${p.start} to ${p.end}`).toBe(entry.headlineNeeds(cfg, entry.needs).historyMonths);
      }
    }
  });

  it("computes every figure of a supported metric but those it names as not computed", () => {
    const computed = new Set(sqlFigureIds());
    const missing: string[] = [];
    for (const id of figures.keys()) {
      const metric = id.split("/")[0] as MetricId;
      const spec = SQL_METRICS[metric];
      if ("unsupported" in spec || computed.has(id)) continue;
      const path = id.slice(metric.length + 1);
      if (!Object.keys(spec.omitted ?? {}).some((k) => path === k || path.startsWith(`${k}/`))) missing.push(id);
    }
    expect(missing).toEqual([]);
  });

  it("covers the activity counts, the snapshot counts, the timeliness percentages, the medians and the looked-after measures", () => {
    const computed = new Set(sqlFigureIds());
    for (const id of [
      "activity.referrals",
      "activity.re-referral-rate",
      "activity.assessments",
      "activity.s47-enquiries",
      "activity.icpcs",
      "plans.open",
      "plans.open/cin",
      "plans.open/cp",
      "plans.open/lac",
      "timeliness.assessment-duration",
      "timeliness.assessment-duration/within-45",
      "timeliness.icpc/within-15",
      "plans.started",
      "plans.cp-reviews-on-time",
      "lac.started",
      "lac.ceased/adopted",
      "lac.placement-type/foster",
      "lac.placement-stability-short",
      "lac.placement-stability-long",
      "lac.uasc",
      "lac.missing/away/per-child",
      "lac.reviews-on-time",
      "lac.adoption-timeliness/a2",
    ]) {
      expect(computed.has(id), id).toBe(true);
    }
  });
});
