// The value axis of the report's charts: round ticks that cover the data, from 0 for counts,
// around the data's own range for rates and percentages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { axisScale, lineChart, niceStep, tickText } from "../../src/cli/report";

/** Whether a step is 1, 2, 2.5 or 5 times a power of ten (to floating-point precision). */
function isRound(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step));
  const mantissa = step / power;
  return [1, 2, 2.5, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

const value = fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true });
const nonNegative = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });

describe("axisScale", () => {
  it("shows the documented example", () => {
    // #region axis-scale
    // Referrals (a count): from 0, so that 1,586 to 1,613 is drawn as the small change it is.
    axisScale([1613, 1586], { zeroBased: true, integer: true }).ticks; // [0, 500, 1000, 1500, 2000]
    // Re-referrals (a percentage): a scale of its own around 16.6% to 22.1%.
    axisScale([16.6, 22.1]).ticks; // [16, 18, 20, 22, 24]
    // #endregion axis-scale
    // By hand: 1,613 over about four steps is 403, whose round step above is 500; 0 to 2,000 covers it.
    expect(axisScale([1613, 1586], { zeroBased: true, integer: true }).ticks).toEqual([0, 500, 1000, 1500, 2000]);
    // 22.1 - 16.6 = 5.5, over four steps 1.375, whose round step above is 2: 16 (at or below 16.6) to 24 (at or above 22.1).
    expect(axisScale([16.6, 22.1]).ticks).toEqual([16, 18, 20, 22, 24]);
  });

  it("covers every value, with round ticks a step apart", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean(), (values, zeroBased, integer) => {
        const s = axisScale(values, { zeroBased, integer });
        expect(s.min).toBeLessThanOrEqual(Math.min(...values));
        expect(s.max).toBeGreaterThanOrEqual(Math.max(...values));
        expect(s.ticks[0]).toBe(s.min);
        expect(s.ticks.at(-1)).toBe(s.max);
        expect(isRound(s.step)).toBe(true);
        expect(s.ticks.length).toBeGreaterThanOrEqual(2);
        // Around the data: at most eight ticks (about four steps over the range, one more at each end).
        expect(s.ticks.length).toBeLessThanOrEqual(8);
        s.ticks.forEach((t, i) => {
          // Each tick a whole number of steps from 0, one step after the one before.
          expect(Math.abs(t / s.step - Math.round(t / s.step))).toBeLessThan(1e-6);
          if (i > 0) expect(t - (s.ticks[i - 1] ?? 0)).toBeCloseTo(s.step, 6);
        });
        if (integer) expect(s.ticks.every(Number.isInteger)).toBe(true);
      }),
    );
  });

  it("starts counts at 0", () => {
    fc.assert(
      fc.property(fc.array(nonNegative, { minLength: 1, maxLength: 12 }), (values) => {
        expect(axisScale(values, { zeroBased: true, integer: true }).min).toBe(0);
      }),
    );
  });

  it("does not start rates at 0 when they are far from it, nor go below 0 for values that are not", () => {
    expect(axisScale([516.5, 540.2]).min).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(nonNegative, { minLength: 1, maxLength: 12 }), (values) => {
        expect(axisScale(values).min).toBeGreaterThanOrEqual(0);
      }),
    );
    // Percentages stay within 0 to 100 (100 is a whole number of every round step up to 50),
    // and still cover every value.
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }), (values) => {
        const s = axisScale(values, { ceiling: 100 });
        expect(s.max).toBeLessThanOrEqual(100);
        expect(s.max).toBeGreaterThanOrEqual(Math.max(...values));
        expect(s.min).toBeGreaterThanOrEqual(0);
      }),
    );
    expect(axisScale([100]).max).toBeGreaterThan(100);
    // 100% alone: 90 to 110 padded, cut at 100; 10 over four steps is 2.5.
    expect(axisScale([100], { ceiling: 100 }).ticks).toEqual([90, 92.5, 95, 97.5, 100]);
  });

  it("gives one value, or none, a range", () => {
    // 83.8 alone: a tenth each side (75.42 to 92.18), about four steps of 5: 75 to 95.
    expect(axisScale([83.8]).ticks).toEqual([75, 80, 85, 90, 95]);
    expect(axisScale([]).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axisScale([0, 0], { zeroBased: true, integer: true }).ticks).toEqual([0, 1]);
  });

  it("writes ticks with the decimal places the step needs", () => {
    const s = axisScale([16.6, 17.3]);
    // 0.7 / 4 = 0.175, round step 0.2: 16.6 to 17.4.
    expect(s.step).toBe(0.2);
    expect(s.ticks.map((t) => tickText(t, s))).toEqual(["16.6", "16.8", "17.0", "17.2", "17.4"]);
    expect(tickText(1500, axisScale([1600], { zeroBased: true }))).toBe("1,500");
    expect([niceStep(1.375), niceStep(403), niceStep(0.07), niceStep(2.4)]).toEqual([2, 500, 0.1, 2.5]);
  });
});

describe("the axes of a line chart", () => {
  function ticks(svg: string): string[] {
    return [...svg.matchAll(/<text class="tick y-tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
  }

  it("labels the value axis with round ticks, its unit, gridlines and the periods", () => {
    const svg = lineChart("Re-referrals", ["2022-23", "2023-24", "2024-25"], { name: "r", values: [16.6, null, 22.1], texts: ["16.6%", "x", "22.1%"] }, { axis: { title: "% of referrals", zeroBased: false } });
    expect(ticks(svg)).toEqual(["16", "18", "20", "22", "24"]);
    expect(svg.match(/<line class="grid"/g)).toHaveLength(5);
    expect(svg).toContain('<text class="axis-title" x="0" y="34">% of referrals</text>');
    expect([...svg.matchAll(/<text class="tick x-tick"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(["2022-23", "2023-24", "2024-25"]);
    // The accessible name is the title; the description gives the scale and every value, the gap with why.
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Re-referrals">/);
    expect(svg).toContain("<desc>% of referrals, scale 16 to 24. 2022-23: 16.6%; 2023-24: x; 2024-25: 22.1%.</desc>");
  });

  it("draws counts from 0", () => {
    const svg = lineChart("Referrals", ["a", "b"], { name: "r", values: [1613, 1586], texts: ["1,613", "1,586"] }, { axis: { title: "Number of referrals", integer: true } });
    expect(ticks(svg)).toEqual(["0", "500", "1,000", "1,500", "2,000"]);
  });
});
