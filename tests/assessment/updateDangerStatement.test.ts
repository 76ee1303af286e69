import { describe, expect, it } from "vitest";
import { updateDangerStatement } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateDangerStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateDangerStatement(map, "d-1", { context: "when Dad has been drinking" });
    // #endregion docs-example
    expect(next.dangers[0]?.context).toBe("when Dad has been drinking");
    expect(map).toEqual(sampleMap());
    expect(updateDangerStatement(next, "d-2", {})).toBe(next);
  });
});
