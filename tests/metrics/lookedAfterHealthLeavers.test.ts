import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCoreDataSet, type CoreDataSetOptions, type CoreDataSetResult, type MetricResult } from "../../src/metrics";
import type { IsoDate } from "../../src/core";
import { toColumnarCohort, type ChildRecord } from "../../src/records";
import { buildResult } from "../../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../../src/metrics/internal/engine";
import { arbDateFrom } from "./fixtures";
import { addRecordAsObjects } from "./oracle/objectEngine";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { coverageOf } from "../../src/cli/coverage";
import { identifyReturns, readReturns } from "../../src/interop/returns";
import { writeSsda903 } from "../../src/interop/ssda903";
import { tempDir } from "../cli/helpers";

// lac.health (SSDA903 OC2) and care-leavers.accommodation / care-leavers.activity (OC3) on
// hand-built children at their boundaries. Every expected figure is worked out in the comments
// from the children's dates and codes, not read from kinsafe.

interface Ep {
  readonly start: string;
  readonly end?: string;
  readonly rec?: string;
  readonly ls?: string;
  readonly rne?: string;
}

function child(id: string, dob: string | undefined, episodes: readonly Ep[], extra: Record<string, unknown> = {}): ChildRecord {
  return {
    child: { childId: id, disabilities: [], ...(dob === undefined ? {} : { dob }) },
    cinEpisodes: [],
    earlyHelpEpisodes: [],
    lookedAfterEpisodes: episodes.map((e, i) => ({
      id: `${id}-${String(i)}`,
      startDate: e.start,
      reasonForNewEpisode: e.rne ?? "S",
      legalStatus: e.ls ?? "C2",
      placementType: "U4",
      ...(e.end === undefined ? {} : { endDate: e.end, reasonEpisodeCeased: e.rec ?? "E8" }),
    })),
    lookedAfterReviews: [],
    missing: [],
    visits: [],
    careProceedings: [],
    ...extra,
  } as unknown as ChildRecord;
}

const oc2 = (year: number, values: Record<string, unknown>): Record<string, unknown> => ({ lookedAfterOutcomes: [{ id: `oc2-${String(year)}`, year, ...values }] });
const oc3 = (year: number, inTouch: string, activity: string, accommodation: string): Record<string, unknown> => ({ careLeaverOutcomes: [{ id: `oc3-${String(year)}`, year, inTouch, activity, accommodation }] });

const YEAR_2025: CoreDataSetOptions = { period: { year: 2025 }, metrics: ["lac.health", "care-leavers.accommodation", "care-leavers.activity"] };
const OPEN_SINCE_2020: readonly Ep[] = [{ start: "2020-01-01" }];

// #region health-cohort
// The year to 31 March 2025; the 12 months to the snapshot start on 2024-04-01.
const health = [
  // in care from exactly 12 months before (2024-04-01): in; aged 3
  child("H1", "2021-04-01", [{ start: "2024-04-01" }], oc2(2025, { healthAssessment: true, immunisations: true, teethCheck: false, healthCheck: true })),
  // a day less (from 2024-04-02): out
  child("H2", "2021-04-01", [{ start: "2024-04-02" }], oc2(2025, { healthAssessment: true, immunisations: true })),
  // a short break (V3) in the 12 months: out
  child("H3", "2015-01-01", [{ start: "2020-01-01" }, { start: "2024-06-01", end: "2024-06-03", ls: "V3" }], oc2(2025, { healthAssessment: true })),
  // the period of care ended in the year: out
  child("H4", "2015-01-01", [{ start: "2020-01-01", end: "2025-01-01" }], oc2(2025, { healthAssessment: true })),
  // 5 on the snapshot (born 2020-03-31): SDQ, not development checks
  child("H5", "2020-03-31", OPEN_SINCE_2020, oc2(2025, { healthAssessment: true, healthCheck: true, sdqScore: 14 })),
  // 4 on the snapshot (5 on 2025-04-01): development checks, not SDQ
  child("H6", "2020-04-01", OPEN_SINCE_2020, oc2(2025, { healthAssessment: false, healthCheck: false, sdqScore: 5 })),
  // 16 on the snapshot: SDQ; convicted counts (10 or over)
  child("H7", "2008-04-01", OPEN_SINCE_2020, oc2(2025, { healthAssessment: true, convicted: true, sdqScore: 17, substanceMisuse: true, interventionReceived: true })),
  // 17 on the snapshot: no SDQ; the assessment not given
  child("H8", "2008-03-31", OPEN_SINCE_2020, oc2(2025, { convicted: false, sdqScore: 10, substanceMisuse: false })),
  // in the population with no OC2 row, and with a row of another year only
  child("H9", "2012-01-01", OPEN_SINCE_2020),
  child("H10", "2012-01-01", OPEN_SINCE_2020, oc2(2024, { healthAssessment: true })),
  // 9: a conviction is not counted (DfE: aged 10 or over); no SDQ score
  child("H11", "2015-06-01", OPEN_SINCE_2020, oc2(2025, { healthAssessment: true, convicted: true, sdqReason: "SDQ4" })),
];
// #endregion health-cohort

