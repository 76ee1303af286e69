import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCoreDataSet, FACT_KINDS, METRIC_CATALOGUE, type DataCoverage, type FactKind } from "../../src/metrics";
import { isoDate } from "../../src/core";
import { allFigures as all, arbChildRecord, child, cpPlan, episode, lac } from "./fixtures";

// Availability is part of every result: a figure the inputs cannot tell is `unavailable`
// (value, numerator and denominator null, with the reason and what it needs), never 0; a
// figure computed with less history than it looks back over is `incomplete-history`.

const YEAR_2024 = { start: isoDate("2023-04-01"), end: isoDate("2024-03-31") };
const YEAR_2023 = { start: isoDate("2022-04-01"), end: isoDate("2023-03-31") };
const cinOnly: DataCoverage = { facts: { "cin-episodes": [{ ...YEAR_2024, source: "cin-2024.xml" }] } };
const ssda903Only: DataCoverage = { facts: { "looked-after-episodes": [{ ...YEAR_2024, source: "2024-episodes.csv" }] } };

const records = [
  child("a", { cinEpisodes: [episode("e-1", "2023-06-01", { cpPlans: [cpPlan("p-1", "2023-06-20")] })], lookedAfterEpisodes: [lac("l-1", "2023-09-01", "C2")] }),
  child("b", { cinEpisodes: [episode("e-1", "2023-05-01"), episode("e-2", "2023-11-01")] }),
  child("c", { lookedAfterEpisodes: [lac("l-1", "2022-01-10", "C2", { endDate: "2023-10-01", reasonEpisodeCeased: "E13" })] }),
];
const options = { period: { year: 2024 } } as const;


