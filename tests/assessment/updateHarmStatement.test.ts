import { describe, expect, it } from "vitest";
import { updateHarmStatement } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateHarmStatement", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateHarmStatement(map, "h-1", { status: "disputed", positions: [{ heldBy: "Dad", view: "It was an accident" }] });
    // #endregion docs-example
    expect(next.harm[0]?.status).toBe("disputed");
    expect(map).toEqual(sampleMap());
    expect(updateHarmStatement(next, "h-1", {})).toBe(next);
  });

  it("removes an optional field set to undefined", () => {
    const withSource = updateHarmStatement(sampleMap(), "h-1", { source: "Police log" });
    expect(withSource.harm[0]?.source).toBe("Police log");
    const without = updateHarmStatement(withSource, "h-1", { source: undefined });
    expect(without.harm[0]).not.toHaveProperty("source");
    expect(without).toEqual(sampleMap());
  });
});
