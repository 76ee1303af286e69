import { describe, expect, it } from "vitest";
import { planCoverage, updatePlanRule, type CoverageBottomLine } from "../../src/safety-plan";
import { bottomLineIds, deepFreeze, map, plan, ruleId } from "./helpers";

const bottomLines: readonly CoverageBottomLine[] = [
  { id: bottomLineIds.noUnsupervisedContact, kind: "no-unsupervised-contact" },
  { id: bottomLineIds.safeAdult, kind: "safe-adult" },
  { id: bottomLineIds.soberAdult, kind: "free-text" },
  { id: "bl-network-size" as CoverageBottomLine["id"], kind: "network-composition" },
];

describe("planCoverage", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const coverage = planCoverage(plan, map, bottomLines);
    coverage.complete; // true
    coverage.dangers.map((d) => `${d.dangerId}: ${d.ruleIds.join(" ")}`); // ["d-drink: r-contact r-safe-adult r-bedtime", "d-arguments: r-safe-adult r-checkin r-bedtime"]
    coverage.bottomLines.map((b) => b.bottomLineId); // ["bl-lee-supervised", "bl-safe-adult", "bl-sober-adult"]: the size bottom line is evaluated elsewhere
    // #endregion docs-example
    expect(coverage.complete).toBe(true);
    expect(coverage.findings).toEqual([]);
    expect(coverage.dangers.map((d) => `${d.dangerId}: ${d.ruleIds.join(" ")}`)).toEqual(["d-drink: r-contact r-safe-adult r-bedtime", "d-arguments: r-safe-adult r-checkin r-bedtime"]);
    expect(coverage.bottomLines).toEqual([
      { bottomLineId: "bl-lee-supervised", kind: "no-unsupervised-contact", ruleIds: ["r-contact"], mustBeCovered: false },
      { bottomLineId: "bl-safe-adult", kind: "safe-adult", ruleIds: ["r-safe-adult"], mustBeCovered: false },
      { bottomLineId: "bl-sober-adult", kind: "free-text", ruleIds: ["r-bedtime"], mustBeCovered: true },
    ]);
    expect(coverage.rules.every((r) => r.hasOwner && r.hasNetworkMonitor)).toBe(true);
  });

  it("is incomplete when a free-text bottom line, a danger or a rule's owner or monitor is missing", () => {
    const noBedtime = updatePlanRule(plan, ruleId("r-bedtime"), { bottomLineIds: [] });
    const c1 = planCoverage(noBedtime, map, bottomLines);
    expect(c1.complete).toBe(false);
    expect(c1.findings).toEqual([{ code: "safety-plan/bottom-line-not-covered", severity: "error", path: ["rules"], params: { bottomLineId: "bl-sober-adult" } }]);
    const noOwner = updatePlanRule(plan, ruleId("r-checkin"), { responsibleIds: [], monitors: [] });
    const c2 = planCoverage(noOwner, map, bottomLines);
    expect(c2.complete).toBe(false);
    expect(c2.rules[2]).toEqual({ ruleId: "r-checkin", hasOwner: false, hasNetworkMonitor: false });
    const c3 = planCoverage({ ...plan, rules: [] }, map, []);
    expect(c3.complete).toBe(false);
    expect(c3.findings.map((f) => f.code)).toEqual(["safety-plan/plan-without-rules", "safety-plan/danger-not-covered", "safety-plan/danger-not-covered"]);
  });

  it("does not mutate its deep-frozen inputs", () => {
    const frozen = deepFreeze(structuredClone({ plan, map, bottomLines }));
    expect(planCoverage(frozen.plan, frozen.map, frozen.bottomLines).complete).toBe(true);
  });
});
