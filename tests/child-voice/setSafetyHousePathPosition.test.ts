import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { setSafetyHousePathPosition, type SafetyHouseRecord } from "../../src/child-voice";
import { setSafetyHousePathPositionRecipe } from "../../src/child-voice/setSafetyHousePathPosition";
import { safetyHouse, threeHouses } from "./fixtures";

describe("setSafetyHousePathPosition", () => {
  it("shows the documented example", () => {
    // #region docs-example
    // Amy put herself nearer the house than last time.
    const next = setSafetyHousePathPosition(safetyHouse, 8);
    next.pathPosition; // 8
    // #endregion docs-example
    expect(next.pathPosition).toBe(8);
    expect(safetyHouse.pathPosition).toBe(7);
  });

  it("clears the position and returns the same record when it is unchanged", () => {
    const cleared = setSafetyHousePathPosition(safetyHouse, undefined);
    expect(cleared).not.toHaveProperty("pathPosition");
    expect(setSafetyHousePathPosition(cleared, undefined)).toBe(cleared);
    expect(setSafetyHousePathPosition(safetyHouse, 7)).toBe(safetyHouse);
    expect(setSafetyHousePathPosition(cleared, 0).pathPosition).toBe(0);
  });

  it("throws invalid-argument outside 0..10, for fractions and for other tools", () => {
    for (const bad of [-1, 11, 2.5, Number.NaN]) {
      expect(() => setSafetyHousePathPosition(safetyHouse, bad)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    }
    expect(() => setSafetyHousePathPosition(threeHouses as unknown as SafetyHouseRecord, 5)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });

  it("has a recipe that works on any draft", () => {
    // #region recipe
    const next = produce(safetyHouse, (draft) => {
      setSafetyHousePathPositionRecipe(draft, 3);
    });
    // #endregion recipe
    expect(next.pathPosition).toBe(3);
  });
});
