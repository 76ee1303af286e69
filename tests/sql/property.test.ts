// The SQL against kinsafe on random cohorts (tests/metrics/fixtures.ts: valid records with every
// field drawn, dates 2021 to 2026): durations that start before the referral or end before they
// start, conferences recorded on the episode and on its enquiry, closures after the period,
// missing authorisations, short breaks, unrecorded sources. Every figure the SQL computes must
// equal kinsafe's, in DuckDB. A failure is reported as found (not shrunk: each run is a whole
// script); replay it with KS_SEED and KS_PATH set to the seed and path fast-check prints.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import type { ChildRecord } from "../../src/records";
import { renderSql } from "../../src/cli/sql";
import { arbChildRecord } from "../metrics/fixtures";
import { differences, kinsafeFigures, tempDir, writeCoverage, writeTidyTables, type Figure } from "./helpers";

const PERIOD = { start: "2023-04-01", end: "2024-03-31" };
const SNAPSHOT = "2024-06-30";

// Unique child ids, and episode ids unique within a child (as the tables require). Looked-after
// episodes are numbered in the record's order, which the SQL takes for two that start on the
// same day (docs/sql.md).
const arbCohort = fc.array(arbChildRecord(), { minLength: 1, maxLength: 25 }).map((list) =>
  list.map((r, i) => {
    const rec = r as unknown as { child: { childId: string }; cinEpisodes: { id: string }[]; lookedAfterEpisodes: { id: string }[] };
    return {
      ...rec,
      child: { ...rec.child, childId: `c${String(i)}` },
      cinEpisodes: rec.cinEpisodes.map((e, j) => ({ ...e, id: `e${String(j)}` })),
      lookedAfterEpisodes: rec.lookedAfterEpisodes.map((e, j) => ({ ...e, id: `l${String(j)}` })),
    } as unknown as ChildRecord;
  }),
);

// Complete records: every kind of fact covered over all their dates.
const COVERAGE = (["cin-episodes", "strategy-discussions", "looked-after-episodes", "early-help", "visits", "care-proceedings", "uasc", "missing", "looked-after-reviews", "adoptions", "looked-after-outcomes", "care-leaver-outcomes"] as const).map((fact) => ({ fact, start: "2020-04-01", end: "2027-03-31" }));
const tables = tempDir();
let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
  tables.remove();
});

async function sqlFigures(records: readonly ChildRecord[], snapshot?: string): Promise<Map<string, Figure>> {
  writeTidyTables(records, tables.dir);
  writeCoverage(tables.dir, COVERAGE);
  await connection.run(renderSql({ dialect: "duckdb", periods: [{ ...PERIOD, ...(snapshot === undefined ? {} : { snapshot }) }], tables: tables.dir }));
  const reader = await connection.runAndReadAll("SELECT * FROM ks_metrics");
  const out = new Map<string, Figure>();
  const num = (v: unknown): number | null => (v === null ? null : Number(v));
  for (const r of reader.getRowObjectsJS()) out.set(r["metric_id"] as string, { value: num(r["value"]), numerator: num(r["numerator"]), denominator: num(r["denominator"]), status: r["status"] as string });
  return out;
}

describe("the SQL's figures equal kinsafe's on random cohorts", () => {
  it("at the period end, and with a snapshot after it", async () => {
    await fc.assert(
      fc.asyncProperty(arbCohort, fc.boolean(), async (records, later) => {
        const snapshot = later ? SNAPSHOT : undefined;
        const expected = kinsafeFigures(computeCoreDataSet(records, { period: PERIOD, ...(snapshot === undefined ? {} : { snapshot }) }).metrics);
        expect(differences(await sqlFigures(records, snapshot), expected)).toEqual([]);
      }),
      { numRuns: 25, endOnFailure: true, ...(process.env["KS_SEED"] === undefined ? {} : { seed: Number(process.env["KS_SEED"]), path: process.env["KS_PATH"] ?? "" }) },
    );
  }, 300_000);
});
