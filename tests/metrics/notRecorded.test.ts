import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import type { ChildRecord } from "../../src/records";
import { arbChildRecord, arbDateFrom, child, cpPlan, episode } from "./fixtures";

// A value the return did not record (ReferralNFA, ICPCnotRequired, NumberOfPreviousCPP) is
// absent from the record. Every figure counts it as it counted the value readers used to guess:
// an absent `referralNfa` as not NFA and an absent `numberOfPreviousCpp` as 0 (docs/metrics.md);
// no figure reads `icpcNotRequired` or the categories of abuse.

/** The record with every value that may be "not recorded" filled in as the figures count it. */
function filledIn(r: ChildRecord): ChildRecord {
  return {
    ...r,
    cinEpisodes: r.cinEpisodes.map((e) => ({
      ...e,
      referralNfa: e.referralNfa ?? false,
      section47s: e.section47s.map((s) => ({ ...s, icpcNotRequired: s.icpcNotRequired ?? false })),
      cpPlans: e.cpPlans.map((p) => ({ ...p, numberOfPreviousCpp: p.numberOfPreviousCpp ?? 0 })),
    })),
  };
}

describe("values not recorded", () => {
  it("count as not NFA and as a first plan", () => {
    const without = (o: Record<string, unknown>, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
    const records = [
      child("a", { cinEpisodes: [without(episode("e-1", "2024-06-01"), "referralNfa")] }),
      child("b", { cinEpisodes: [episode("e-1", "2024-07-01", { referralNfa: true })] }),
      child("c", { cinEpisodes: [episode("e-1", "2024-05-01", { cpPlans: [without(cpPlan("p-1", "2024-05-20"), "numberOfPreviousCpp")] })] }),
      child("d", { cinEpisodes: [episode("e-1", "2024-05-01", { cpPlans: [cpPlan("p-1", "2024-05-20", undefined, 2)] })] }),
    ];
    const result = computeCoreDataSet(records, { period: { year: 2025 } });
    expect(result.records.read).toBe(4);
    // 1 NFA of 4 referrals: the referral with ReferralNFA not recorded is not counted as NFA.
    expect([result.metrics["activity.nfa-rate"]?.numerator, result.metrics["activity.nfa-rate"]?.denominator]).toEqual([1, 4]);
    // 1 second or subsequent plan of 2: the plan with NumberOfPreviousCPP not recorded counts as a first plan.
    const repeat = result.metrics["plans.repeat"];
    expect([repeat?.numerator, repeat?.denominator]).toEqual([1, 2]);
  });

  it("give every figure as the values the figures count them as (property)", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(arbDateFrom("2023-01-01", 900)), { maxLength: 12 }), (records) => {
        const options = { period: { year: 2024 }, snapshot: "2024-03-31" } as const;
        expect(computeCoreDataSet(records, options)).toEqual(computeCoreDataSet(records.map(filledIn), options));
      }),
      { numRuns: 150 },
    );
  });
});
