import { describe, expect, it } from "vitest";
import { safeParseChildVoiceRecord } from "../../src/child-voice";
import { safetyHouse } from "./fixtures";

describe("safeParseChildVoiceRecord", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const result = safeParseChildVoiceRecord({ id: "sh-1", tool: "safety-house", childId: "amy", pathPosition: 12 });
    if (!result.ok) {
      result.error.issues.map((i) => i.path.join(".")); // ["date", "facilitatorId", "consent", "sharedWith", "items", "pathPosition"]
    }
    // #endregion docs-example
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalid-input");
      expect(result.error.issues.map((i) => i.path.join("."))).toEqual(["date", "facilitatorId", "consent", "sharedWith", "items", "pathPosition"]);
    }
  });

  it("returns the record when it is valid", () => {
    const result = safeParseChildVoiceRecord(JSON.parse(JSON.stringify(safetyHouse)));
    expect(result).toEqual({ ok: true, value: safetyHouse });
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 3, "x", [], {}, { tool: "safety-house" }]) {
      expect(safeParseChildVoiceRecord(input).ok).toBe(false);
    }
  });
});