describe("lac.health", () => {
  it("counts children looked after continuously for 12 months at the snapshot, by the OC2 row of the year", () => {
    // #region health
    const m = computeCoreDataSet(health, YEAR_2025).metrics["lac.health"];
    // the population: H1, H5-H11 (8); H9 and H10 have no row of the year
    // #endregion health
    expect(m?.breakdown?.["population"]?.value).toBe(8);
    expect(m?.breakdown?.["not-recorded"]?.value).toBe(2);
    // health assessment given: H1 yes, H5 yes, H6 no, H7 yes, H11 yes (H8 blank) -> 4 of 5
    expect([m?.numerator, m?.denominator, m?.value]).toEqual([4, 5, 80]);
    expect(m?.notes.join(" ")).toContain("not counted as \"no\"");
    // development checks, under 5: H1 yes, H6 no (H5 is 5) -> 1 of 2
    const dev = m?.breakdown?.["development-checks"];
    expect([dev?.numerator, dev?.denominator]).toEqual([1, 2]);
    // convicted, aged 10 or over: H7 yes, H8 no (H11 is 9) -> 1 of 2
    const convicted = m?.breakdown?.["convicted"];
    expect([convicted?.numerator, convicted?.denominator]).toEqual([1, 2]);
    // immunisations: H1 only gives it -> 1 of 1; teeth: H1 no -> 0 of 1
    expect([m?.breakdown?.["immunisations"]?.numerator, m?.breakdown?.["immunisations"]?.denominator]).toEqual([1, 1]);
    expect([m?.breakdown?.["teeth-checked"]?.numerator, m?.breakdown?.["teeth-checked"]?.denominator]).toEqual([0, 1]);
    // substance misuse: H7 yes, H8 no; intervention received of those with a problem: H7 yes
    const sub = m?.breakdown?.["substance-misuse"];
    expect([sub?.numerator, sub?.denominator]).toEqual([1, 2]);
    expect([sub?.breakdown?.["intervention-received"]?.numerator, sub?.breakdown?.["intervention-received"]?.denominator]).toEqual([1, 1]);
    // SDQ, aged 5 to 16 with a row: H5 (14), H7 (17), H11 (no score) -> mean of 14 and 17
    const sdq = m?.breakdown?.["sdq"];
    expect([sdq?.value, sdq?.numerator, sdq?.denominator]).toEqual([15.5, 31, 2]);
    const bands = sdq?.breakdown?.["bands"]?.breakdown;
    expect([bands?.["normal"]?.numerator, bands?.["borderline"]?.numerator, bands?.["concern"]?.numerator]).toEqual([0, 1, 1]);
    const withScore = sdq?.breakdown?.["with-score"];
    expect([withScore?.numerator, withScore?.denominator]).toEqual([2, 3]);
  });

  it("is unavailable, not 0, when no input holds the OC2 table, while the population still counts", () => {
    const span = [{ start: "2024-04-01" as IsoDate, end: "2025-03-31" as IsoDate }];
    const m = computeCoreDataSet(health, { ...YEAR_2025, coverage: { facts: { "looked-after-episodes": span } } }).metrics["lac.health"];
    expect([m?.status, m?.value]).toEqual(["unavailable", null]);
    expect(m?.unavailable).toEqual({ reason: "no-input", needs: ["looked-after-outcomes"] });
    expect(m?.breakdown?.["population"]?.value).toBe(8);
    expect(m?.breakdown?.["sdq"]?.status).toBe("unavailable");
    const held = computeCoreDataSet(health, { ...YEAR_2025, coverage: { facts: { "looked-after-episodes": span, "looked-after-outcomes": span } } }).metrics["lac.health"];
    expect(held?.value).toBe(80);
  });

  it("with nobody in the population, is unavailable for want of a denominator", () => {
    const m = computeCoreDataSet([health[1]], YEAR_2025).metrics["lac.health"];
    expect([m?.status, m?.unavailable?.reason, m?.breakdown?.["population"]?.value]).toEqual(["unavailable", "no-denominator", 0]);
  });
});

