// DfE's breakdowns at the event in the SQL: hand-built children at the age bands' edges (a
// birthday on the event's day and the day before, 29 February birthdays in a year with none,
// born on the day, unborn before the date of birth or with only an expected one, no date of
// birth), at the primary need's rule (the episode open at the snapshot with the latest
// referral; two referred the same day; an NFA referral; one closed before the snapshot) and at
// the categories of abuse's (two CP plans open, two starting on a day, the first starting) and
// at the assessment factors' (21 alone, two factors, none recorded), with
// the figures derived here by hand (not copied from either), which the SQL (DuckDB and
// PostgreSQL) and kinsafe must both give; every other figure of these breakdowns must equal
// kinsafe's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import { ASSESSMENT_FACTOR_CODES, type ChildRecord } from "../../src/records";
import { renderSql } from "../../src/cli/sql";
import { DIALECTS } from "../../src/cli/sql/dialects";
import { COVERAGE_TABLE_COLUMNS, SQL_TABLES, tableColumns } from "../../src/cli/sql/relations";
import { child, cpPlan, episode, lac } from "../metrics/fixtures";
import { differences, kinsafeFigures, tempDir, writeCoverage, writeTidyTables, type Figure } from "./helpers";

const PERIOD = { start: "2024-04-01", end: "2025-03-31" };
type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const toFigures = (rows: readonly Row[]): Map<string, Figure> =>
  new Map(rows.map((r) => [String(r["metric_id"]), { value: num(r["value"]), numerator: num(r["numerator"]), denominator: num(r["denominator"]), status: String(r["status"]) }]));
/** The figures of the age and primary need breakdowns only. */
const ageFigures = (figures: Map<string, Figure>): Map<string, Figure> => new Map([...figures].filter(([id]) => /\/(age|primary-need|cp-category|assessment-factors)(\/|$)/.test(id)));

/** A CP plan with its initial and latest categories of abuse. */
const cat = (plan: Record<string, unknown>, initialCategory: string, latestCategory: string): Record<string, unknown> => ({ ...plan, initialCategory, latestCategory });

/** A child referred on `referral` (the episode left open), born on `dob` (or with only an expected date of birth, or neither). */
function referred(id: string, referral: string, born: { dob?: string; expectedDob?: string }, extra: Partial<Record<keyof ChildRecord, unknown>> = {}): ChildRecord {
  const c = child(id, { cinEpisodes: [episode("e1", referral)], ...extra });
  return { ...c, child: { childId: id, disabilities: [], ...born } } as unknown as ChildRecord;
}

