// DfE's breakdowns at the event (docs/metrics.md, "DfE breakdowns"): the age at the event, the
// primary need, the category of abuse and the factors at assessment, built in the metric kernel.
// The year is 1 April 2024 to 31 March 2025 (snapshot 31 March 2025); every expected count is
// worked out by hand in the comments.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { isoDate } from "../../src/core";
import { writeCinCensus } from "../../src/interop/cin-census";
import { readReturns, TIDY_TABLE_COLUMNS } from "../../src/interop/returns";
import { tidyCsvRow, tidyTableRows } from "../../src/interop/returns/tidyTables";
import { computeCoreDataSet, type CoreDataSetOptions, type MetricId, type MetricResult } from "../../src/metrics";
import { birthdayDay, toDay } from "../../src/metrics/internal/days";
import { coreRelations } from "../../src/metrics/disclosureControl";
import type { ChildRecord } from "../../src/records";
import { FIXTURES, memoryIo, tempDir } from "../cli/helpers";
import { recoverable } from "./disclosureCheck";
import { arbChildRecord, child, episode } from "./fixtures";
import { ageBandAt } from "./oracle/eventBreakdownObjects";

const YEAR: CoreDataSetOptions = { period: { year: 2025 } };
const at = (m: MetricResult | undefined, ...path: string[]): MetricResult | undefined => path.reduce<MetricResult | undefined>((n, k) => n?.breakdown?.[k], m);
/** The groups of a breakdown with a count other than 0, as `key: count`. */
const nonZero = (m: MetricResult | undefined): Record<string, number | null> =>
  Object.fromEntries(Object.entries(m?.breakdown ?? {}).filter(([, b]) => b.value !== 0).map(([k, b]) => [k, b.value]));
const referral = (id: string, date: string, dob: string | undefined, extra: Record<string, unknown> = {}): ChildRecord =>
  child(id, { child: { childId: id, disabilities: [], ...(dob === undefined ? {} : { dob }), ...extra }, cinEpisodes: [episode(`${id}-e`, date)] });

// The group sets whose groups add up to the figure they split (metric id, then the path to the set).
const ADDITIVE: readonly (readonly [MetricId, ...string[]])[] = [
  ["activity.referrals", "age"],
  ["plans.open", "age"],
  ["plans.open", "primary-need"],
  ["plans.open", "cp", "age"],
  ["plans.open", "cp", "cp-category", "initial"],
  ["plans.open", "cp", "cp-category", "latest"],
  ["plans.open", "lac", "age"],
  ["plans.started", "age"],
  ["plans.started", "cp-category", "initial"],
  ["lac.started", "age"],
];

