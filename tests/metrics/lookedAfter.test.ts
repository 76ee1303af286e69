import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { computeCoreDataSet, type CoreDataSetOptions, type MetricResult } from "../../src/metrics";
import { buildResult } from "../../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../../src/metrics/internal/engine";
import type { ChildRecord } from "../../src/records";
import { child, cpPlan, episode, lac } from "./fixtures";
import { addRecordAsObjects } from "./oracle/objectEngine";

// The looked-after measures and plan starts on hand-built cohorts at their boundaries. The year
// is 1 April 2024 to 31 March 2025; every expected figure is counted by hand in the comments.

const YEAR: CoreDataSetOptions = { period: { year: 2025 }, population: { children0to17: 20_000, vintage: "test" } };
const run = (records: readonly unknown[], metrics: NonNullable<CoreDataSetOptions["metrics"]>): Readonly<Record<string, MetricResult | undefined>> =>
  computeCoreDataSet(records, { ...YEAR, metrics }).metrics;
/** A chain of episodes: each ends X1 the day the next starts, the first with RNE S, the rest with `rne`. */
const chain = (id: string, ls: string, days: readonly string[], last: { endDate?: string; reasonEpisodeCeased?: string } = {}, rne: readonly string[] = []): unknown[] =>
  days.map((d, i) =>
    lac(`${id}-${String(i)}`, d, ls, {
      reasonForNewEpisode: i === 0 ? "S" : (rne[i - 1] ?? "P"),
      ...(i + 1 < days.length ? { endDate: days[i + 1], reasonEpisodeCeased: "X1" } : last),
    }),
  );
const sumOf = (r: MetricResult | undefined, skip: readonly string[] = []): number =>
  Object.entries(r?.breakdown ?? {})
    .filter(([k]) => !skip.includes(k))
    .reduce((s, [, b]) => s + (b.unit === "percent" ? (b.numerator ?? 0) : (b.value ?? 0)), 0);