const RECORDS: ChildRecord[] = [
  // unborn: before the date of birth; only an expected date of birth, before it and after it
  referred("u1", "2024-08-01", { dob: "2024-09-01" }),
  referred("u2", "2024-10-01", { expectedDob: "2025-01-01" }),
  referred("u3", "2025-02-01", { expectedDob: "2025-01-01" }),
  // born on the referral's day: under 1
  referred("b0", "2024-09-01", { dob: "2024-09-01" }),
  // born 29 February 2024: under 1 on 28 February 2025, 1 on 1 March 2025 (the birthday in a
  // year with no 29 February)
  referred("f1", "2025-02-28", { dob: "2024-02-29" }),
  referred("f2", "2025-03-01", { dob: "2024-02-29" }),
  // born 29 February 2020: 4 on 28 February 2025, 5 on 1 March 2025
  referred("f5a", "2025-02-28", { dob: "2020-02-29" }),
  referred("f5b", "2025-03-01", { dob: "2020-02-29" }),
  // 1 on the first birthday; 5 on the fifth
  referred("a1", "2024-11-01", { dob: "2023-11-01" }),
  referred("a5", "2024-10-01", { dob: "2019-10-01" }),
  // 10 on the tenth birthday, 9 the day before it
  referred("a10", "2024-06-01", { dob: "2014-06-01" }),
  referred("a9", "2024-06-01", { dob: "2014-06-02" }),
  // 16 on the sixteenth birthday, 15 the day before it
  referred("a16", "2024-07-01", { dob: "2008-07-01" }),
  referred("a15", "2024-07-01", { dob: "2008-07-02" }),
  // no date of birth and no expected one
  referred("n1", "2024-12-01", {}),
  // two CP plans starting in the period, the day before the first birthday and on it: counted
  // once, at the first (referred before the period)
  referred("p1", "2024-03-01", { dob: "2023-06-01" }, { cinEpisodes: [episode("e1", "2024-03-01", { cpPlans: [cpPlan("c1", "2024-05-31", "2024-05-31"), cpPlan("c2", "2024-06-01")] })] }),
  // starting to be looked after on the sixteenth birthday, and again later in the period
  referred("l1", "2024-03-01", { dob: "2008-09-01" }, { cinEpisodes: [], lookedAfterEpisodes: [lac("l1", "2024-09-01", "C2", { endDate: "2024-10-01", reasonEpisodeCeased: "E8" }), lac("l2", "2025-01-01", "C2")] }),
  // in need at the snapshot (referred before the period, no date of birth): the primary need
  // of the episode open then with the latest referral (N2); of two referred the same day, the
  // later in the record's order, here the greater id (N4); an NFA referral is not in need (N5);
  // an episode closed before the snapshot is not open (N8)
  referred("n2", "2024-01-01", {}, { cinEpisodes: [episode("e1", "2024-01-01", { primaryNeed: "N1" }), episode("e2", "2024-02-01", { primaryNeed: "N2" })] }),
  referred("n3", "2024-02-01", {}, { cinEpisodes: [episode("e1", "2024-02-01", { primaryNeed: "N3" }), episode("e2", "2024-02-01", { primaryNeed: "N4" })] }),
  referred("n4", "2024-02-01", {}, { cinEpisodes: [episode("e1", "2024-02-01", { primaryNeed: "N5" }), episode("e2", "2024-03-01", { primaryNeed: "N6", referralNfa: true })] }),
  referred("n5", "2023-01-01", {}, {
    cinEpisodes: [episode("e1", "2023-01-01", { primaryNeed: "N8" }), episode("e2", "2024-02-01", { primaryNeed: "N7", closureDate: "2025-02-01", closureReason: "RC1" })],
  }),
  // categories of abuse (referred before the period, no date of birth): of two CP plans open at
  // the snapshot, the one that started last (k1: NEG, latest SAB); of two that started the same
  // day, the later in the record's order at the snapshot (k2: MUL, latest PHY) and the earlier
  // as the first starting in the period (k2: EMO); the first starting in the period, ended
  // before the snapshot (k3: PHY), and the one open then (k3: SAB)
  referred("k1", "2024-01-01", {}, { cinEpisodes: [episode("e1", "2024-01-01", { cpPlans: [cat(cpPlan("c1", "2024-02-01"), "PHY", "EMO"), cat(cpPlan("c2", "2024-03-01"), "NEG", "SAB")] })] }),
  referred("k2", "2024-01-01", {}, { cinEpisodes: [episode("e1", "2024-01-01", { cpPlans: [cat(cpPlan("c1", "2024-05-01"), "EMO", "EMO"), cat(cpPlan("c2", "2024-05-01"), "MUL", "PHY")] })] }),
  // assessments authorised in the period: "no factors identified" (21) alone, two factors, none
  // recorded; one authorised after the period is not counted (referred before the period)
  referred("g1", "2024-03-01", {}, {
    cinEpisodes: [
      episode("e1", "2024-03-01", {
        assessments: [
          { id: "a1", startDate: "2024-04-02", authorisationDate: "2024-04-10", factors: ["21"] },
          { id: "a2", startDate: "2024-05-01", authorisationDate: "2024-05-10", factors: ["1A", "3B"] },
          { id: "a3", startDate: "2024-05-20", authorisationDate: "2024-06-01", factors: [] },
          { id: "a4", startDate: "2025-03-20", authorisationDate: "2025-04-10", factors: ["1A"] },
        ],
      }),
    ],
  }),
  referred("k3", "2024-01-01", {}, { cinEpisodes: [episode("e1", "2024-01-01", { cpPlans: [cat(cpPlan("c1", "2024-07-01", "2024-08-01"), "PHY", "PHY"), cat(cpPlan("c2", "2024-09-01"), "SAB", "SAB")] })] }),
];

