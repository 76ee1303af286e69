import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMonths } from "date-fns";
import { fromDayNumber, isoDate, toDayNumber, type IsoDate } from "../../src/core";
import { DEFAULT_CONTINUUM_POLICY, isReReferral } from "../../src/continuum";
import { build, S } from "./fixtures";

/** date-fns addMonths on an ISO date, in UTC: the oracle of the forward rule. */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const r = addMonths(new Date(y, m - 1, d), months);
  return `${String(r.getFullYear()).padStart(4, "0")}-${String(r.getMonth() + 1).padStart(2, "0")}-${String(r.getDate()).padStart(2, "0")}`;
}

/** A closed referral on `date`. */
const referredOn = (date: IsoDate) => build([S.referral, S.decideNfa, S.closeRc7], date);

describe("isReReferral", () => {
  it("shows the documented example", () => {
    const timeline = build([S.referral, S.decideNfa, S.closeRc7]); // referral on 2025-03-03
    // #region docs-example
    isReReferral(timeline, isoDate("2026-03-03")); // true: within 12 months (the same day a year later counts)
    isReReferral(timeline, isoDate("2026-03-04")); // false
    // #endregion docs-example
    expect(isReReferral(timeline, isoDate("2026-03-03"))).toBe(true);
    expect(isReReferral(timeline, isoDate("2026-03-04"))).toBe(false);
    expect(isReReferral(timeline, isoDate("2025-03-03"))).toBe(false);
    expect(isReReferral(timeline, isoDate("2025-03-02"))).toBe(false);
  });

  it("follows the policy's window and counts transfers in", () => {
    const timeline = build([S.transferIn]);
    const policy = { ...DEFAULT_CONTINUUM_POLICY, reReferralWindow: { ...DEFAULT_CONTINUUM_POLICY.reReferralWindow, amount: 6 } };
    expect(isReReferral(timeline, isoDate("2025-09-03"), policy)).toBe(true);
    expect(isReReferral(timeline, isoDate("2025-09-04"), policy)).toBe(false);
  });

  it("counts forward from the previous referral: previous < date <= addMonths(previous, 12)", () => {
    // #region forward-rule
    // 12 months from 28 February 2023 end on 28 February 2024: 29 February 2024 is outside.
    isReReferral(referredOn(isoDate("2023-02-28")), isoDate("2024-02-29")); // false
    // 12 months from 29 February 2024 end on 28 February 2025 (date-fns addMonths clamps).
    isReReferral(referredOn(isoDate("2024-02-29")), isoDate("2025-02-28")); // true
    // #endregion forward-rule
    // Before: counted back from the new referral, 2024-02-29 - 12 months = 2023-02-28 was inside.
    expect(isReReferral(referredOn(isoDate("2023-02-28")), isoDate("2024-02-29"))).toBe(false);
    expect(isReReferral(referredOn(isoDate("2023-02-28")), isoDate("2024-02-28"))).toBe(true);
    expect(isReReferral(referredOn(isoDate("2024-02-29")), isoDate("2025-02-28"))).toBe(true);
    expect(isReReferral(referredOn(isoDate("2024-02-29")), isoDate("2025-03-01"))).toBe(false);
    // Other month ends: 31 August + 6 months = 29 February 2024.
    const six = { ...DEFAULT_CONTINUUM_POLICY, reReferralWindow: { ...DEFAULT_CONTINUUM_POLICY.reReferralWindow, amount: 6 } };
    expect(isReReferral(referredOn(isoDate("2023-08-31")), isoDate("2024-02-29"), six)).toBe(true);
    expect(isReReferral(referredOn(isoDate("2023-08-31")), isoDate("2024-03-01"), six)).toBe(false);
  });

  it("property: a referral is a re-referral exactly when it falls in the 12 months counted forward from the earlier one", () => {
    const day = fc.integer({ min: toDayNumber("2012-01-01"), max: toDayNumber("2030-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 800 }), (previous, gap) => {
        const p = fromDayNumber(previous);
        const date = fromDayNumber(previous + gap);
        const expected = p < date && date <= plusMonths(p, 12);
        expect(isReReferral(referredOn(p), date)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the window is an interval — every date between the earlier referral and a re-referral is one too", () => {
    const day = fc.integer({ min: toDayNumber("2012-01-01"), max: toDayNumber("2030-12-31") });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (previous, a, b) => {
        const t = referredOn(fromDayNumber(previous));
        const [near, far] = a < b ? [a, b] : [b, a];
        if (isReReferral(t, fromDayNumber(previous + far))) expect(isReReferral(t, fromDayNumber(previous + near))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
