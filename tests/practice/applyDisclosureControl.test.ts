import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { applyDisclosureControl, type PracticeMetricResult } from "../../src/practice";

const base = { label: "x", notes: [], suppressed: false } as const;

describe("applyDisclosureControl", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const r: PracticeMetricResult = { ...base, id: "practice.network-informed", unit: "percent", value: 75, numerator: 3, denominator: 4, countingUnit: "cases" };
    applyDisclosureControl(r, 6).value; // null: 3 and 4 are below 6
    applyDisclosureControl(r, 3).value; // 75
    // #endregion docs-example
    expect(applyDisclosureControl(r, 6)).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true });
    expect(applyDisclosureControl(r, 3)).toBe(r);
  });

  it("keeps zero, checks only the denominator of a mean, and never suppresses minutes", () => {
    const zero: PracticeMetricResult = { ...base, id: "a", unit: "count", value: 0, numerator: null, denominator: null, countingUnit: "audits" };
    expect(applyDisclosureControl(zero, 6)).toBe(zero);
    const mean: PracticeMetricResult = { ...base, id: "m", unit: "ratio", value: 0.5, numerator: 4, denominator: 8, countingUnit: "audits" };
    expect(applyDisclosureControl(mean, 6)).toBe(mean);
    const minutes: PracticeMetricResult = { ...base, id: "t", unit: "percent", value: 50, numerator: 2, denominator: 4, countingUnit: "minutes" };
    expect(applyDisclosureControl(minutes, 6)).toBe(minutes);
    const nested: PracticeMetricResult = { ...zero, value: 10, breakdown: { small: { ...zero, id: "a/small", value: 2 } } };
    expect(applyDisclosureControl(nested, 6).breakdown?.["small"]).toMatchObject({ value: null, suppressed: true });
    expect(() => applyDisclosureControl(zero, 0)).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
  });

  test.prop([fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 10 })])("a shown percentage never rests on a small count", (num, den, threshold) => {
    const r = applyDisclosureControl({ ...base, id: "p", unit: "percent", value: den === 0 ? null : (num * 100) / den, numerator: num, denominator: den, countingUnit: "cases" }, threshold);
    if (r.value !== null) expect((num === 0 || num >= threshold) && den >= threshold).toBe(true);
  });
});
