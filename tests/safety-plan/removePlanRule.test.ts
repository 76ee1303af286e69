import { describe, expect, it } from "vitest";
import { removePlanRule } from "../../src/safety-plan";
import { deepFreeze, plan, ruleId } from "./helpers";

describe("removePlanRule", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = removePlanRule(plan, ruleId("r-checkin"));
    next.rules.map((r) => r.id); // ["r-contact", "r-safe-adult", "r-bedtime"]
    // #endregion docs-example
    expect(next.rules.map((r) => r.id)).toEqual(["r-contact", "r-safe-adult", "r-bedtime"]);
  });

  it("returns the same plan when the rule is not there", () => {
    expect(removePlanRule(plan, ruleId("r-none"))).toBe(plan);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    removePlanRule(frozen, ruleId("r-contact"));
    expect(frozen.rules).toHaveLength(4);
  });
});
