import { describe, expect, it } from "vitest";
import { ScaleJudgementSchema } from "../../src/assessment";
import { safetyHouseJudgement } from "../../src/assessment";
import { setSafetyHousePathPosition, type SafetyHouseRecord } from "../../src/child-voice";
import { mapItemId, safetyHouse, threeHouses } from "./fixtures";

describe("safetyHouseJudgement", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const result = safetyHouseJudgement(safetyHouse, { id: mapItemId("j-amy"), raterName: "Amy" });
    if (result.ok) {
      result.value; // { id: "j-amy", raterId: "amy", raterName: "Amy", raterRole: "child", value: 7, on: "2025-03-01" }
    }
    // #endregion docs-example
    expect(result).toEqual({
      ok: true,
      value: { id: "j-amy", raterId: "amy", raterName: "Amy", raterRole: "child", value: 7, on: "2025-03-01" },
      findings: [],
    });
    if (result.ok) expect(ScaleJudgementSchema.parse(result.value)).toEqual(result.value);
  });

  it("turns the value round for a risk-high scale and keeps the reason", () => {
    const result = safetyHouseJudgement(safetyHouse, { id: mapItemId("j"), polarity: "risk-high", reason: "Dad still shouts" });
    expect(result.ok && result.value).toMatchObject({ value: 3, reason: "Dad still shouts" });
    const zero = safetyHouseJudgement(setSafetyHousePathPosition(safetyHouse, 0), { id: mapItemId("j"), polarity: "safety-high" });
    expect(zero.ok && zero.value.value).toBe(0);
  });

  it("refuses with a finding when the path position is not recorded", () => {
    const result = safetyHouseJudgement(setSafetyHousePathPosition(safetyHouse, undefined), { id: mapItemId("j") });
    expect(result).toEqual({ ok: false, findings: [{ code: "child-voice/safety-house-without-path-position", severity: "error", path: ["pathPosition"] }] });
  });

  it("throws invalid-argument for another tool and does not mutate its input", () => {
    expect(() => safetyHouseJudgement(threeHouses as unknown as SafetyHouseRecord, { id: mapItemId("j") })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(safetyHouse.pathPosition).toBe(7);
  });
});
