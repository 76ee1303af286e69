// Hand-built children at the definitions' boundaries, run through the SQL (DuckDB) and kinsafe:
// the figures are derived here by hand from the cases (not copied from either), and both must
// give them. The limits the SQL repeats (src/cli/sql/rules.ts) are the ones tested.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import { renderSql } from "../../src/cli/sql";
import { DIALECTS } from "../../src/cli/sql/dialects";
import { COVERAGE_TABLE_COLUMNS, SQL_TABLES, tableColumns } from "../../src/cli/sql/relations";
import type { ChildRecord } from "../../src/records";
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

// The looked-after measures at their boundaries, in DuckDB and PostgreSQL (PGlite) and in kinsafe,
// over the year to 31 March 2025. Each figure is derived here by hand from the cases.
const lacChild = (id: string, episodes: unknown[], extra: Partial<Record<keyof ChildRecord, unknown>> = {}, details: Record<string, unknown> = {}): ChildRecord =>
  child(id, { child: { childId: id, disabilities: [], ...details }, lookedAfterEpisodes: episodes, ...extra });
const x1 = (e: Record<string, unknown>, next: string): Record<string, unknown> => ({ ...e, endDate: next, reasonEpisodeCeased: "X1" });
const review = (id: string, date: string): Record<string, string> => ({ id, date });

