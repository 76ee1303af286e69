import { describe, expect, it } from "vitest";
import { computeCoreDataSet } from "../../src/metrics";
import { type ChildRecord } from "../../src/records";
import { child, cpPlan, episode } from "./fixtures";

// "Within 12 months of a previous referral p" counts forward from p: p < d <= addMonths(p, 12)
// (core data set conventions). Counting back from d differs around 29 February.

const options = { period: { year: 2024 } } as const; // 2023-04-01 .. 2024-03-31

function reReferrals(previous: string, next: string): number | null | undefined {
  const r = child("c", { cinEpisodes: [episode("e-1", previous), episode("e-2", next)] });
  return computeCoreDataSet([r], options).metrics["activity.re-referral-rate"]?.numerator;
}

function repeat12(previousEnd: string, nextStart: string): number | null | undefined {
  const r: ChildRecord = child("c", { cinEpisodes: [episode("e-1", "2021-06-01", { cpPlans: [cpPlan("p-1", "2021-06-10", previousEnd), cpPlan("p-2", nextStart)] })] });
  return computeCoreDataSet([r], options).metrics["plans.repeat"]?.breakdown?.["cp"]?.breakdown?.["within-12-months"]?.numerator;
}

describe("within 12 months of, counted forward", () => {
  it("re-referrals: previous < date <= previous + 12 months", () => {
    expect(reReferrals("2023-02-28", "2024-02-29")).toBe(0); // counting back from 2024-02-29 would reach 2023-02-28
    expect(reReferrals("2023-03-01", "2024-02-29")).toBe(1);
    expect(reReferrals("2023-03-31", "2024-03-31")).toBe(1); // exactly 12 months
    expect(reReferrals("2023-03-30", "2024-03-31")).toBe(0);
    expect(reReferrals("2023-01-31", "2024-01-31")).toBe(1);
    expect(reReferrals("2023-01-30", "2024-01-31")).toBe(0);
    expect(reReferrals("2023-06-01", "2023-06-01")).toBe(0); // a same-day duplicate is not a re-referral
    expect(reReferrals("2024-01-10", "2023-06-01")).toBe(1); // the earlier one, in the period, is not; the later one is
  });

  it("repeat plans: a new plan starting within 12 months of the end of a previous one", () => {
    expect(repeat12("2023-02-28", "2024-02-29")).toBe(0);
    expect(repeat12("2023-03-01", "2024-02-29")).toBe(1);
    expect(repeat12("2023-03-31", "2024-03-31")).toBe(1);
    expect(repeat12("2023-03-30", "2024-03-31")).toBe(0);
  });
});