describe("lac.started", () => {
  // #region started
  const records = [
    child("first-day", { lookedAfterEpisodes: [lac("l", "2024-04-01", "C2")] }), // counted: care order
    child("last-day", { lookedAfterEpisodes: [lac("l", "2025-03-31", "V2")] }), // counted: section 20
    child("day-before", { lookedAfterEpisodes: [lac("l", "2024-03-31", "C2")] }), // started before the year
    child("twice", {
      // two periods of care in the year: the child counts once, with the first start's legal status
      lookedAfterEpisodes: [lac("a", "2024-05-01", "E1", { endDate: "2024-06-01", reasonEpisodeCeased: "E4A" }), lac("b", "2024-09-01", "C1")],
    }),
    child("short-break", { lookedAfterEpisodes: [lac("l", "2024-06-01", "V3")] }), // V3: not counted
    child("chain", { lookedAfterEpisodes: chain("c", "J1", ["2024-06-01", "2024-07-01", "2024-08-01"]) }), // one period, youth justice
  ];
  const m = run(records, ["lac.started"])["lac.started"];
  // #endregion started

  it("counts each child once, on the first start, from the first day of the year to the last", () => {
    expect(m?.value).toBe(4);
    expect(m?.breakdown?.["care-order"]?.value).toBe(1);
    expect(m?.breakdown?.["placement-order"]?.value).toBe(1);
    expect(m?.breakdown?.["voluntary-agreement"]?.value).toBe(1);
    expect(m?.breakdown?.["youth-justice"]?.value).toBe(1);
    expect(m?.breakdown?.["detained-for-child-protection"]?.value).toBe(0);
    expect(m?.breakdown?.["short-breaks"]).toBeUndefined();
    expect(m?.breakdown?.["periods-of-care"]?.value).toBe(5);
    // 4 x 10,000 / 20,000
    expect(m?.breakdown?.["per10k"]?.value).toBe(2);
  });

  it("has legal status groups summing to the total", () => {
    expect(sumOf(m, ["per10k", "periods-of-care", "age"])).toBe(m?.value);
  });

  it("gives no rate without a population", () => {
    const r = computeCoreDataSet(records, { period: { year: 2025 }, metrics: ["lac.started"] }).metrics["lac.started"];
    expect(r?.breakdown?.["per10k"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-population" } });
    expect(r?.value).toBe(4);
  });
});

describe("lac.ceased", () => {
  const records = [
    child("first-day", { lookedAfterEpisodes: [lac("l", "2023-01-01", "C2", { endDate: "2024-04-01", reasonEpisodeCeased: "E11" })] }), // adopted
    child("after", { lookedAfterEpisodes: [lac("l", "2023-01-01", "C2", { endDate: "2025-04-01", reasonEpisodeCeased: "E11" })] }), // after the year
    child("twice", {
      // ceased twice: the last cease (SGO) counts
      lookedAfterEpisodes: [lac("a", "2024-05-01", "V2", { endDate: "2024-06-01", reasonEpisodeCeased: "E4A" }), lac("b", "2024-09-01", "V2", { endDate: "2025-03-31", reasonEpisodeCeased: "E45" })],
    }),
    child("x1-chain", { lookedAfterEpisodes: chain("c", "C2", ["2024-06-01", "2024-07-01"]) }), // X1 then open: not ceased
    child("x1-last", { lookedAfterEpisodes: [lac("l", "2024-06-01", "C2", { endDate: "2024-07-01", reasonEpisodeCeased: "X1" })] }), // X1 with nothing after: not ceased
    child("short-break", { lookedAfterEpisodes: [lac("l", "2024-06-01", "V4", { endDate: "2024-06-03", reasonEpisodeCeased: "E13" })] }),
    child("home", { lookedAfterEpisodes: chain("h", "C2", ["2024-01-01", "2024-08-01"], { endDate: "2024-12-01", reasonEpisodeCeased: "E4B" }) }), // returned home
  ];
  const m = run(records, ["lac.ceased"])["lac.ceased"];

  it("counts each child once, on the last cease, and never an X1 end", () => {
    expect(m?.value).toBe(3);
    expect(m?.breakdown?.["adopted"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(m?.breakdown?.["special-guardianship"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(m?.breakdown?.["returned-home"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(m?.breakdown?.["returned-home"]?.value).toBeCloseTo(100 / 3, 10);
    expect(m?.breakdown?.["x1"]).toBeUndefined();
  });

  it("has reason groups summing to the total", () => {
    expect(sumOf(m)).toBe(m?.value);
  });
});

describe("lac.placement-type and lac.placement-stability-short", () => {
  const records = [
    // 3 placements during the year: counted
    child("three", { lookedAfterEpisodes: chain("t", "C2", ["2024-01-01", "2024-06-01", "2024-09-01"], {}, ["P", "T"]) }),
    // the first placement ends on the year's first day, the third episode changes legal status only: 2 placements
    child("two", { lookedAfterEpisodes: chain("w", "C2", ["2024-01-01", "2024-04-01", "2024-09-01"].map((d) => d), {}, ["P", "L"]).map((e, i) => (i === 2 ? { ...(e as object), legalStatus: "E1" } : e)) }),
    // B and U start placements: 3
    child("bu", { lookedAfterEpisodes: chain("b", "C2", ["2024-05-01", "2024-06-01", "2024-07-01"], {}, ["B", "U"]).map((e) => ({ ...(e as object), placementType: "K2" })) }),
    child("parents", { lookedAfterEpisodes: [lac("l", "2020-01-01", "C2", { placementType: "P1" })] }),
    child("ended-on-snapshot", { lookedAfterEpisodes: [lac("l", "2024-01-01", "C2", { endDate: "2025-03-31", reasonEpisodeCeased: "E13" })] }), // not looked after on 31 March
    child("short-break", { lookedAfterEpisodes: [lac("l", "2025-03-01", "V3", { placementType: "K2" })] }),
    child("k3", { lookedAfterEpisodes: [lac("l", "2024-10-01", "C2", { placementType: "K3" })] }),
  ];
  const m = run(records, ["lac.placement-type", "lac.placement-stability-short"]);

  it("counts the placements of the year, V3/V4 and legal-status-only changes not among them", () => {
    // looked after on 31 March: three, two, bu, parents, k3 = 5; with 3+ placements: three, bu
    expect(m["lac.placement-stability-short"]).toMatchObject({ numerator: 2, denominator: 5 });
    expect(m["lac.placement-stability-short"]?.value).toBe(40);
  });

  it("groups the placement at the snapshot, the groups summing to the children", () => {
    const t = m["lac.placement-type"];
    expect(t?.denominator).toBe(5);
    expect(t?.breakdown?.["foster"]?.numerator).toBe(2); // three, two (U4)
    expect(t?.breakdown?.["secure-childrens-homes-semi-independent"]?.numerator).toBe(2); // bu (K2), k3
    expect(t?.breakdown?.["placed-with-parents"]?.numerator).toBe(1);
    expect(t?.breakdown?.["placed-with-parents"]?.value).toBe(20);
    expect(sumOf(t)).toBe(5);
  });
});

describe("plans.started", () => {
  const records = [
    child("a", { cinEpisodes: [episode("e", "2024-03-01", { cpPlans: [cpPlan("p1", "2024-04-01", "2024-12-01"), cpPlan("p2", "2025-03-31")] })] }), // 2 plans, 1 child
    child("b", { cinEpisodes: [episode("e", "2024-03-01", { cpPlans: [cpPlan("p1", "2024-03-31")], cinPlans: [{ id: "c", startDate: "2025-03-31" }] })] }), // CP before the year; CIN plan on the last day
  ];
  const m = run(records, ["plans.started"])["plans.started"];

  it("counts children and plans starting in the year, child in need plans apart", () => {
    expect(m?.value).toBe(1);
    expect(m?.breakdown?.["plans"]?.value).toBe(2);
    expect(m?.breakdown?.["per10k"]?.value).toBe(0.5);
    expect(m?.breakdown?.["cin"]?.value).toBe(1);
    expect(m?.breakdown?.["cin"]?.breakdown?.["plans"]?.value).toBe(1);
  });
});

describe("availability of the looked-after measures", () => {
  const lacIds = ["lac.started", "lac.ceased", "lac.placement-type", "lac.placement-stability-short"] as const;
  it("makes every looked-after figure unavailable from the CIN census alone, with the reason", () => {
    const m = computeCoreDataSet([child("a", { lookedAfterEpisodes: [lac("l", "2024-05-01", "C2")] })], {
      period: { year: 2025 },
      coverage: { facts: { "cin-episodes": [{ start: isoDate("2024-04-01"), end: isoDate("2025-03-31"), source: "cin.xml" }] } },
    }).metrics;
    for (const id of lacIds) {
      expect(m[id]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-episodes"] } });
      for (const b of Object.values(m[id]?.breakdown ?? {})) expect(b.status).toBe("unavailable");
    }
    expect(m["plans.started"]?.status).toBe("available");
  });
});

describe("the looked-after measures over chains of episodes", () => {
  // Chains of episodes (each ending X1 the day the next starts), as SSDA903 returns hold them, so
  // that every rule is reached: the kernel's pass over columns and the object pass
  // (tests/metrics/oracle/lookedAfterObjects.ts) must give the same counters.
  const day0 = Date.UTC(2021, 0, 1);
  const iso = (d: number): string => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
  const arbChain = fc
    .record({
      gaps: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
      from: fc.integer({ min: 0, max: 900 }),
      rne: fc.array(fc.constantFrom("S", "P", "T", "B", "U", "L"), { minLength: 6, maxLength: 6 }),
      ls: fc.array(fc.constantFrom("C2", "E1", "V2", "V3"), { minLength: 6, maxLength: 6 }),
      place: fc.array(fc.constantFrom("U4", "A4", "A5", "K2", "P1"), { minLength: 6, maxLength: 6 }),
      end: fc.option(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.constantFrom("E11", "E4A", "X1", "E45")), { nil: undefined }),
      dob: fc.option(fc.integer({ min: -6000, max: 1500 }), { nil: undefined }),
      uasc: fc.option(fc.boolean(), { nil: undefined }),
      missingCount: fc.integer({ min: 0, max: 4 }),
      reviews: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }),
    })
    .map(({ gaps, from, rne, ls, place, end, dob, uasc, missingCount, reviews }) => {
      const starts = gaps.reduce<number[]>((a, g) => [...a, (a[a.length - 1] ?? from) + g], []);
      const episodes = starts.map((s, i) => {
        const next = starts[i + 1];
        const last = next === undefined && end !== undefined ? { endDate: iso(s + end[0]), reasonEpisodeCeased: end[1] } : {};
        return lac(`e${String(i)}`, iso(s), ls[i] as string, { reasonForNewEpisode: i === 0 ? "S" : rne[i], placementType: place[i], ...(next === undefined ? last : { endDate: iso(next), reasonEpisodeCeased: "X1" }) });
      });
      const missing = starts.slice(0, missingCount).map((s, i) => ({ id: `m${String(i)}`, missingType: i % 2 === 0 ? "M" : "A", startDate: iso(s + 3) }));
      const lookedAfterReviews = reviews.reduce<number[]>((a, g) => [...a, (a[a.length - 1] ?? from) + g], []).map((d, i) => ({ id: `r${String(i)}`, date: iso(d) }));
      return child("c", { child: { childId: "c", disabilities: [], ...(dob === undefined ? {} : { dob: iso(dob) }), ...(uasc === undefined ? {} : { uasc }) }, lookedAfterEpisodes: episodes, missing, lookedAfterReviews });
    });

  it("gives the object pass's figures", () => {
    fc.assert(
      fc.property(fc.array(arbChain, { minLength: 1, maxLength: 8 }), fc.integer({ min: 2022, max: 2026 }), (records, year) => {
        const options: CoreDataSetOptions = { period: { year }, metrics: ["lac.started", "lac.ceased", "lac.placement-type", "lac.placement-stability-short", "lac.placement-stability-long", "lac.uasc", "lac.missing", "lac.reviews-on-time"], validate: false };
        const st = createEngineState(resolveConfig(options));
        for (const r of records) {
          st.read += 1;
          addRecordAsObjects(st, r);
        }
        expect(computeCoreDataSet(records, options)).toEqual(buildResult(st));
      }),
      { numRuns: 400 },
    );
  });
});

describe("lac.placement-stability-long", () => {
  // Snapshot 31 March 2025: looked after since 30 September 2022 or earlier (2.5 years), same
  // carer since 31 March 2023 or earlier (2 years), under 16 (born after 31 March 2009).
  const withDob = (id: string, dob: string | undefined, episodes: unknown[]): ChildRecord =>
    child(id, { child: { childId: id, disabilities: [], ...(dob === undefined ? {} : { dob }) }, lookedAfterEpisodes: episodes });
  const records = [
    withDob("exactly", "2012-01-01", [lac("a", "2022-09-30", "C2")]), // 2.5 years to the day, same carer since: in, counted
    withDob("a-day-short", "2012-01-01", [lac("a", "2022-10-01", "C2")]), // 2.5 years minus a day: not in
    withDob("sixteen-on-the-day", "2009-03-31", [lac("a", "2020-01-01", "C2")]), // 16 on 31 March 2025: not under 16
    withDob("sixteen-tomorrow", "2009-04-01", [lac("a", "2020-01-01", "C2")]), // under 16: in, counted
    // moved carer (P) 31 March 2023 exactly: 2 years; T keeps the carer: in, counted
    withDob("moved-two-years", "2012-01-01", chain("m", "C2", ["2020-01-01", "2023-03-31", "2024-06-01"], {}, ["P", "T"])),
    // moved carer (B) a day later: in, not counted
    withDob("moved-late", "2012-01-01", chain("n", "C2", ["2020-01-01", "2023-04-01"], {}, ["B"])),
    // placed for adoption (A4, a new carer) in 2024; the placement before from 2021: in, counted
    withDob("adoption", "2015-01-01", chain("d", "E1", ["2021-01-01", "2024-02-01"], {}, ["P"]).map((e, i) => (i === 1 ? { ...(e as object), placementType: "A4" } : e))),
    withDob("no-dob", undefined, [lac("a", "2020-01-01", "C2")]), // left out: age unknown
    withDob("short-break", "2012-01-01", [lac("a", "2020-01-01", "V3")]),
  ];
  const m = run(records, ["lac.placement-stability-long"])["lac.placement-stability-long"];

  it("takes 2.5 years, 2 years and under 16 to the day", () => {
    // in: exactly, sixteen-tomorrow, moved-two-years, moved-late, adoption = 5; counted: all but moved-late
    expect(m).toMatchObject({ numerator: 4, denominator: 5, value: 80 });
  });

  it("leaves out a child whose date of birth is not recorded, and says so", () => {
    expect(m?.excluded?.map((x) => x.count)).toEqual([1]);
    expect(m?.excluded?.[0]?.reason).toMatch(/date of birth is not recorded/);
  });
});

describe("lac.uasc", () => {
  const uasc = (id: string, flag: boolean | undefined, episodes: unknown[]): ChildRecord =>
    child(id, { child: { childId: id, disabilities: [], ...(flag === undefined ? {} : { uasc: flag }) }, lookedAfterEpisodes: episodes });
  const records = [
    uasc("started", true, [lac("a", "2024-06-01", "V2")]), // at the snapshot and started
    uasc("long", true, [lac("a", "2020-06-01", "C2")]), // at the snapshot only
    uasc("left", true, [lac("a", "2024-06-01", "V2", { endDate: "2024-12-01", reasonEpisodeCeased: "E8" })]), // started only
    uasc("not", false, [lac("a", "2024-06-01", "V2")]),
    uasc("unknown", undefined, [lac("a", "2024-06-01", "V2")]),
  ];

  it("counts UASC looked after at the snapshot and starting in the period", () => {
    const m = run(records, ["lac.uasc"])["lac.uasc"];
    expect(m?.value).toBe(2);
    expect(m?.breakdown?.["started"]?.value).toBe(2);
    // 2 of the 4 looked after at the snapshot
    expect(m?.breakdown?.["percent"]).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });

  it("is unavailable from SSDA903 episodes without the UASC table", () => {
    const span = { start: isoDate("2024-04-01"), end: isoDate("2025-03-31"), source: "episodes.csv" };
    const without = computeCoreDataSet(records, { period: { year: 2025 }, metrics: ["lac.uasc"], coverage: { facts: { "looked-after-episodes": [span] } } }).metrics["lac.uasc"];
    expect(without).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["uasc"] } });
    const withTable = computeCoreDataSet(records, { period: { year: 2025 }, metrics: ["lac.uasc"], coverage: { facts: { "looked-after-episodes": [span], uasc: [span] } } }).metrics["lac.uasc"];
    expect(withTable?.value).toBe(2);
  });
});

describe("lac.missing", () => {
  const inc = (id: string, missingType: string, startDate: string): unknown => ({ id, missingType, startDate });
  const records = [
    // looked after all year: 2 missing incidents in the year (first and last day), 1 before it, 1 away
    child("a", { lookedAfterEpisodes: [lac("l", "2023-01-01", "C2")], missing: [inc("1", "M", "2024-04-01"), inc("2", "M", "2025-03-31"), inc("3", "M", "2024-03-31"), inc("4", "A", "2024-08-01")] }),
    // ceased on the year's first day: looked after in the year; away twice
    child("b", { lookedAfterEpisodes: [lac("l", "2023-01-01", "C2", { endDate: "2024-04-01", reasonEpisodeCeased: "E8" })], missing: [inc("1", "A", "2024-04-01"), inc("2", "A", "2024-04-01")] }),
    child("c", { lookedAfterEpisodes: [lac("l", "2024-06-01", "V2")] }), // looked after, no incident
    child("short-break", { lookedAfterEpisodes: [lac("l", "2024-06-01", "V3")], missing: [inc("1", "M", "2024-06-02")] }), // not counted
  ];
  const m = run(records, ["lac.missing"])["lac.missing"];

  it("counts children and incidents starting in the period, missing apart from away", () => {
    expect(m?.value).toBe(1);
    expect(m?.breakdown?.["incidents"]?.value).toBe(2);
    expect(m?.breakdown?.["looked-after"]?.value).toBe(3);
    expect(m?.breakdown?.["percent"]).toMatchObject({ numerator: 1, denominator: 3 });
    expect(m?.breakdown?.["per-child"]?.value).toBe(2);
    const away = m?.breakdown?.["away"];
    expect(away?.value).toBe(2);
    expect(away?.breakdown?.["incidents"]?.value).toBe(3);
    expect(away?.breakdown?.["per-child"]?.value).toBe(1.5);
  });

  it("is unavailable from SSDA903 episodes without the Missing table", () => {
    const span = { start: isoDate("2024-04-01"), end: isoDate("2025-03-31"), source: "episodes.csv" };
    const without = computeCoreDataSet(records, { period: { year: 2025 }, metrics: ["lac.missing"], coverage: { facts: { "looked-after-episodes": [span] } } }).metrics["lac.missing"];
    expect(without).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["missing"] } });
  });
});

