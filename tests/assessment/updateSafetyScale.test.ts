import { describe, expect, it } from "vitest";
import { updateSafetyScale } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("updateSafetyScale", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = updateSafetyScale(map, "sc-1", { anchors: { zero: "Nothing is keeping Amy safe", ten: "Amy is safe" } });
    // #endregion docs-example
    expect(next.scales[0]?.anchors?.ten).toBe("Amy is safe");
    expect(map).toEqual(sampleMap());
    expect(updateSafetyScale(next, "sc-1", {})).toBe(next);
  });

  it("refuses judgement ids used elsewhere in the map", () => {
    expect(thrown(() => updateSafetyScale(sampleMap(), "sc-1", { judgements: [{ id: "h-1", value: 3, on: "2025-03-29" }] })).code).toBe("duplicate-id");
    // The scale's own judgement ids may stay.
    const next = updateSafetyScale(sampleMap(), "sc-1", { judgements: [{ id: "j-1", value: 5, on: "2025-03-29" }] });
    expect(next.scales[0]?.judgements[0]?.value).toBe(5);
  });
});
