import { describe, expect, it } from "vitest";
import { addSafetyGoal } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addSafetyGoal", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addSafetyGoal(map, {
    id: "g-2",
    dangerId: "d-2",
    owner: "family",
    text: "Amy will get to school on time every day, walked by Mum or Gran, for the whole spring term",
    who: ["Mum", "Gran"],
    protectiveBehaviours: ["Mum or Gran walks Amy to school"],
    sustainFor: { amount: 12, unit: "weeks" },
    monitoredBy: ["School"],
  });
    // #endregion docs-example
    expect(next.goals.at(-1)?.dangerId).toBe("d-2");
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.goals)).toBe(true);
  });

  it("refuses a danger statement the map does not have, with its path", () => {
    const error = thrown(() => addSafetyGoal(sampleMap(), { id: "g-2", dangerId: "d-9", owner: "agency", text: "Amy is safe", who: [], protectiveBehaviours: [], monitoredBy: [] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["goals", 1, "dangerId"], rule: "reference/unknown-danger-statement" })]);
  });
});