/** The figures derived by hand from the cases above. */
const HAND: Record<string, number> = {
  "activity.referrals/age": 15,
  "activity.referrals/age/unborn": 3, // u1, u2, u3
  "activity.referrals/age/under-1": 2, // b0, f1
  "activity.referrals/age/1-to-4": 3, // f2, f5a, a1
  "activity.referrals/age/5-to-9": 3, // f5b, a5, a9
  "activity.referrals/age/10-to-15": 2, // a10, a15
  "activity.referrals/age/16-and-over": 1, // a16
  "activity.referrals/age/not-recorded": 1, // n1
  "plans.started/age": 3, // p1, k2, k3 (no date of birth)
  "plans.started/age/under-1": 1,
  "plans.started/age/1-to-4": 0,
  "lac.started/age": 1,
  "lac.started/age/16-and-over": 1,
  "lac.started/age/10-to-15": 0,
  // looked after at the snapshot: l1 (16); on a CP plan then: p1 (1)
  "plans.open/lac/age/16-and-over": 1,
  "plans.open/cp/age/1-to-4": 1,
  // in need at the snapshot: the 16 children referred above, g1 and k1 to k3 (no primary need), n2 to n5
  "plans.open/primary-need": 24,
  "plans.open/primary-need/not-recorded": 20,
  "plans.open/primary-need/N1": 0,
  "plans.open/primary-need/N2": 1,
  "plans.open/primary-need/N3": 0,
  "plans.open/primary-need/N4": 1,
  "plans.open/primary-need/N5": 1,
  "plans.open/primary-need/N6": 0,
  "plans.open/primary-need/N7": 0,
  "plans.open/primary-need/N8": 1,
  // on a CP plan at the snapshot: p1 (NEG, NEG), k1, k2, k3
  "plans.open/cp/cp-category": 4,
  "plans.open/cp/cp-category/initial": 4,
  "plans.open/cp/cp-category/initial/NEG": 2,
  "plans.open/cp/cp-category/initial/MUL": 1,
  "plans.open/cp/cp-category/initial/SAB": 1,
  "plans.open/cp/cp-category/initial/PHY": 0,
  "plans.open/cp/cp-category/initial/EMO": 0,
  "plans.open/cp/cp-category/latest/NEG": 1,
  "plans.open/cp/cp-category/latest/SAB": 2,
  "plans.open/cp/cp-category/latest/PHY": 1,
  "plans.open/cp/cp-category/latest/EMO": 0,
  // starting a CP plan in the period: p1 (NEG), k2 (EMO), k3 (PHY)
  "plans.started/cp-category": 3,
  "plans.started/cp-category/initial/NEG": 1,
  "plans.started/cp-category/initial/EMO": 1,
  "plans.started/cp-category/initial/PHY": 1,
  "plans.started/cp-category/initial/MUL": 0,
  // g1's three assessments authorised in the period
  "activity.assessments/assessment-factors": 3,
  "activity.assessments/assessment-factors/21": 1,
  "activity.assessments/assessment-factors/1A": 1,
  "activity.assessments/assessment-factors/3B": 1,
  "activity.assessments/assessment-factors/2A": 0,
  "activity.assessments/assessment-factors/not-recorded": 1,
};

const tables = tempDir();
afterAll(() => tables.remove());
writeTidyTables(RECORDS, tables.dir);
const coverage = writeCoverage(tables.dir, (["cin-episodes", "looked-after-episodes", "early-help"] as const).map((fact) => ({ fact, start: "2021-04-01", end: "2025-06-30" })));
const kinsafe = ageFigures(kinsafeFigures(computeCoreDataSet(RECORDS, { period: PERIOD, coverage }).metrics));

function expectHand(figures: Map<string, Figure>, who: string): void {
  for (const [id, value] of Object.entries(HAND)) expect(figures.get(id)?.value, `${who}: ${id}`).toBe(value);
  // every age figure kinsafe gives is given, and equal
  expect([...kinsafe.keys()].filter((id) => !figures.has(id)), who).toEqual([]);
  expect(differences(figures, kinsafe), who).toEqual([]);
}

describe("DfE's breakdowns at the event (age, primary need, category of abuse, assessment factors), at their edges", () => {
  it("kinsafe gives the figures derived by hand", () => {
    for (const [id, value] of Object.entries(HAND)) expect(kinsafe.get(id)?.value, id).toBe(value);
    // six figures, each with its seven bands; the primary needs N0 to N9 and not recorded; the
    // categories at the snapshot (initial and latest, five and not recorded each) and starting
    // the assessment factors, each code of the list and not recorded
    expect(kinsafe.size).toBe(6 * 8 + 12 + (1 + 2 * 7) + (1 + 7) + (1 + ASSESSMENT_FACTOR_CODES.length + 1));
  });

  it("DuckDB gives them", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(renderSql({ dialect: "duckdb", periods: [PERIOD], tables: tables.dir }));
      expectHand(ageFigures(toFigures((await connection.runAndReadAll("SELECT * FROM ks_metrics")).getRowObjectsJS())), "DuckDB");
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("PostgreSQL (PGlite) gives them", async () => {
    const db = new PGlite();
    try {
      const pg = DIALECTS.postgres;
      for (const [t, columns] of [...SQL_TABLES.map((t) => [t, tableColumns(t)] as const), ["coverage", COVERAGE_TABLE_COLUMNS] as const]) {
        await db.exec(pg.createTable(t, columns).map((s) => `${s};`).join("\n"));
        await db.query(`COPY ${t} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([readFileSync(join(tables.dir, `${t}.csv`))]) });
      }
      await db.exec(renderSql({ dialect: "postgres", periods: [PERIOD] }));
      expectHand(ageFigures(toFigures((await db.query<Row>("SELECT * FROM ks_metrics")).rows)), "PostgreSQL");
    } finally {
      await db.close();
    }
  });
});
