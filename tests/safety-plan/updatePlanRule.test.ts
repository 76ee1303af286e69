import { describe, expect, it } from "vitest";
import { updatePlanRule } from "../../src/safety-plan";
import { deepFreeze, plan, ruleId, thrown } from "./helpers";

describe("updatePlanRule", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = updatePlanRule(plan, ruleId("r-checkin"), { triggers: ["Kerry does not answer Jo's call", "Kerry sounds upset"] });
    next.rules[2]?.triggers.length; // 2
    // #endregion docs-example
    expect(next.rules[2]?.triggers).toEqual(["Kerry does not answer Jo's call", "Kerry sounds upset"]);
  });

  it("removes a field given as undefined, keeps the id, and returns the same plan when nothing changes", () => {
    expect(updatePlanRule(plan, ruleId("r-contact"), { childVersion: undefined }).rules[0]).not.toHaveProperty("childVersion");
    expect(updatePlanRule(plan, ruleId("r-contact"), { kind: "supervised-contact" })).toBe(plan);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    updatePlanRule(frozen, ruleId("r-contact"), { triggers: [] });
    expect(frozen.rules[0]?.triggers).toHaveLength(2);
  });

  it("throws not-found for an unknown rule", () => {
    expect(thrown(() => updatePlanRule(plan, ruleId("r-none"), { triggers: [] })).code).toBe("not-found");
  });
});
