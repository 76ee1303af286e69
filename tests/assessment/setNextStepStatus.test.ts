import { describe, expect, it } from "vitest";
import { setNextStepStatus } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("setNextStepStatus", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = setNextStepStatus(map, "n-1", "done");
    // #endregion docs-example
    expect(next.nextSteps[0]?.status).toBe("done");
    expect(setNextStepStatus(next, "n-1", "done")).toBe(next);
    expect(map).toEqual(sampleMap());
  });

  it("throws not-found and invalid-input", () => {
    expect(thrown(() => setNextStepStatus(sampleMap(), "n-9", "done")).code).toBe("not-found");
    expect(thrown(() => setNextStepStatus(sampleMap(), "n-1", "finished" as "done")).code).toBe("invalid-input");
  });
});