const lacRecords = [
  // Reviews. A period of care from Monday 3 June 2024: the first review on Monday 1 July (20
  // working days), the second on 1 October (1 July + 3 months): both on time.
  lacChild("review-20wd", [lac("l1", "2024-06-03", "C2")], { lookedAfterReviews: [review("r1", "2024-07-01"), review("r2", "2024-10-01")], missing: [{ id: "m1", missingType: "A", startDate: "2024-08-01" }] }),
  // the first on 2 July (21 working days): late; the second on 3 October (after 2 October): late;
  // the third on 31 March 2025 (before 3 April, 3 October + 6 months): on time
  lacChild("review-21wd", [lac("l1", "2024-06-03", "C2")], { lookedAfterReviews: [review("r1", "2024-07-02"), review("r2", "2024-10-03"), review("r3", "2025-03-31")] }),
  // a review outside any period of care: left out
  lacChild("review-no-care", [], { lookedAfterReviews: [review("r1", "2024-11-01")] }),
  // Adoptions. By the foster carers: in care from 10 January 2022 (U4), a change of legal status
  // only to a placement order (L, 1 February 2023), placed for adoption with the same carers (A5,
  // T, 1 August 2023), adopted (E12) 1 September 2024: A1 568 days (10 January 2022 to 1 August
  // 2023), A10 0 (the same carers from the start), A2 134 (the placement order on 1 February
  // 2023 to the match on 15 June 2023, AD1 of 2025, the adoption's year).
  lacChild(
    "adopted-by-carers",
    [x1(lac("l1", "2022-01-10", "C2"), "2023-02-01"), x1(lac("l2", "2023-02-01", "E1", { reasonForNewEpisode: "L" }), "2023-08-01"), lac("l3", "2023-08-01", "E1", { reasonForNewEpisode: "T", placementType: "A5", endDate: "2024-09-01", reasonEpisodeCeased: "E12" })],
    { adoptions: [{ id: "a1", year: 2025, matchDate: "2023-06-15" }] },
  ),
  // By strangers: a freeing order from 1 May 2023, placed for adoption (A4, P) 15 January 2024,
  // adopted (E11) 1 February 2025: A1 and A10 259 days; AD1 rows of no year and of 2023, none of
  // 2025: two rows known, so no match: left out of A2.
  lacChild("adopted-by-strangers", [x1(lac("l1", "2023-05-01", "D1"), "2024-01-15"), lac("l2", "2024-01-15", "D1", { reasonForNewEpisode: "P", placementType: "A4", endDate: "2025-02-01", reasonEpisodeCeased: "E11" })], {
    adoptions: [
      { id: "a1", matchDate: "2023-09-01" },
      { id: "a2", year: 2023, matchDate: "2023-01-01" },
    ],
  }),
  // Placed for adoption from the start (1 June 2023), adopted 1 December 2024: A1 and A10 0; the
  // only AD1 row has no year: its match (1 May 2023) before the placement order: A2 0.
  lacChild("adopted-at-once", [lac("l1", "2023-06-01", "E1", { placementType: "A4", endDate: "2024-12-01", reasonEpisodeCeased: "E11" })], { adoptions: [{ id: "a1", matchDate: "2023-05-01" }] }),
  // Long-term stability at 31 March 2025: looked after since 30 September 2022 (2.5 years to the
  // day), under 16: in, counted; a day later: not in; 16 on the day: not in; 16 the day after:
  // in, counted; a change of carer (B) on 1 April 2023, a day under 2 years: in, not counted.
  lacChild("exactly", [lac("l1", "2022-09-30", "C2")], {}, { dob: "2012-01-01" }),
  lacChild("a-day-short", [lac("l1", "2022-10-01", "C2")], {}, { dob: "2012-01-01" }),
  lacChild("sixteen-on-the-day", [lac("l1", "2020-01-01", "C2")], {}, { dob: "2009-03-31" }),
  lacChild("sixteen-tomorrow", [lac("l1", "2020-01-01", "C2")], {}, { dob: "2009-04-01" }),
  lacChild("moved-late", [x1(lac("l1", "2020-01-01", "C2"), "2023-04-01"), lac("l2", "2023-04-01", "C2", { reasonForNewEpisode: "B" })], {}, { dob: "2012-01-01" }),
  // Short-term stability: placements from 1 May, 1 August (P) and 10 January (T), a change of
  // legal status only (L) on 1 December between them: 3 placements; UASC; two missing
  // incidents in the year and an away incident before it.
  lacChild(
    "three-placements",
    [
      x1(lac("l1", "2024-05-01", "C2"), "2024-08-01"),
      x1(lac("l2", "2024-08-01", "C2", { reasonForNewEpisode: "P", placementType: "U6" }), "2024-12-01"),
      x1(lac("l3", "2024-12-01", "C2", { reasonForNewEpisode: "L", placementType: "U6" }), "2025-01-10"),
      lac("l4", "2025-01-10", "C2", { reasonForNewEpisode: "T", placementType: "K2" }),
    ],
    {
      missing: [
        { id: "m1", missingType: "M", startDate: "2024-06-01" },
        { id: "m2", missingType: "M", startDate: "2025-02-01" },
        { id: "m3", missingType: "A", startDate: "2024-03-01" },
      ],
    },
    { uasc: true },
  ),
  // two placements and a change of legal status only
  lacChild("two-placements", [x1(lac("l1", "2024-05-01", "C2", { placementType: "U6" }), "2024-08-01"), x1(lac("l2", "2024-08-01", "C2", { reasonForNewEpisode: "P", placementType: "U6" }), "2024-12-01"), lac("l3", "2024-12-01", "C2", { reasonForNewEpisode: "L", placementType: "U6" })]),
  // two periods of care starting in the year (voluntary, then a care order): the first counted
  // with its legal status; returned home (E4A) in between; a short break (V3) does not count
  lacChild("started-twice", [lac("l1", "2024-05-01", "V2", { endDate: "2024-07-01", reasonEpisodeCeased: "E4A" }), lac("s1", "2024-08-01", "V3", { endDate: "2024-08-03", reasonEpisodeCeased: "E4A" }), lac("l2", "2024-09-01", "C2")]),
  // Child protection reviews at the snapshot, 31 March 2025: a plan from 30 June 2024 reviewed
  // on 30 September 2024 (3 months) and 30 March 2025 (6 months): on time; one reviewed on 1
  // October 2024: late; one from 1 August 2024 reviewed on 15 September 2024, the next due 15
  // March 2025: overdue; one from 15 January 2025, not yet 3 months: not tested. All four start
  // in the year (plans.started); a missing incident of a child not looked after is not counted.
  child("cp-on-time", { cinEpisodes: [episode("e1", "2024-06-01", { cpPlans: [{ ...cpPlan("p1", "2024-06-30"), reviewDates: ["2024-09-30", "2025-03-30"] }] })], missing: [{ id: "m1", missingType: "M", startDate: "2024-06-01" }] }),
  child("cp-late", { cinEpisodes: [episode("e1", "2024-06-01", { cpPlans: [{ ...cpPlan("p1", "2024-06-30"), reviewDates: ["2024-10-01"] }] })] }),
  child("cp-overdue", { cinEpisodes: [episode("e1", "2024-06-01", { cpPlans: [{ ...cpPlan("p1", "2024-08-01"), reviewDates: ["2024-09-15"] }] })] }),
  child("cp-too-new", { cinEpisodes: [episode("e1", "2024-06-01", { cpPlans: [cpPlan("p1", "2025-01-15")] })] }),
];

