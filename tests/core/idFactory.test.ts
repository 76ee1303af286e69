import { describe, expect, it } from "vitest";
import { sequentialIds } from "../../src/core";

describe("sequentialIds", () => {
  it("shows the documented example", () => {
    // #region sequential-ids
    const ids = sequentialIds({ prefix: "case-12/" });
    ids("plan-rule"); // "case-12/plan-rule-1"
    ids("plan-rule"); // "case-12/plan-rule-2"
    ids("network-meeting"); // "case-12/network-meeting-1"
    // #endregion sequential-ids
    const again = sequentialIds({ prefix: "case-12/" });
    expect([again("plan-rule"), again("plan-rule"), again("network-meeting")]).toEqual(["case-12/plan-rule-1", "case-12/plan-rule-2", "case-12/network-meeting-1"]);
  });

  it("is deterministic: two factories give the same ids for the same calls, from `start`", () => {
    const a = sequentialIds({ start: 0 });
    const b = sequentialIds({ start: 0 });
    const kinds = ["person", "plan-rule", "person", "safety-plan"] as const;
    expect(kinds.map((k) => a(k))).toEqual(kinds.map((k) => b(k)));
    expect(sequentialIds()("person")).toBe("person-1");
  });

  it("refuses a start that is not a whole number of at least 0", () => {
    expect(() => sequentialIds({ start: -1 })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
    expect(() => sequentialIds({ start: 1.5 })).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});