describe("age at the event", () => {
  // #region age-at-referral
  const records = [
    referral("five-today", "2024-06-10", "2019-06-10"), // 5 on the day of the referral: 5 to 9
    referral("five-tomorrow", "2024-06-10", "2019-06-11"), // still 4: 1 to 4
    referral("one-today", "2024-06-10", "2023-06-10"), // 1 to 4
    referral("one-tomorrow", "2024-06-10", "2023-06-11"), // under 1
    referral("sixteen-today", "2024-06-10", "2008-06-10"), // 16 and over
    referral("sixteen-tomorrow", "2024-06-10", "2008-06-11"), // 10 to 15
    referral("before-birth", "2024-06-10", "2024-08-01"), // referred before the birth: unborn
    referral("expected", "2024-06-10", undefined, { expectedDob: "2024-09-01", sex: "U" }), // only an expected date of birth: unborn
    referral("no-dob", "2024-06-10", undefined), // neither: not recorded
  ];
  const referrals = computeCoreDataSet(records, { ...YEAR, metrics: ["activity.referrals"] }).metrics["activity.referrals"];
  // #endregion age-at-referral

  it("counts whole years to the day of the event, the unborn and the dates of birth not recorded", () => {
    expect(nonZero(at(referrals, "age"))).toEqual({ unborn: 2, "under-1": 1, "1-to-4": 2, "5-to-9": 1, "10-to-15": 1, "16-and-over": 1, "not-recorded": 1 });
    expect(at(referrals, "age")?.value).toBe(9);
    expect(referrals?.value).toBe(9);
  });

  it("has a child born on 29 February turn a year older on 1 March in a year that is not a leap year", () => {
    expect(birthdayDay(toDay("2020-02-29"), 5)).toBe(toDay("2025-03-01"));
    expect(birthdayDay(toDay("2020-02-29"), 4)).toBe(toDay("2024-02-29"));
    expect(birthdayDay(toDay("2020-03-01"), 1)).toBe(toDay("2021-03-01"));
    const m = computeCoreDataSet([referral("leap", "2025-02-28", "2020-02-29"), referral("leap2", "2025-03-01", "2020-02-29")], { ...YEAR, metrics: ["activity.referrals"] }).metrics["activity.referrals"];
    expect(nonZero(at(m, "age"))).toEqual({ "1-to-4": 1, "5-to-9": 1 });
  });

  it("has a birthday on the same month and day, or on 1 March for 29 February, for any date (a law against the ISO dates)", () => {
    const day = fc.integer({ min: toDay("1990-01-01"), max: toDay("2030-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), (dob, years) => {
        const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
        const born = iso(dob);
        const year = Number(born.slice(0, 4)) + years;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const expected = born.slice(5) === "02-29" && !leap ? `${String(year)}-03-01` : `${String(year)}-${born.slice(5)}`;
        expect(iso(birthdayDay(dob, years))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the age at the start of a plan, at the snapshot, and on starting to be looked after", () => {
    const records = [
      child("baby", {
        child: { childId: "baby", dob: "2024-05-01", disabilities: [] },
        cinEpisodes: [episode("e", "2024-04-10", { cpPlans: [{ id: "p", startDate: "2024-04-20", initialCategory: "NEG", latestCategory: "NEG", reviewDates: [] }] })],
        lookedAfterEpisodes: [{ id: "l", startDate: "2025-01-10", reasonForNewEpisode: "S", legalStatus: "C2", placementType: "U4" }],
      }),
    ];
    const m = computeCoreDataSet(records, YEAR).metrics;
    // the plan started before the birth; the child is under 1 at the snapshot and on starting to be looked after
    expect(nonZero(at(m["plans.started"], "age"))).toEqual({ unborn: 1 });
    expect(nonZero(at(m["plans.open"], "cp", "age"))).toEqual({ "under-1": 1 });
    expect(nonZero(at(m["plans.open"], "age"))).toEqual({ "under-1": 1 });
    expect(nonZero(at(m["lac.started"], "age"))).toEqual({ "under-1": 1 });
    expect(nonZero(at(m["plans.open"], "lac", "age"))).toEqual({ "under-1": 1 });
  });
});

describe("primary need and category of abuse", () => {
  // #region snapshot-groups
  const records = [
    // two episodes open at the snapshot (which cannot both be right): the one referred last counts, once
    child("two-open", {
      child: { childId: "two-open", dob: "2016-01-01", disabilities: [] }, // 9 at the snapshot
      cinEpisodes: [episode("a", "2024-05-01", { primaryNeed: "N1" }), episode("b", "2024-09-01", { primaryNeed: "N4" })],
    }),
    // a plan whose latest category differs from its initial one
    child("changed", {
      child: { childId: "changed", dob: "2012-07-01", disabilities: [] }, // 12
      cinEpisodes: [
        episode("e", "2024-04-15", {
          primaryNeed: "N1",
          cpPlans: [{ id: "p", startDate: "2024-05-01", initialCategory: "NEG", latestCategory: "EMO", reviewDates: [] }],
        }),
      ],
    }),
    // no primary need, a plan with no category, which ended before the snapshot
    child("ended", {
      child: { childId: "ended", dob: "2010-01-01", disabilities: [] }, // 15
      cinEpisodes: [episode("e", "2024-06-01", { cpPlans: [{ id: "p", startDate: "2024-06-10", endDate: "2024-12-01", reviewDates: [] }] })],
    }),
    // an NFA referral is not a child in need
    child("nfa", { cinEpisodes: [episode("e", "2024-06-01", { referralNfa: true, primaryNeed: "N9" })] }),
  ];
  const m = computeCoreDataSet(records, YEAR).metrics;
  // #endregion snapshot-groups

  it("takes the primary need of the open episode referred last, each child once", () => {
    expect(m["plans.open"]?.value).toBe(3);
    expect(nonZero(at(m["plans.open"], "primary-need"))).toEqual({ N4: 1, N1: 1, "not-recorded": 1 });
    expect(nonZero(at(m["plans.open"], "age"))).toEqual({ "5-to-9": 1, "10-to-15": 2 });
  });

  it("gives the initial and the latest category of the plan open at the snapshot", () => {
    expect(at(m["plans.open"], "cp")?.value).toBe(1);
    expect(nonZero(at(m["plans.open"], "cp", "cp-category", "initial"))).toEqual({ NEG: 1 });
    expect(nonZero(at(m["plans.open"], "cp", "cp-category", "latest"))).toEqual({ EMO: 1 });
    expect(nonZero(at(m["plans.open"], "cp", "age"))).toEqual({ "10-to-15": 1 });
  });

  it("gives the initial category of each child's first plan starting in the period", () => {
    expect(m["plans.started"]?.value).toBe(2);
    expect(nonZero(at(m["plans.started"], "cp-category", "initial"))).toEqual({ NEG: 1, "not-recorded": 1 });
    expect(at(m["plans.started"], "cp-category", "latest")).toBeUndefined();
  });

  it("takes the plan that started last when two are open at the snapshot, and the first to start in the period", () => {
    const plans = [
      { id: "p1", startDate: "2024-05-01", initialCategory: "PHY", latestCategory: "PHY", reviewDates: [] },
      { id: "p2", startDate: "2024-08-01", initialCategory: "SAB", latestCategory: "MUL", reviewDates: [] },
    ];
    const r = computeCoreDataSet([child("two", { cinEpisodes: [episode("e", "2024-04-20", { cpPlans: plans })] })], YEAR).metrics;
    expect(nonZero(at(r["plans.open"], "cp", "cp-category", "latest"))).toEqual({ MUL: 1 });
    expect(nonZero(at(r["plans.open"], "cp", "cp-category", "initial"))).toEqual({ SAB: 1 });
    expect(nonZero(at(r["plans.started"], "cp-category", "initial"))).toEqual({ PHY: 1 });
    expect(nonZero(at(r["plans.started"], "age"))).toEqual({ "not-recorded": 1 });
    // each note names the plan its rule takes
    expect(at(r["plans.started"], "cp-category", "initial")?.notes?.join(" ")).toContain("first plan starting in the period");
    expect(at(r["plans.open"], "cp", "cp-category", "initial")?.notes?.join(" ")).toContain("the one that started last");
  });
});

describe("factors identified at the end of assessment", () => {
  // #region factors
  const assessment = (id: string, factors: readonly string[], authorisationDate?: string): Record<string, unknown> => ({
    id,
    startDate: "2024-06-01",
    factors,
    ...(authorisationDate === undefined ? {} : { authorisationDate }),
  });
  const records = [
    child("none-identified", { cinEpisodes: [episode("e", "2024-05-20", { assessments: [assessment("a", ["21"], "2024-06-20")] })] }),
    child("several", { cinEpisodes: [episode("e", "2024-05-20", { assessments: [assessment("a", ["3B", "4B", "16A", "24A"], "2024-06-20")] })] }),
    child("repeated", { cinEpisodes: [episode("e", "2024-05-20", { assessments: [assessment("a", ["3B", "3B"], "2024-06-20")] })] }),
    child("open", { cinEpisodes: [episode("e", "2024-05-20", { assessments: [assessment("a", ["1A"])] })] }), // not authorised: not counted
    child("empty", { cinEpisodes: [episode("e", "2024-05-20", { assessments: [assessment("a", [], "2024-06-20")] })] }),
  ];
  const m = computeCoreDataSet(records, { ...YEAR, metrics: ["activity.assessments"] }).metrics["activity.assessments"];
  // #endregion factors

  it("counts each assessment once under each of its factors, 21 alone, and those with none", () => {
    expect(m?.value).toBe(4);
    const f = at(m, "assessment-factors");
    expect(f?.value).toBe(4);
    expect(nonZero(f)).toEqual({ "21": 1, "3B": 2, "4B": 1, "16A": 1, "24A": 1, "not-recorded": 1 });
    // several factors: they add up to more than the assessments
    expect(Object.values(f?.breakdown ?? {}).reduce((s, b) => s + (b.value ?? 0), 0)).toBe(7);
    // every code of the CIN census list is a group, labelled with the guide's words
    expect(Object.keys(f?.breakdown ?? {})).toHaveLength(45);
    expect([f?.breakdown?.["3B"]?.label, f?.breakdown?.["19C"]?.label, f?.breakdown?.["21"]?.label]).toEqual([
      "3B Domestic abuse: a parent or carer",
      "19C Sexual abuse, adult on child",
      "21 No factors identified",
    ]);
  });
});

/** The figures' breakdown sets, as group counts, for comparing paths. */
function groupSets(metrics: Readonly<Record<string, MetricResult | undefined>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, ...path] of [...ADDITIVE, ["activity.assessments", "assessment-factors"] as const]) {
    const set = at(metrics[id], ...path);
    out[[id, ...path].join("/")] = set === undefined ? undefined : [set.value, Object.fromEntries(Object.entries(set.breakdown ?? {}).map(([k, b]) => [k, b.value]))];
  }
  return out;
}

describe("disclosure control of the breakdowns", () => {
  it("hides a small age group and another, so that the total less the groups shown does not give it", () => {
    // 20 referrals: 2 of children under 1, 18 of children 5 to 9, none in the other bands
    const records = [
      ...Array.from({ length: 2 }, (_, i) => referral(`b${String(i)}`, "2024-06-10", "2024-01-01")),
      ...Array.from({ length: 18 }, (_, i) => referral(`c${String(i)}`, "2024-06-10", "2017-01-01")),
    ];
    const options = { ...YEAR, metrics: ["activity.referrals"] } as const;
    const before = computeCoreDataSet(records, options).metrics["activity.referrals"] as MetricResult;
    const after = computeCoreDataSet(records, { ...options, suppress: { threshold: 6 } }).metrics["activity.referrals"] as MetricResult;
    expect(nonZero(at(before, "age"))).toEqual({ "under-1": 2, "5-to-9": 18 });
    expect(at(after, "age", "under-1")?.value).toBeNull();
    // 20 - 18 - 0 - ... would give the 2: one more count of the sum is hidden (zeros are shown)
    expect([at(after, "age", "5-to-9")?.value, at(after, "age")?.value, after.value].filter((v) => v === null).length).toBeGreaterThan(0);
    expect(at(after, "age", "unborn")?.value).toBe(0);
    // an attacker's identities, written here: the referrals are the age set's value, and its groups sum to it
    const age = at(before, "age") as MetricResult;
    const value = (id: string): { id: string; field: "value" } => ({ id, field: "value" });
    const analyst = [
      { total: value(before.id), parts: [value(age.id)] },
      { total: value(age.id), parts: Object.values(age.breakdown ?? {}).map((b) => value(b.id)) },
    ];
    expect(recoverable(analyst, [before], [after])).toEqual([]);
    expect(recoverable(coreRelations([before]), [before], [after])).toEqual([]);
  });
});

describe("the breakdowns on random cohorts", () => {
  it("add up to their figure, and each factor is at most the assessments", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 15 }), fc.integer({ min: 2022, max: 2026 }), (records, year) => {
        const m = computeCoreDataSet(records, { period: { year }, validate: false }).metrics;
        for (const [id, ...path] of ADDITIVE) {
          const figure = at(m[id], ...path.slice(0, -1));
          const set = at(m[id], ...path);
          expect(set?.value, `${id}/${path.join("/")}`).toBe(figure?.value);
          expect(Object.values(set?.breakdown ?? {}).reduce((s, b) => s + (b.value ?? 0), 0)).toBe(set?.value);
        }
        const assessments = m["activity.assessments"];
        const factors = at(assessments, "assessment-factors");
        expect(factors?.value).toBe(assessments?.value);
        for (const b of Object.values(factors?.breakdown ?? {})) expect(b.value ?? 0).toBeLessThanOrEqual(assessments?.value ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it("give the oracle's age band on each band's birthday and the days either side, for any date of birth", () => {
    const born = fc.integer({ min: toDay("1995-01-01"), max: toDay("2024-03-31") }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(born, fc.constantFrom(1, 5, 10, 16), fc.constantFrom(-1, 0, 1), (dob, k, shift) => {
        // the birthday in the text of the dates (29 February: 1 March in a year that is not leap)
        const year = Number(dob.slice(0, 4)) + k;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const birthday = dob.slice(5) === "02-29" && !leap ? `${String(year)}-03-01` : `${String(year)}-${dob.slice(5)}`;
        const on = new Date(Date.parse(`${birthday}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
        const r = referral("c", on, dob);
        const m = computeCoreDataSet([r], { period: { start: on, end: on }, metrics: ["activity.referrals"], validate: false }).metrics["activity.referrals"];
        const keys = Object.keys(at(m, "age")?.breakdown ?? {});
        expect(nonZero(at(m, "age"))).toEqual({ [keys[ageBandAt(r.child, on)] as string]: 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it("give the oracle's age band for any date of birth and event", () => {
    // a referral on any day, a date of birth (or none, or only an expected one) on any day
    const date = fc.integer({ min: toDay("2000-01-01"), max: toDay("2026-12-31") }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.option(date, { nil: undefined }), fc.boolean(), (dob, referralDate, expected) => {
        const on = referralDate ?? "2024-10-01";
        const r = referral("c", on, expected ? undefined : dob, expected ? { expectedDob: dob } : {});
        const inYear = on >= "2024-04-01" && on <= "2025-03-31";
        const m = computeCoreDataSet([r], { ...YEAR, metrics: ["activity.referrals"], validate: false }).metrics["activity.referrals"];
        const keys = Object.keys(at(m, "age")?.breakdown ?? {});
        expect(nonZero(at(m, "age"))).toEqual(inYear ? { [keys[ageBandAt(r.child, on)] as string]: 1 } : {});
      }),
      { numRuns: 500 },
    );
  });
});

describe("the breakdowns from the returns", () => {
  const records: ChildRecord[] = [
    referral("young", "2024-06-10", "2023-06-11", { sex: "F" }),
    referral("unborn", "2024-06-10", undefined, { expectedDob: "2024-09-01", sex: "U" }),
    child("plan", {
      child: { childId: "plan", dob: "2012-07-01", sex: "M", disabilities: [] },
      cinEpisodes: [
        episode("e", "2024-04-15", {
          referralSource: "1A",
          primaryNeed: "N1",
          assessments: [{ id: "a", startDate: "2024-04-16", authorisationDate: "2024-04-30", factors: ["3B", "24A"] }],
          section47s: [{ id: "s", startDate: "2024-04-20", icpcDate: "2024-04-30", icpcNotRequired: false }],
          cpPlans: [{ id: "p", startDate: "2024-05-01", initialCategory: "NEG", latestCategory: "EMO", numberOfPreviousCpp: 0, reviewDates: [] }],
        }),
      ],
    }),
  ];

  it("are the records' from the CIN census written and read back, and from the tidy tables", async () => {
    const expected = groupSets(computeCoreDataSet(records, YEAR).metrics);
    expect(expected["activity.assessments/assessment-factors"]).toEqual([1, expect.objectContaining({ "3B": 1, "24A": 1 })]);
    const dir = tempDir();
    // the CIN census
    writeFileSync(join(dir, "cin.xml"), writeCinCensus(records, { collectionYear: 2025, referenceDate: isoDate("2025-03-31"), la: "999" }));
    const census = await (await readReturns([{ path: join(dir, "cin.xml"), name: "cin.xml" }])).cohort();
    expect(groupSets(computeCoreDataSet(census.cohort, YEAR).metrics)).toEqual(expected);
    // the tidy tables
    mkdirSync(join(dir, "t"));
    const rows = records.map(tidyTableRows);
    for (const table of Object.keys(TIDY_TABLE_COLUMNS) as (keyof typeof TIDY_TABLE_COLUMNS)[]) {
      writeFileSync(join(dir, "t", `${table}.csv`), [TIDY_TABLE_COLUMNS[table], ...rows.flatMap((r) => r[table])].map(tidyCsvRow).join(""));
    }
    const tables = await (await readReturns(Object.keys(TIDY_TABLE_COLUMNS).map((t) => ({ path: join(dir, "t", `${t}.csv`), name: `${t}.csv` })))).cohort();
    expect(groupSets(computeCoreDataSet(tables.cohort, YEAR).metrics)).toEqual(expected);
  });

  it("add up through the CLI for the shared CIN census fixture", async () => {
    const io = memoryIo(join(FIXTURES, "csc-validator-be-cin"));
    expect(await runCli(["metrics", "fake_CIN_data.xml", "--period", "2021-08-01/2022-03-31", "--format", "json", "-q"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { results: { metrics: Record<string, MetricResult> }[] };
    const m = out.results[0]?.metrics ?? {};
    let checked = 0;
    for (const [id, ...path] of ADDITIVE) {
      const set = at(m[id], ...path);
      if (set?.status !== "available") continue;
      expect(set.value).toBe(at(m[id], ...path.slice(0, -1))?.value);
      expect(Object.values(set.breakdown ?? {}).reduce((s, b) => s + (b.value ?? 0), 0)).toBe(set.value);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    // the fixture's referrals in the period by age, counted from the XML by a separate parser
    // (PersonBirthDate and CINreferralDate of every CINdetails dated 2021-08-01 to 2022-03-31)
    expect(nonZero(at(m["activity.referrals"], "age"))).toEqual({ "under-1": 11, "1-to-4": 12, "5-to-9": 5, "10-to-15": 4, "16-and-over": 1 });
  });
});