// looked after at the snapshot: review-20wd, review-21wd, exactly, a-day-short,
// sixteen-on-the-day, sixteen-tomorrow, moved-late, three-placements, two-placements,
// started-twice (10; all foster U4/U6 but three-placements, K2); in care at some time in the
// year: those 10 and the 3 adopted (13)
const lacHand: Record<string, Partial<Figure>> = {
  "lac.reviews-on-time": { numerator: 3, denominator: 5, value: 60 },
  "lac.adoption-timeliness/adopted": { value: 3 },
  "lac.adoption-timeliness/by-foster-carers": { value: 1 },
  "lac.adoption-timeliness/no-adoptive-placement": { value: 0 },
  "lac.adoption-timeliness": { numerator: 568 + 259 + 0, denominator: 3, value: 827 / 3 },
  "lac.adoption-timeliness/a10": { numerator: 0 + 259 + 0, denominator: 3 },
  "lac.adoption-timeliness/a2": { numerator: 134, denominator: 2, value: 67 },
  "lac.placement-stability-long": { numerator: 2, denominator: 3 },
  "lac.placement-stability-short": { numerator: 1, denominator: 10, value: 10 },
  "lac.placement-type": { denominator: 10 },
  "lac.placement-type/foster": { numerator: 9, denominator: 10 },
  "lac.placement-type/secure-childrens-homes-semi-independent": { numerator: 1 },
  // started in the year: review-20wd, review-21wd, three-placements, two-placements (care
  // orders), started-twice (voluntary first); 6 periods of care
  "lac.started": { value: 5 },
  "lac.started/care-order": { value: 4 },
  "lac.started/voluntary-agreement": { value: 1 },
  "lac.started/periods-of-care": { value: 6 },
  "lac.uasc": { value: 1 },
  "lac.uasc/started": { value: 1 },
  // ceased: the 3 adopted, started-twice returned home
  "lac.ceased": { value: 4 },
  "lac.ceased/adopted": { numerator: 3, denominator: 4, value: 75 },
  "lac.ceased/returned-home": { numerator: 1, denominator: 4 },
  "lac.missing": { value: 1 },
  "lac.missing/incidents": { value: 2 },
  "lac.missing/looked-after": { value: 13 },
  "lac.missing/percent": { numerator: 1, denominator: 13 },
  "lac.missing/per-child": { value: 2, numerator: 2, denominator: 1 },
  "lac.missing/away": { value: 1 },
  "lac.missing/away/incidents": { value: 1 },
  "plans.cp-reviews-on-time": { numerator: 1, denominator: 3 },
  "plans.started": { value: 4 },
  "plans.started/plans": { value: 4 },
};

describe("the looked-after measures' boundaries, in the SQL and in kinsafe", () => {
  const lacTables = tempDir();
  afterAll(() => lacTables.remove());
  writeTidyTables(lacRecords, lacTables.dir);
  const lacCoverage = writeCoverage(lacTables.dir, (["cin-episodes", "looked-after-episodes", "uasc", "missing", "looked-after-reviews", "adoptions"] as const).map((fact) => ({ fact, ...span })));
  const rows = (list: readonly Record<string, unknown>[]): Map<string, Figure> => {
    const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
    return new Map(list.map((r) => [String(r["metric_id"]), { value: num(r["value"]), numerator: num(r["numerator"]), denominator: num(r["denominator"]), status: String(r["status"]) }]));
  };
  const check = (got: Map<string, Figure>, who: string): void => {
    for (const [id, want] of Object.entries(lacHand)) {
      const f = got.get(id);
      const { value, ...parts } = want;
      expect(f, `${who} ${id}`).toMatchObject(parts);
      if (value !== undefined) expect(f?.value, `${who} ${id}: value`).toBeCloseTo(value ?? 0, 9);
    }
  };

  it("kinsafe gives the figures derived by hand", () => {
    check(kinsafeFigures(computeCoreDataSet(lacRecords, { period: PERIOD, coverage: lacCoverage }).metrics), "kinsafe");
  });

  it("DuckDB gives them", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(renderSql({ dialect: "duckdb", periods: [PERIOD], tables: lacTables.dir }));
      check(rows((await connection.runAndReadAll("SELECT * FROM ks_metrics")).getRowObjectsJS()), "DuckDB");
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it("PostgreSQL (PGlite) gives them", async () => {
    const db = new PGlite();
    try {
      const pg = DIALECTS.postgres;
      for (const [t, columns] of [...SQL_TABLES.map((t) => [t, tableColumns(t)] as const), ["coverage", COVERAGE_TABLE_COLUMNS] as const]) {
        await db.exec(pg.createTable(t, columns).map((s) => `${s};`).join("\n"));
        await db.query(`COPY ${t} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([readFileSync(join(lacTables.dir, `${t}.csv`))]) });
      }
      await db.exec(renderSql({ dialect: "postgres", periods: [PERIOD] }));
      check(rows((await db.query<Record<string, unknown>>("SELECT * FROM ks_metrics")).rows), "PostgreSQL");
    } finally {
      await db.close();
    }
  }, 120_000);
});