describe("availability", () => {
  it("CIN census only: looked-after figures, visits, early help, court, workforce and referral outcomes are unavailable", () => {
    // #region coverage
    const result = computeCoreDataSet(records, {
      period: { year: 2024 },
      coverage: { facts: { "cin-episodes": [{ start: isoDate("2023-04-01"), end: isoDate("2024-03-31"), source: "cin-2024.xml" }] } },
    });
    // result.metrics["plans.open"].breakdown.lac:
    //   { value: null, numerator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-episodes"] }, ... }
    // #endregion coverage
    const m = result.metrics;
    expect(m["plans.open"]?.breakdown?.["lac"]).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-episodes"] } });
    expect(m["plans.open"]?.breakdown?.["lac"]?.notes[0]).toMatch(/^Unavailable: no input holds looked-after episodes \(SSDA903\)/);
    expect(m["plans.open"]?.breakdown?.["lac"]?.breakdown?.["per10k"]?.status).toBe("unavailable");
    expect(m["plans.open"]?.breakdown?.["early-help"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["early-help"] } });
    expect(m["plans.open"]?.breakdown?.["any-plan"]).toMatchObject({ value: null, status: "unavailable" });
    expect(m["plans.open"]?.breakdown?.["cp"]).toMatchObject({ value: 1, status: "available" });
    expect(m["plans.open"]).toMatchObject({ value: 2, status: "available" });
    expect(m["plans.seen-per-plan"]).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input" } });
    expect(m["plans.seen-per-plan"]?.unavailable?.needs).toEqual(["visits", "looked-after-episodes"]);
    // without looked-after episodes, referrals that became looked after would land in the other
    // shares: the whole distribution is unavailable, not shares that silently mislabel
    const outcome = m["activity.referral-outcome"];
    expect(outcome).toMatchObject({ value: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-episodes"] } });
    for (const key of ["lac", "cp", "cin", "early-help", "nfa", "pending"]) {
      expect(outcome?.breakdown?.[key]).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["looked-after-episodes"] } });
    }
    expect(m["plans.duration"]?.breakdown?.["lac"]?.status).toBe("unavailable");
    expect(m["timeliness.to-court"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["care-proceedings"] } });
    expect(m["workforce.vacancy-rate"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-workforce" } });
    expect(m["activity.referrals"]).toMatchObject({ value: 3, status: "available" });
  });

  it("SSDA903 only: referral, assessment, section 47 and CIN plan figures are unavailable, looked-after figures are not", () => {
    const m = computeCoreDataSet(records, { ...options, coverage: ssda903Only }).metrics;
    for (const id of ["activity.referrals", "activity.re-referral-rate", "activity.assessments", "activity.s47-enquiries", "activity.icpcs", "timeliness.assessment-duration", "timeliness.icpc", "plans.open"] as const) {
      expect(m[id]).toMatchObject({ value: null, numerator: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["cin-episodes"] } });
    }
    expect(m["activity.referrals"]?.breakdown?.["children"]?.value).toBeNull();
    expect(m["plans.open"]?.breakdown?.["cin"]?.status).toBe("unavailable");
    expect(m["plans.open"]?.breakdown?.["lac"]).toMatchObject({ value: 1, status: "available" });
    expect(m["plans.duration"]?.breakdown?.["lac"]).toMatchObject({ value: 1, status: "available" });
    // how long a period of care lasted needs its start: 24 months of episodes before the period
    expect(m["plans.duration"]?.breakdown?.["lac"]?.breakdown?.["2-years-or-more"]).toMatchObject({ status: "incomplete-history", history: { neededMonths: 24, coveredMonths: 0 } });
    expect(m["plans.repeat"]?.breakdown?.["lac"]?.breakdown?.["within-12-months"]).toMatchObject({ status: "incomplete-history", history: { neededMonths: 12, coveredMonths: 0 } });
  });

  it("a period the inputs do not cover is not-covered, not zeros", () => {
    const m = computeCoreDataSet(records, { period: { year: 1999 }, coverage: cinOnly }).metrics;
    expect(m["activity.referrals"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "not-covered", needs: ["cin-episodes"] } });
    expect(m["activity.referrals"]?.notes[0]).toBe("Unavailable: the inputs' episodes of need (CIN census) do not cover 1998-04-01 to 1999-03-31.");
    expect(m["plans.open"]?.breakdown?.["lac"]?.unavailable?.reason).toBe("no-input");
  });

  it("an input that cannot be used makes the figures that need it unavailable, with why", () => {
    const coverage: DataCoverage = { facts: { ...cinOnly.facts, ...ssda903Only.facts }, unusable: { "looked-after-episodes": "the SSDA903 episodes file 2024-episodes.csv has no DEC column" } };
    const lacOpen = computeCoreDataSet(records, { ...options, coverage }).metrics["plans.open"]?.breakdown?.["lac"];
    expect(lacOpen).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "unusable-input", needs: ["looked-after-episodes"] } });
    expect(lacOpen?.notes[0]).toBe("Unavailable: the SSDA903 episodes file 2024-episodes.csv has no DEC column.");
  });

  it("re-referrals need 12 months of episodes of need before the period: one return is incomplete-history", () => {
    const one = computeCoreDataSet(records, { ...options, coverage: cinOnly }).metrics["activity.re-referral-rate"];
    expect(one).toMatchObject({ status: "incomplete-history", history: { neededMonths: 12, coveredMonths: 0 } });
    expect(one?.value).toBeCloseTo(100 / 3, 12); // b's second referral, within 12 months of its first
    expect(one?.breakdown?.["children"]?.status).toBe("incomplete-history");
    expect(one?.notes.at(-1)).toMatch(/^Incomplete history: the definition looks back 12 months/);
    const half = computeCoreDataSet(records, { ...options, coverage: { facts: { "cin-episodes": [{ start: isoDate("2022-10-01"), end: isoDate("2024-03-31") }] } } }).metrics["activity.re-referral-rate"];
    expect(half?.history).toEqual({ neededMonths: 12, coveredMonths: 6 });
    const two = computeCoreDataSet(records, { ...options, coverage: { facts: { "cin-episodes": [YEAR_2023, YEAR_2024] } } }).metrics["activity.re-referral-rate"];
    expect(two).toMatchObject({ status: "available" });
    expect(two).not.toHaveProperty("history");
    // the DfE repeat-plan headline reads NumberOfPreviousCPP and needs no history; the 12/24-month windows do
    const repeat = computeCoreDataSet(records, { ...options, coverage: { facts: { "cin-episodes": [YEAR_2023, YEAR_2024] } } }).metrics["plans.repeat"];
    expect(repeat?.status).toBe("available");
    expect(repeat?.breakdown?.["cp"]?.breakdown?.["within-12-months"]?.status).toBe("available");
    expect(repeat?.breakdown?.["cp"]?.breakdown?.["within-24-months"]).toMatchObject({ status: "incomplete-history", history: { neededMonths: 24, coveredMonths: 12 } });
  });

  it("rates without a denominator or a population are unavailable, with the reason", () => {
    const m = computeCoreDataSet([child("x")], options).metrics;
    expect(m["activity.nfa-rate"]).toMatchObject({ value: null, numerator: 0, denominator: 0, status: "unavailable", unavailable: { reason: "no-denominator" } });
    expect(m["activity.referral-rate"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-population" } });
    expect(m["timeliness.assessment-duration"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-denominator" } });
    expect(m["activity.referral-source"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-denominator" } });
    expect(m["outcomes.attainment"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "no-outcomes" } });
    expect(m["activity.referrals"]).toMatchObject({ value: 0, status: "available" });
    // a distribution's headline (value null by design) is available when its shares are
    const withRefs = computeCoreDataSet(records, options).metrics["activity.referral-source"];
    expect(withRefs).toMatchObject({ value: null, status: "available" });
  });

  it("strategy discussion dates are held by kinsafe records only: from returns the timescale from the strategy discussion is no-input", () => {
    const s47 = child("s", {
      cinEpisodes: [episode("e", "2023-06-05", { section47s: [{ id: "s", startDate: "2023-06-05", strategyDiscussionDate: "2023-06-05", icpcDate: "2023-06-14", icpcNotRequired: false }] })],
    });
    const fromReturns = computeCoreDataSet([s47], { ...options, coverage: { facts: { ...cinOnly.facts, ...ssda903Only.facts } } }).metrics["timeliness.icpc"];
    const sd = fromReturns?.breakdown?.["from-strategy-discussion"];
    expect(sd).toMatchObject({ value: null, denominator: null, status: "unavailable", unavailable: { reason: "no-input", needs: ["strategy-discussions"] } });
    expect(sd?.notes[0]).toMatch(/^Unavailable: no input holds strategy discussion dates/);
    expect(sd?.breakdown?.["within-15"]?.unavailable?.reason).toBe("no-input");
    // the timescale from the section 47 start is in the CIN census
    expect(fromReturns).toMatchObject({ status: "available", denominator: 1 });
    // kinsafe records that hold strategy discussions (or complete records) give it
    const spans = { ...cinOnly.facts, "strategy-discussions": cinOnly.facts["cin-episodes"] ?? [] };
    expect(computeCoreDataSet([s47], { ...options, coverage: { facts: spans } }).metrics["timeliness.icpc"]?.breakdown?.["from-strategy-discussion"]).toMatchObject({ status: "available", denominator: 1 });
    expect(computeCoreDataSet([s47], options).metrics["timeliness.icpc"]?.breakdown?.["from-strategy-discussion"]).toMatchObject({ status: "available", denominator: 1 });
    expect(FACT_KINDS).toContain("strategy-discussions");
  });

  it("every catalogue entry declares its needs", () => {
    for (const def of METRIC_CATALOGUE) {
      const needs: { facts?: readonly FactKind[]; workforce?: readonly string[]; outcomes?: string } = def.needs;
      expect((needs.facts?.length ?? 0) + (needs.workforce?.length ?? 0) + (needs.outcomes === undefined ? 0 : 1)).toBeGreaterThan(0);
    }
  });

  describe("properties", () => {
    const arbCoverage: fc.Arbitrary<DataCoverage> = fc
      .subarray([...FACT_KINDS])
      .chain((kinds) => fc.tuple(fc.constant(kinds), fc.array(fc.constantFrom(YEAR_2023, YEAR_2024), { minLength: 1, maxLength: 2 })))
      .map(([kinds, spans]) => ({ facts: Object.fromEntries(kinds.map((k) => [k, spans])) }));

    it("an unavailable figure has no value, and one whose inputs are missing has no numerator or denominator either", () => {
      fc.assert(
        fc.property(fc.array(arbChildRecord(), { maxLength: 8 }), arbCoverage, (rs, coverage) => {
          const result = computeCoreDataSet(rs, { ...options, coverage });
          for (const m of all(result)) {
            expect(["available", "unavailable", "incomplete-history"]).toContain(m.status);
            if (m.status === "unavailable") {
              expect(m.value).toBeNull();
              expect(m.unavailable).toBeDefined();
              if (["no-input", "not-covered", "unusable-input"].includes(m.unavailable?.reason ?? "")) expect([m.numerator, m.denominator]).toEqual([null, null]);
            } else expect(m.unavailable).toBeUndefined();
            if (m.status === "incomplete-history") expect(m.history?.coveredMonths).toBeLessThan(m.history?.neededMonths ?? 0);
          }
          // what is available is the figure of complete records
          const complete = computeCoreDataSet(rs, options);
          const covered = coverage.facts["cin-episodes"]?.includes(YEAR_2024) === true;
          expect(result.metrics["activity.referrals"]?.value ?? null).toBe(covered ? complete.metrics["activity.referrals"]?.value : null);
        }),
        { numRuns: 100 },
      );
    });
  });
});
