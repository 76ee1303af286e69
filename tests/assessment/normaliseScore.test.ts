import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKinsafeError } from "../../src/core";
import { normaliseScore } from "../../src/assessment/normaliseScore";

describe("normaliseScore", () => {
  it("reads a risk-high score the safety-high way round", () => {
    // #region docs-example
    normaliseScore(3, "risk-high"); // 7: "3 out of 10 for risk" is "7 out of 10 for safety"
    normaliseScore(3, "safety-high"); // 3
    normaliseScore(2.5, "risk-high"); // 7.5: medians and means can be normalised too
    // #endregion docs-example
    expect(normaliseScore(3, "risk-high")).toBe(7);
    expect(normaliseScore(3, "safety-high")).toBe(3);
    expect(normaliseScore(2.5, "risk-high")).toBe(7.5);
  });

  it.each([
    [0, "risk-high", 10],
    [10, "risk-high", 0],
    [0, "safety-high", 0],
    [10, "safety-high", 10],
  ] as const)("maps the ends: %d on %s is %d", (value, polarity, expected) => {
    expect(normaliseScore(value, polarity)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(normaliseScore(-0, "safety-high"), 0)).toBe(true);
    expect(Object.is(normaliseScore(10, "risk-high"), 0)).toBe(true);
  });

  it.each([-1, 10.5, 11, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("refuses %d with invalid-argument", (value) => {
    try {
      normaliseScore(value, "safety-high");
      expect.unreachable();
    } catch (error) {
      expect(isKinsafeError(error) && error.code).toBe("invalid-argument");
      expect(String(error)).toContain("from 0 to 10");
    }
  });

  it("refuses an unknown polarity", () => {
    expect(() => normaliseScore(3, "upside-down" as never)).toThrow(/Unknown scale polarity/);
  });

  describe("properties", () => {
    it("is an involution on risk-high integer scores", () => {
      fc.assert(fc.property(fc.integer({ min: 0, max: 10 }), (v) => normaliseScore(normaliseScore(v, "risk-high"), "risk-high") === v));
    });

    it("is an involution on risk-high real scores, up to rounding", () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (v) => {
          expect(normaliseScore(normaliseScore(v, "risk-high"), "risk-high")).toBeCloseTo(v, 12);
        }),
      );
    });

    it("is the identity on safety-high scores", () => {
      fc.assert(fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (v) => normaliseScore(v, "safety-high") === v));
    });

    it("stays within 0..10", () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom("safety-high", "risk-high"), (v, p) => {
          const n = normaliseScore(v, p);
          return n >= 0 && n <= 10;
        }),
      );
    });
  });
});
