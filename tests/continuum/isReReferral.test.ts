import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { DEFAULT_CONTINUUM_POLICY, isReReferral } from "../../src/continuum";
import { build, S } from "./fixtures";

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
});
