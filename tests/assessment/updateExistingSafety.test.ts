import { describe, expect, it } from "vitest";
import { updateExistingSafety } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("updateExistingSafety", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateExistingSafety(map, "e-1", { demonstratedSince: "2024-11-01" });
    // #endregion docs-example
    expect(next.existingSafety[0]?.demonstratedSince).toBe("2024-11-01");
    expect(map).toEqual(sampleMap());
    expect(updateExistingSafety(next, "e-1", {})).toBe(next);
  });
});
