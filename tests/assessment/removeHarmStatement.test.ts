import { describe, expect, it } from "vitest";
import { removeHarmStatement } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeHarmStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeHarmStatement(map, "h-1");
    const unchanged = removeHarmStatement(next, "h-1");
    // #endregion docs-example
    expect(next.harm.some((item) => item.id === "h-1")).toBe(false);
    expect(unchanged).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
