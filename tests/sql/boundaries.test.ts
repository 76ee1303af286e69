// Hand-built children at the definitions' boundaries, run through the SQL (DuckDB) and kinsafe:
// the figures are derived here by hand from the cases (not copied from either), and both must
// give them. The limits the SQL repeats (src/cli/sql/rules.ts) are the ones tested.
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import { renderSql } from "../../src/cli/sql";
import { child, cpPlan, episode, lac } from "../metrics/fixtures";
import { kinsafeFigures, tempDir, writeCoverage, writeTidyTables, type Figure } from "./helpers";

const PERIOD = { start: "2024-04-01", end: "2025-03-31" };

const records = [
  // a re-referral exactly 12 months after the previous referral (29 February + 12 months is
  // 28 February): counted
  child("reref-at-12", { cinEpisodes: [episode("e1", "2024-02-29", { closureDate: "2024-03-10", closureReason: "RC1" }), episode("e2", "2025-02-28")] }),
  // a day later: not a re-referral
  child("reref-after-12", { cinEpisodes: [episode("e1", "2023-06-01", { closureDate: "2023-06-10", closureReason: "RC1" }), episode("e2", "2024-06-02")] }),
  // an assessment of 45 working days (Monday 1 July 2024 to Tuesday 3 September 2024: 9 weeks
  // and a day, less the Summer bank holiday of 26 August), and one of 46
  child("asm-45", {
    cinEpisodes: [episode("e1", "2024-07-01", { assessments: [{ id: "a1", startDate: "2024-07-01", authorisationDate: "2024-09-03", factors: [] }] })],
  }),
  child("asm-46", {
    cinEpisodes: [episode("e1", "2024-07-01", { assessments: [{ id: "a1", startDate: "2024-07-01", authorisationDate: "2024-09-04", factors: [] }] })],
  }),
  // closed RC8 after the period end: not assessed as not in need in the period
  child("rc8-later", { cinEpisodes: [episode("e1", "2025-03-01", { closureDate: "2025-04-15", closureReason: "RC8" })] }),
  // a conference on the episode that is also its enquiry's: one conference, 15 working days
  // (Monday 3 March 2025 to Monday 24 March 2025)
  child("icpc-15", {
    cinEpisodes: [episode("e1", "2025-03-03", { episodeIcpcDate: "2025-03-24", section47s: [{ id: "s1", startDate: "2025-03-03", icpcDate: "2025-03-24" }] })],
  }),
  // a CP plan that lasted exactly 2 years, ending in the period
  child("cp-2y", { cinEpisodes: [episode("e1", "2022-10-01", { cpPlans: [cpPlan("p1", "2022-10-10", "2024-10-10")] })] }),
  // a short break (V3) open at the end, and a care episode (C2) open at the end
  child("short-break", { lookedAfterEpisodes: [lac("l1", "2025-01-01", "V3")] }),
  child("in-care", { lookedAfterEpisodes: [lac("l1", "2025-01-01", "C2")] }),
];

const tables = tempDir();
afterAll(() => tables.remove());
writeTidyTables(records, tables.dir);
const span = { start: "2021-04-01", end: "2025-06-30" };
const coverage = writeCoverage(tables.dir, (["cin-episodes", "looked-after-episodes", "early-help", "care-proceedings", "strategy-discussions"] as const).map((fact) => ({ fact, ...span })));

async function sqlFigures(): Promise<Map<string, Figure>> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(renderSql({ dialect: "duckdb", periods: [PERIOD], tables: tables.dir }));
    const out = new Map<string, Figure>();
    const num = (v: unknown): number | null => (v === null ? null : Number(v));
    for (const r of (await connection.runAndReadAll("SELECT * FROM ks_metrics")).getRowObjectsJS()) {
      out.set(r["metric_id"] as string, { value: num(r["value"]), numerator: num(r["numerator"]), denominator: num(r["denominator"]), status: r["status"] as string });
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("the definitions' boundaries, in the SQL and in kinsafe", () => {
  it("give the figures derived by hand", async () => {
    const sql = await sqlFigures();
    const kinsafe = kinsafeFigures(computeCoreDataSet(records, { period: PERIOD, coverage }).metrics);
    // referrals in the period: reref-at-12 e2, reref-after-12 e2, asm-45, asm-46, rc8-later, icpc-15
    const hand: Record<string, Partial<Figure>> = {
      "activity.referrals": { value: 6 },
      "activity.re-referral-rate": { numerator: 1, denominator: 6 },
      "activity.assessed-not-in-need-rate": { numerator: 0, denominator: 6 },
      "activity.assessments": { value: 2 },
      "timeliness.assessment-duration": { value: 45.5, denominator: 2 },
      "timeliness.assessment-duration/within-45": { numerator: 1, denominator: 2 },
      "timeliness.assessment-duration/bands/41-45": { numerator: 1 },
      "timeliness.assessment-duration/bands/46-50": { numerator: 1 },
      "activity.icpcs": { value: 1 },
      "timeliness.icpc": { value: 15 },
      "timeliness.icpc/within-15": { numerator: 1, denominator: 1 },
      "plans.duration/cp/2-years-or-more": { numerator: 1, denominator: 1 },
      "plans.duration/cp/bands/2-years-or-more": { numerator: 1 },
      "plans.open/lac": { value: 1 },
    };
    for (const [id, want] of Object.entries(hand)) {
      expect(sql.get(id), `SQL ${id}`).toMatchObject(want);
      expect(kinsafe.get(id), `kinsafe ${id}`).toMatchObject(want);
    }
  }, 60_000);
});
