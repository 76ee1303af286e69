import { describe, expect, it } from "vitest";
import { addNextStep } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addNextStep", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addNextStep(map, { id: "n-2", text: "Ask Gran to join the safety network", ownerName: "Social worker", due: "2025-04-11", status: "planned", goalIds: ["g-1"] });
    // #endregion docs-example
    expect(next.nextSteps.at(-1)?.due).toBe("2025-04-11");
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.nextSteps)).toBe(true);
  });

  it("refuses a goal the map does not have, with its path", () => {
    const error = thrown(() => addNextStep(sampleMap(), { id: "n-2", text: "Call", status: "planned", goalIds: ["g-9"] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["nextSteps", 1, "goalIds", 0]]);
  });
});
