import { describe, expect, it } from "vitest";
import { addPlanRule, PlanRuleSchema } from "../../src/safety-plan";
import { deepFreeze, plan, thrown } from "./helpers";

const schoolRun = PlanRuleSchema.parse({
  id: "r-school",
  kind: "routine",
  text: "Gran walks Amy and Ben to school on Mondays and Thursdays",
  dangerIds: ["d-arguments"],
  bottomLineIds: [],
  subjectIds: [],
  responsibleIds: ["gran-pat"],
  monitors: [{ personId: "auntie-jo", as: "network" }, { personId: "dsl-patel", as: "professional" }],
  triggers: ["Amy arrives at school upset"],
  ifBroken: { action: "Jo rings Kerry", whoTellsIds: ["auntie-jo"], tellWithinHours: 24 },
  childVersion: "Nanny Pat takes us to school",
  agreedBy: [{ personId: "kerry", on: "2025-05-14" }],
});

describe("addPlanRule", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addPlanRule(plan, schoolRun);
    next.rules.map((r) => r.id); // ["r-contact", "r-safe-adult", "r-checkin", "r-bedtime", "r-school"]
    // #endregion docs-example
    expect(next.rules.map((r) => r.id)).toEqual(["r-contact", "r-safe-adult", "r-checkin", "r-bedtime", "r-school"]);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    addPlanRule(frozen, schoolRun);
    expect(frozen.rules).toHaveLength(4);
  });

  it("refuses an id already used", () => {
    expect(thrown(() => addPlanRule(plan, { ...schoolRun, id: PlanRuleSchema.shape.id.parse("r-contact") })).code).toBe("duplicate-id");
  });
});