// #region leavers-cohort
// Ages on their birthday in the year to 31 March 2025 (their age on 2025-03-31).
const leavers = [
  // 17 (born 2008-03-31): in touch, apprenticeship, with former foster carers, suitable
  child("L1", "2008-03-31", [], oc3(2025, "YES", "F4", "Z1")),
  // 16 (17 on 2025-04-01): not a care leaver of the measures
  child("L2", "2008-04-01", [], oc3(2025, "YES", "F1", "B1")),
  // 21 (born 2003-04-01): not in touch, nothing known
  child("L3", "2003-04-01", [], oc3(2025, "NO", "0", "0")),
  // 22: out
  child("L4", "2003-03-31", [], oc3(2025, "YES", "F1", "B1")),
  // died; returned home for 6 months or more: out (DfE)
  child("L5", "2006-01-01", [], oc3(2025, "DIED", "0", "0")),
  child("L6", "2006-05-05", [], oc3(2025, "RHOM", "G5", "B1")),
  // 19: NEET (pregnancy or parenting), no fixed abode, unsuitable
  child("L7", "2005-06-01", [], oc3(2025, "YES", "G6", "S2")),
  // 18: refuses contact, higher education, with parents, suitable
  child("L8", "2007-01-01", [], oc3(2025, "REFU", "F1", "B1")),
  // 19 with a row of another year only: not counted
  child("L9", "2005-06-01", [], oc3(2024, "YES", "F1", "B1")),
  // 20: training or employment under the code before 2021-22 (F3), independent living, suitable
  child("L10", "2004-07-07", [], oc3(2025, "YES", "F3", "U1")),
];
// #endregion leavers-cohort

describe("care-leavers.accommodation and care-leavers.activity", () => {
  it("counts the OC3 rows of the year of young people 17 to 21 on their birthday, as percentages of all of them", () => {
    // #region leavers
    const { metrics } = computeCoreDataSet(leavers, YEAR_2025);
    const accommodation = metrics["care-leavers.accommodation"];
    const activity = metrics["care-leavers.activity"];
    // 17-18: L1, L8; 19-21: L3, L7, L10
    // #endregion leavers
    expect(accommodation?.breakdown?.["care-leavers"]?.value).toBe(5);
    // suitable: L1, L8, L10 of 5
    expect([accommodation?.numerator, accommodation?.denominator, accommodation?.value]).toEqual([3, 5, 60]);
    expect(accommodation?.breakdown?.["unsuitable"]?.numerator).toBe(1);
    expect(accommodation?.breakdown?.["no-information"]?.numerator).toBe(1);
    const young = accommodation?.breakdown?.["17-18"];
    const old = accommodation?.breakdown?.["19-21"];
    expect([young?.numerator, young?.denominator, old?.numerator, old?.denominator]).toEqual([2, 2, 1, 3]);
    const contact = accommodation?.breakdown?.["contact"]?.breakdown;
    expect([contact?.["in-touch"]?.numerator, contact?.["not-in-touch"]?.numerator, contact?.["refuses-contact"]?.numerator, contact?.["not-recorded"]?.numerator]).toEqual([3, 1, 1, 0]);
    expect(contact?.["in-touch"]?.value).toBe(60);
    const type = accommodation?.breakdown?.["type"]?.breakdown;
    expect([type?.["with-former-foster-carers"]?.numerator, type?.["with-parents-or-relatives"]?.numerator, type?.["no-fixed-abode"]?.numerator, type?.["independent-living"]?.numerator, type?.["no-information"]?.numerator]).toEqual([1, 1, 1, 1, 1]);
    expect(accommodation?.notes.join(" ")).toContain("IN_TOUCH DIED");
    expect(accommodation?.notes.join(" ")).toContain("IN_TOUCH RHOM");
    // EET: L1 (apprenticeship), L8 (higher education), L10 (F3) of 5; NEET: L7; not known: L3
    expect([activity?.numerator, activity?.denominator]).toEqual([3, 5]);
    expect([activity?.breakdown?.["neet"]?.numerator, activity?.breakdown?.["not-known"]?.numerator]).toEqual([1, 1]);
    const groups = activity?.breakdown?.["activity"]?.breakdown;
    expect([groups?.["apprenticeship"]?.numerator, groups?.["higher-education"]?.numerator, groups?.["training-or-employment"]?.numerator, groups?.["neet-pregnancy-or-parenting"]?.numerator]).toEqual([1, 1, 1, 1]);
    expect([activity?.breakdown?.["17-18"]?.value, activity?.breakdown?.["19-21"]?.numerator]).toEqual([100, 1]);
  });

  it("counts an ACCOM code that is not a listed letter and 1 or 2 as no information, for the type and the suitability alike", () => {
    const rows = ["Z9", "ZZ9", "B3", "Q1", "Z1"].map((accom, i) => child(`A${String(i)}`, "2007-06-01", [], oc3(2025, "YES", "F1", accom)));
    const m = computeCoreDataSet(rows, YEAR_2025).metrics["care-leavers.accommodation"];
    expect([m?.numerator, m?.breakdown?.["unsuitable"]?.numerator, m?.breakdown?.["no-information"]?.numerator]).toEqual([1, 0, 4]);
    const type = m?.breakdown?.["type"]?.breakdown;
    expect([type?.["with-former-foster-carers"]?.numerator, type?.["with-parents-or-relatives"]?.numerator, type?.["no-information"]?.numerator]).toEqual([1, 0, 4]);
  });

  it("is unavailable, not 0, when no input holds the OC3 table", () => {
    const span = [{ start: "2024-04-01" as IsoDate, end: "2025-03-31" as IsoDate }];
    const m = computeCoreDataSet(leavers, { ...YEAR_2025, coverage: { facts: { "looked-after-episodes": span } } }).metrics["care-leavers.activity"];
    expect([m?.status, m?.value, m?.unavailable?.reason]).toEqual(["unavailable", null, "no-input"]);
    expect(m?.breakdown?.["17-18"]?.status).toBe("unavailable");
  });
});

