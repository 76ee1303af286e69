import { describe, expect, it } from "vitest";
import { isKinsafeError, KinsafeError, parseWith, PersonIdSchema, safeParseWith } from "../../src/core";
import * as z from "zod";

describe("KinsafeError", () => {
  it("carries a code, every issue and the [kinsafe] prefix", () => {
    // #region docs-example
    const Schema = z.object({ name: z.string(), score: z.number().max(10) });
    try {
      parseWith(Schema, { name: 3, score: 11 }, "example");
      throw new Error("unreachable");
    } catch (error) {
      if (!(error instanceof KinsafeError)) throw error;
      error.code; // "invalid-input"
      error.issues.map((i) => i.path.join(".")); // ["name", "score"]
      // #endregion docs-example
      expect(error.code).toBe("invalid-input");
      expect(error.message.startsWith("[kinsafe] Invalid example: 2 problems.")).toBe(true);
      expect(error.issues.map((i) => i.path)).toEqual([["name"], ["score"]]);
      expect(error.issues[0]).toMatchObject({ rule: "invalid_type", received: "3" });
      expect(error.issues[1]).toMatchObject({ rule: "too_big", received: "11" });
      expect(error.message).toContain("score: ");
    }
  });

  it("is recognised across copies of the library by name and shape", () => {
    // #region is-kinsafe-error
    const error = new KinsafeError("not-found", "No danger statement d-9.");
    isKinsafeError(error); // true
    isKinsafeError(new Error("other")); // false
    // #endregion is-kinsafe-error
    expect(isKinsafeError(error)).toBe(true);
    expect(isKinsafeError(new Error("other"))).toBe(false);
    const foreign = Object.assign(new Error("x"), { name: "KinsafeError", issues: [], code: "not-found" });
    expect(isKinsafeError(foreign)).toBe(true);
    expect(isKinsafeError("KinsafeError")).toBe(false);
  });

  it("returns the error as data from safeParseWith, with long strings shortened", () => {
    const long = "x".repeat(300);
    const result = safeParseWith(z.object({ id: PersonIdSchema, n: z.number() }), { id: ` ${long}`, n: "1" }, "thing");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(3);
    const received = result.error.issues.find((i) => i.rule === "too_big")?.received ?? "";
    expect(received.length).toBeLessThan(100);
    expect(received.endsWith('…"')).toBe(true);
  });

  it("describes arrays, objects and missing values", () => {
    const result = safeParseWith(z.object({ a: z.string(), b: z.string(), c: z.string() }), { a: [1, 2], b: {} }, "thing");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.received)).toEqual(["an array of 2", "an object", undefined]);
    // A missing value is "required", with nothing received to show.
    expect(result.error.issues[2]).toEqual({ path: ["c"], rule: "required", message: "required" });
  });
});
