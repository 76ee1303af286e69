import { describe, expect, it } from "vitest";
import { mapVariantForLevel, SERVICE_LEVELS } from "../../src/continuum";

describe("mapVariantForLevel", () => {
  it("shows the documented example", () => {
    // #region docs-example
    mapVariantForLevel("early-help"); // "wellbeing"
    mapVariantForLevel("child-protection"); // "safety"
    mapVariantForLevel("looked-after"); // "success"
    mapVariantForLevel("looked-after", "U1"); // "belonging": placed with relatives or friends
    // #endregion docs-example
    expect(SERVICE_LEVELS.map((l) => mapVariantForLevel(l))).toEqual(["wellbeing", "wellbeing", "safety", "safety", "safety", "success"]);
    expect(mapVariantForLevel("looked-after", "U1")).toBe("belonging");
    expect(mapVariantForLevel("looked-after", "P1")).toBe("belonging");
    expect(mapVariantForLevel("looked-after", "K2")).toBe("success");
  });
});
