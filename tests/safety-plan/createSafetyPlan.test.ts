import { describe, expect, it } from "vitest";
import { sequentialIds } from "../../src/core";
import { createSafetyPlan } from "../../src/safety-plan";
import { map, people, thrown } from "./helpers";

describe("createSafetyPlan", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const plan = createSafetyPlan(
      {
        mapId: "map-1",
        on: "2025-03-28",
        rules: [
          {
            kind: "safe-adult",
            text: "Amy and Ben can ring Gran at any time, day or night",
            dangerIds: ["d-arguments"],
            bottomLineIds: [],
            subjectIds: ["gran-pat"],
            responsibleIds: ["gran-pat"],
            monitors: [{ personId: "auntie-jo", as: "network" }],
            triggers: ["Amy says she is scared to go home"],
            agreedBy: [{ personId: "kerry", on: "2025-03-28" }],
          },
        ],
      },
      { people, map, ids: sequentialIds({ prefix: "amy-" }) },
    );
    plan.id; // "amy-safety-plan-1"
    plan.status; // "draft"
    plan.rules[0]?.id; // "amy-plan-rule-1"
    // #endregion docs-example
    expect(plan.id).toBe("amy-safety-plan-1");
    expect(plan.version).toBe(1);
    expect(plan.statusHistory).toEqual([{ status: "draft", on: "2025-03-28" }]);
    expect(plan.rules[0]?.id).toBe("amy-plan-rule-1");
    expect(Object.isFrozen(plan.rules[0])).toBe(true);
  });

  it("starts in the status given, and refuses a plan that is its own previous version", () => {
    expect(createSafetyPlan({ id: "p2", mapId: "map-1", on: "2025-04-01", status: "trial", version: 2, previousVersionId: "p1" }).statusHistory).toEqual([
      { status: "trial", on: "2025-04-01" },
    ]);
    expect(thrown(() => createSafetyPlan({ id: "p2", mapId: "map-1", on: "2025-04-01", previousVersionId: "p2" })).issues.map((i) => i.path)).toEqual([["previousVersionId"]]);
  });

  it("reports a missing day at on, once", () => {
    expect(thrown(() => createSafetyPlan({ id: "p2", mapId: "map-1" } as never)).issues.map((i) => i.path)).toEqual([["on"]]);
  });
});