describe("lac.reviews-on-time", () => {
  const rev = (dates: readonly string[]): unknown[] => dates.map((date, i) => ({ id: `r${String(i)}`, date }));
  // Monday 3 June 2024: the 20th working day after it is Monday 1 July (no bank holiday in June).
  const records = [
    child("a", { lookedAfterEpisodes: [lac("l", "2024-06-03", "C2")], lookedAfterReviews: rev(["2024-07-01", "2024-10-01", "2025-03-31"]) }), // 20 working days; 3 months to the day; within 6 months
    child("b", { lookedAfterEpisodes: [lac("l", "2024-06-03", "C2")], lookedAfterReviews: rev(["2024-07-02", "2024-10-03"]) }), // 21 working days; 3 months and a day
    child("c", { lookedAfterEpisodes: [lac("l", "2024-01-03", "C2", { endDate: "2024-05-01", reasonEpisodeCeased: "E4A" })], lookedAfterReviews: rev(["2024-06-01"]) }), // not looked after then
    child("d", { lookedAfterEpisodes: [lac("l", "2024-06-03", "V3")], lookedAfterReviews: rev(["2024-06-20"]) }), // a short break: no period of care
  ];
  const m = run(records, ["lac.reviews-on-time"])["lac.reviews-on-time"];

  it("tests each review against its timescale, a day late being late", () => {
    expect(m).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
  });

  it("leaves out reviews outside a period of care, and says so", () => {
    expect(m?.excluded?.map((x) => x.count)).toEqual([2]);
  });
});

