import { describe, expect, it } from "vitest";
import { fromJsonPatch, isKinsafeError } from "../../src/core";

describe("fromJsonPatch with operations from another system", () => {
  it("refuses what is not a list of operations with KinsafeError('invalid-argument'), not TypeError", () => {
    for (const bad of [null, 1n, {}, [null], [{ op: 1n, path: "/a" }], [{ op: "add", path: 7 }], [{ op: "add" }]]) {
      let caught: unknown;
      try {
        fromJsonPatch(bad as never);
      } catch (error) {
        caught = error;
      }
      expect(isKinsafeError(caught) ? caught.code : caught, JSON.stringify(bad, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).toBe("invalid-argument");
    }
    expect(fromJsonPatch([{ op: "replace", path: "/goals/0/text", value: "x" }])).toEqual([{ op: "replace", path: ["goals", 0, "text"], value: "x" }]);
  });
});