// --- the engine against the object oracle (tests/metrics/oracle/lookedAfterObjects.ts) ----------

function objectPass(records: readonly ChildRecord[], options: CoreDataSetOptions): CoreDataSetResult {
  const st = createEngineState(resolveConfig(options));
  for (const r of records) {
    st.read += 1;
    addRecordAsObjects(st, r);
  }
  return buildResult(st);
}

const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const flag = opt(fc.boolean());
const arbYear = opt(fc.constantFrom(2023, 2024, 2025, 2026));
// Episodes near the 12 months before 31 March 2024 and 2025, some short breaks, some ended.
const arbEpisode = fc.record({
  start: fc.oneof(arbDateFrom("2022-10-01", 1000), fc.constantFrom("2023-04-01", "2023-04-02", "2024-04-01", "2024-04-02", "2024-03-31")),
  days: fc.option(fc.integer({ min: 1, max: 700 }), { nil: undefined, freq: 1 }),
  ls: fc.constantFrom("C2", "C2", "C2", "E1", "V3", "V4"),
  rne: fc.constantFrom("S", "P", "L"),
});
const arbChild = fc
  .record({
    dob: opt(fc.oneof(arbDateFrom("2002-01-01", 2200), arbDateFrom("2018-01-01", 2600), arbDateFrom("2007-06-01", 1400))),
    episodes: fc.array(arbEpisode, { maxLength: 3 }),
    oc2: fc.array(fc.record({ year: arbYear, sdqScore: opt(fc.integer({ min: 0, max: 40 })), healthAssessment: flag, immunisations: flag, teethCheck: flag, healthCheck: flag, convicted: flag, substanceMisuse: flag, interventionReceived: flag, interventionOffered: flag }), { maxLength: 2 }),
    oc3: fc.array(
      fc.record({
        year: arbYear,
        inTouch: opt(fc.constantFrom("YES", "NO", "DIED", "REFU", "NREQ", "RHOM")),
        activity: opt(fc.constantFrom("F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0", "Z9")),
        accommodation: opt(fc.constantFrom("B1", "C2", "D1", "E2", "G1", "H2", "K1", "R2", "S1", "T2", "U1", "V2", "W1", "X2", "Y1", "Z1", "Z2", "0", "01", "Q1", "B3")),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ dob, episodes, oc2, oc3 }, ) => {
    const clean = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const sorted = [...episodes].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return {
      dob,
      episodes: sorted.map((e) => {
        const end = e.days === undefined ? undefined : new Date(Date.parse(`${e.start}T00:00:00Z`) + e.days * 86_400_000).toISOString().slice(0, 10);
        return { start: e.start, ls: e.ls, rne: e.rne, ...(end === undefined ? {} : { end, rec: "X1" }) };
      }),
      oc2: oc2.map((o, i) => ({ id: `oc2-${String(i)}`, ...clean(o) })),
      oc3: oc3.map((o, i) => ({ id: `oc3-${String(i)}`, ...clean(o) })),
    };
  });

/** Every node of a result with a breakdown, at every depth. */
function nodes(r: MetricResult | undefined): MetricResult[] {
  if (r === undefined) return [];
  return [r, ...Object.values(r.breakdown ?? {}).flatMap(nodes)];
}

describe("lac.health and the care leavers' measures on random cohorts", () => {
  it("give the object oracle's figures from records and from columns, and their groups add up", () => {
    const ids = ["lac.health", "care-leavers.accommodation", "care-leavers.activity"] as const;
    fc.assert(
      fc.property(fc.array(arbChild, { maxLength: 25 }), fc.constantFrom(2024, 2025), (kids, year) => {
        const records = kids.map((k, i) => child(`C${String(i)}`, k.dob, k.episodes, { ...(k.oc2.length > 0 ? { lookedAfterOutcomes: k.oc2 } : {}), ...(k.oc3.length > 0 ? { careLeaverOutcomes: k.oc3 } : {}) }));
        const options: CoreDataSetOptions = { period: { year }, metrics: [...ids], validate: false };
        const expected = objectPass(records, options);
        const result = computeCoreDataSet(records, options);
        expect(result).toEqual(expected);
        expect(computeCoreDataSet(toColumnarCohort(records, { validate: false }), options)).toEqual(expected);
        // every distribution's groups sum to its denominator
        for (const id of ids) {
          for (const n of nodes(result.metrics[id])) {
            if (n.value !== null || n.breakdown === undefined || n.numerator !== null) continue;
            expect(Object.values(n.breakdown).reduce((s, b) => s + (b.numerator ?? 0), 0), n.id).toBe(n.denominator);
          }
        }
        // the age groups add up to the pooled 17 to 21, figure by figure
        for (const id of ["care-leavers.accommodation", "care-leavers.activity"] as const) {
          const pooled = result.metrics[id];
          const young = pooled?.breakdown?.["17-18"];
          const old = pooled?.breakdown?.["19-21"];
          expect((young?.denominator ?? 0) + (old?.denominator ?? 0)).toBe(pooled?.denominator);
          expect((young?.numerator ?? 0) + (old?.numerator ?? 0)).toBe(pooled?.numerator);
        }
        const health = result.metrics["lac.health"];
        const sdq = health?.breakdown?.["sdq"];
        expect(sdq?.breakdown?.["with-score"]?.numerator).toBe(sdq?.denominator);
        expect(health?.breakdown?.["not-recorded"]?.value ?? 0).toBeLessThanOrEqual(health?.breakdown?.["population"]?.value ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the same figures from SSDA903 tables", () => {
  it("writes the boundary cohorts as SSDA903 CSV (OC2 and OC3 with their years) and reads them back, into columns and as records, to the same figures", async () => {
    const records = [...health, ...leavers];
    const csv = writeSsda903(records);
    const dir = tempDir();
    const names = (["header", "episodes", "oc2", "oc3"] as const).map((t) => {
      // no year in the names: each OC2 and OC3 row keeps the year of its YEAR column
      writeFileSync(join(dir, `${t}.csv`), csv[t]);
      return `${t}.csv`;
    });
    const files = await identifyReturns(names.map((name) => ({ path: join(dir, name), name })));
    const coverage = coverageOf(files);
    expect(Object.keys(coverage.facts)).toEqual(expect.arrayContaining(["looked-after-episodes", "looked-after-outcomes", "care-leaver-outcomes"]));
    const options: CoreDataSetOptions = { ...YEAR_2025, coverage };
    const direct = computeCoreDataSet(records, YEAR_2025).metrics;
    const { cohort } = await (await readReturns(files)).cohort();
    const fromColumns = computeCoreDataSet(cohort, options).metrics;
    const read: ChildRecord[] = [];
    for await (const r of (await readReturns(files)).records) read.push(r);
    expect(computeCoreDataSet(read, options).metrics).toEqual(fromColumns);
    for (const id of YEAR_2025.metrics ?? []) expect(fromColumns[id], id).toEqual(direct[id]);
    expect(fromColumns["lac.health"]?.value).toBe(80);
  });
});
