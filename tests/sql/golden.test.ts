// T-SQL (SQL Server) and Spark SQL cannot run here: their scripts are checked against golden
// files kept in the repository (tests/sql/golden/), reviewed when they change. To regenerate them
// after a deliberate change: npx vitest run tests/sql/golden.test.ts -u (then read the diff).
import { describe, expect, it } from "vitest";
import { renderSql } from "../../src/cli/sql";

const PERIODS = [{ start: "2024-04-01", end: "2025-03-31" }];

describe("golden scripts", () => {
  it("T-SQL: the script is the golden file", async () => {
    await expect(renderSql({ dialect: "tsql", periods: PERIODS, tables: "C:\\kinsafe\\tables" })).toMatchFileSnapshot("golden/tsql.sql");
  });

  it("Spark SQL: the script is the golden file", async () => {
    await expect(renderSql({ dialect: "spark", periods: PERIODS, tables: "/data/kinsafe/tables" })).toMatchFileSnapshot("golden/spark.sql");
  });

  it("T-SQL uses only SQL Server's forms: no DATE or INTERVAL literals, no TRUE, no ::, every batch ended by GO", () => {
    const sql = renderSql({ dialect: "tsql", periods: PERIODS });
    const code = sql.split("\n").filter((l) => !l.startsWith("--")).join("\n");
    expect(code).not.toMatch(/\bDATE '|\bINTERVAL\b|\bTRUE\b|::|\bLIMIT\b|percentile_cont\(0\.5\) WITHIN GROUP \(ORDER BY [a-z_]+\) AS/);
    expect(code.trimEnd()).toMatch(/\nGO$/);
    // a view must be the only statement of its batch
    for (const batch of code.split(/\nGO\n?/)) if (/CREATE OR ALTER VIEW/.test(batch)) expect(batch.trim()).toMatch(/^CREATE OR ALTER VIEW/);
  });

  it("Spark SQL uses Spark's forms: temporary views, add_months, datediff, percentile; no GO", () => {
    const sql = renderSql({ dialect: "spark", periods: PERIODS });
    const code = sql.split("\n").filter((l) => !l.startsWith("--")).join("\n");
    expect(code).not.toMatch(/\bGO\b|\bINTERVAL '|date_diff|quantile_cont|DATEADD|CREATE TABLE ks_/);
    expect(code).toMatch(/add_months\(j\.referral_date, 12\)/);
    expect(code).toMatch(/CREATE OR REPLACE TEMPORARY VIEW ks_metrics/);
    // a quote in a literal is escaped with a backslash: '' would be two literals, concatenated
    expect(code).toContain("'New Year\\'s Day'");
    expect(code).not.toContain("''");
  });
});