describe("plans.cp-reviews-on-time", () => {
  const plan = (id: string, start: string, reviewDates: readonly string[], endDate?: string): ChildRecord =>
    child(id, { cinEpisodes: [episode("e", "2024-01-01", { cpPlans: [{ ...cpPlan("p", start, endDate), reviewDates }] })] });
  // Snapshot 31 March 2025: on a plan that started on or before 31 December 2024.
  const records = [
    plan("a", "2024-06-01", ["2024-09-01", "2025-03-01"]), // 3 months to the day, then 6 months to the day: on time
    plan("b", "2024-06-01", ["2024-09-02", "2025-03-01"]), // first review a day late
    plan("c", "2024-06-01", ["2024-09-01"]), // the second was due by 1 March 2025: overdue at the snapshot
    plan("d", "2025-01-01", []), // less than 3 months on the plan: not counted
    plan("e", "2024-12-31", []), // 3 months exactly, first review due on the snapshot: on time
    plan("f", "2024-01-01", [], "2025-03-31"), // ended on the snapshot: not on a plan then
  ];

  it("tests every review of plans that lasted 3 months, a day late and an overdue review failing", () => {
    const m = run(records, ["plans.cp-reviews-on-time"])["plans.cp-reviews-on-time"];
    expect(m).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });
});
