import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asKnownAt, computeCoreDataSet, computeCoreDataSets, type CoreDataSetOptions, type CoreDataSetResult } from "../../src/metrics";
import { buildResult } from "../../src/metrics/internal/buildResult";
import { createEngineState, resolveConfig } from "../../src/metrics/internal/engine";
import { toColumnarCohort, type ChildRecord } from "../../src/records";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { arbChildRecord, arbDate, arbDateFrom, child, episode } from "./fixtures";
import { PLAN_TYPES } from "../../src/records";
import { addRecordAsObjects } from "./oracle/objectEngine";

// The engine's pass runs over columns. Three ways to the same figures must agree for any
// records and any period: the columnar cohort built once, the records (converted to columns in
// batches inside the accumulator), and the pass over records as objects that the engine had
// before (tests/metrics/oracle), which applies "as known at the period end" with asKnownAt on
// each record where the columnar pass applies it item by item.

/** The figures of the object pass (the oracle) for the same options. */
function objectPass(records: readonly ChildRecord[], options: CoreDataSetOptions): CoreDataSetResult {
  const st = createEngineState(resolveConfig(options));
  for (const r of records) {
    st.read += 1;
    addRecordAsObjects(st, r);
  }
  return buildResult(st);
}

const arbPeriod = fc
  .tuple(arbDate(), fc.integer({ min: 0, max: 800 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
  .map(([start, days, snapshotAfter]) => {
    const end = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const snapshot = snapshotAfter === undefined ? undefined : new Date(Date.parse(`${end}T00:00:00Z`) + snapshotAfter * 86_400_000).toISOString().slice(0, 10);
    return { start, end, snapshot };
  });

function optionsFor(p: { start: string; end: string; snapshot: string | undefined }, records: readonly ChildRecord[]): CoreDataSetOptions {
  return {
    period: { start: p.start, end: p.end },
    ...(p.snapshot === undefined ? {} : { snapshot: p.snapshot }),
    population: { children0to17: 5_000, vintage: "test" },
    outcomes: { attainment: { measure: "test", scores: records.slice(0, 3).map((r, i) => ({ childId: r.child.childId, score: 30 + i })) }, offencesAgainstChildren: 2 },
    validate: false,
  };
}

describe("the engine over columns", () => {
  it("gives the figures of the pass over records as objects, for generated records and random periods", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 12 }), arbPeriod, (records, period) => {
        const options = optionsFor(period, records);
        const expected = objectPass(records, options);
        expect(computeCoreDataSet(records, options)).toEqual(expected);
        expect(computeCoreDataSet(toColumnarCohort(records, { validate: false }), options)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same figures of visits under any visit policy, with visits close together", () => {
    const date = arbDateFrom("2023-01-01", 760);
    const arbVisits = fc.array(fc.record({ id: fc.constant("v"), date, planTypes: fc.subarray([...PLAN_TYPES], { minLength: 1 }) }), { maxLength: 30 });
    const arbRecord = fc.tuple(arbChildRecord(date), arbVisits).map(([r, visits]) => ({ ...r, visits: [...r.visits, ...visits] }) as ChildRecord);
    const interval = fc.record({ unit: fc.constantFrom("days" as const, "workingDays" as const, "months" as const), value: fc.integer({ min: 1, max: 120 }) });
    const arbPolicy = fc.record({
      cp: interval,
      cin: interval,
      "early-help": interval,
      lac: fc.record({ afterPlacementStart: interval, firstYear: interval, thereafter: interval, thereafterLongTerm: interval }),
    });
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 6 }), arbPolicy, fc.integer({ min: 2023, max: 2025 }), (records, visitPolicy, year) => {
        const options: CoreDataSetOptions = { period: { year }, visitPolicy, validate: false };
        const expected = objectPass(records, options);
        expect(computeCoreDataSet(toColumnarCohort(records, { validate: false }), options)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("applies 'as known at the period end' as asKnownAt does", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 8 }), arbPeriod, (records, period) => {
        const options = optionsFor(period, records);
        const horizon = period.snapshot !== undefined && period.snapshot > period.end ? period.snapshot : period.end;
        const cohort = toColumnarCohort(records, { validate: false });
        expect(computeCoreDataSet(cohort, options)).toEqual(computeCoreDataSet(toColumnarCohort(records.map((r) => asKnownAt(r, horizon)), { validate: false }), options));
      }),
      { numRuns: 200 },
    );
  });

  it("computes several periods in one pass with the figures of each period alone", () => {
    const records = generateSyntheticAuthority({ seed: 5, children0to17: 3_000, years: 4, endYear: 2025, visits: true });
    // #region several-periods
    const cohort = toColumnarCohort(records);
    const [y2023, y2024, y2025] = computeCoreDataSets(cohort, [{ period: { year: 2023 } }, { period: { year: 2024 } }, { period: { year: 2025 } }]);
    // y2025.metrics["activity.referrals"].value: the referrals of 2024-25, as computeCoreDataSet(records, { period: { year: 2025 } }) gives them
    // #endregion several-periods
    expect(y2023).toEqual(computeCoreDataSet(records, { period: { year: 2023 } }));
    expect(y2024).toEqual(computeCoreDataSet(records, { period: { year: 2024 } }));
    expect(y2025).toEqual(computeCoreDataSet(records, { period: { year: 2025 } }));
    expect(y2025?.metrics["activity.referrals"]?.value).toBeGreaterThan(0);
    expect(y2025?.records.read).toBe(records.length);
  });

  it("counts a record whose list is longer than a batch, and records across many batches", () => {
    const many = Array.from({ length: 2_500 }, (_, i) => child(`c-${String(i)}`, { cinEpisodes: [episode(`e-${String(i)}`, `2024-0${String(1 + (i % 9))}-10`)] }));
    const long = child("long", { cinEpisodes: Array.from({ length: 3_000 }, (_, i) => episode(`x-${String(i)}`, "2023-06-01")) });
    const records = [...many, long];
    const options: CoreDataSetOptions = { period: { year: 2024 } };
    const result = computeCoreDataSet(records, options);
    expect(result).toEqual(objectPass(records, options));
    expect(result.metrics["activity.referrals"]?.value).toBe(many.filter((r) => (r.cinEpisodes[0]?.referralDate ?? "") <= "2024-03-31").length + 3_000);
  });

  it("refuses options that are not a non-empty array", () => {
    const cohort = toColumnarCohort([]);
    expect(() => computeCoreDataSets(cohort, [])).toThrow(/non-empty array/);
    expect(() => computeCoreDataSets(cohort, {} as never)).toThrow(/non-empty array/);
  });
});
