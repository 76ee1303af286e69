import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { newPlanVersion } from "../../src/safety-plan";
import { deepFreeze, plan, planId, thrown } from "./helpers";

describe("newPlanVersion", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const v2 = newPlanVersion(plan, { id: planId("plan-2"), on: isoDate("2025-05-14") });
    [v2.version, v2.previousVersionId, v2.status]; // [2, "plan-1", "draft"]
    v2.rules.length; // 4: the network revises them from here
    // #endregion docs-example
    expect([v2.version, v2.previousVersionId, v2.status]).toEqual([2, "plan-1", "draft"]);
    expect(v2.statusHistory).toEqual([{ status: "draft", on: "2025-05-14" }]);
    expect(v2.reviews).toEqual([]);
    expect(v2.rules).toEqual(plan.rules);
  });

  it("can start the new version in another status", () => {
    expect(newPlanVersion(plan, { id: planId("plan-2"), on: isoDate("2025-05-14"), status: "active" }).statusHistory).toEqual([{ status: "active", on: "2025-05-14" }]);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    newPlanVersion(frozen, { id: planId("plan-2"), on: isoDate("2025-05-14") });
    expect(frozen.id).toBe("plan-1");
  });

  it("throws for the same id, a bad date or an unknown status", () => {
    expect(thrown(() => newPlanVersion(plan, { id: planId("plan-1"), on: isoDate("2025-05-14") })).code).toBe("invalid-argument");
    expect(thrown(() => newPlanVersion(plan, { id: planId("plan-2"), on: "x" })).code).toBe("invalid-argument");
    expect(thrown(() => newPlanVersion(plan, { id: planId("plan-2"), on: isoDate("2025-05-14"), status: "paused" as never })).code).toBe("invalid-argument");
  });
});
