import { addCalendarDays, addCalendarMonths, type IsoDate } from "../core";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy, type Timescale } from "./ContinuumPolicy";
import type { ServiceTimeline } from "./ServiceTimeline";

function windowStart(date: IsoDate, ts: Timescale): IsoDate {
  switch (ts.unit) {
    case "months":
      return addCalendarMonths(date, -ts.amount);
    case "weeks":
      return addCalendarDays(date, -7 * ts.amount);
    case "hours":
      return addCalendarDays(date, -Math.ceil(ts.amount / 24));
    default:
      // Working days have no meaning for this window; days are counted as calendar days.
      return addCalendarDays(date, -ts.amount);
  }
}

/**
 * Tells whether a referral on `referralDate` is a re-referral: the child had another referral
 * (or case transferred in) within the 12 months before it.
 *
 * The DfE definition (Children in need statistics, methodology): a referral within 12 months of
 * a previous referral of the same child, that is a previous referral dated on or after the same
 * day 12 calendar months earlier and before the referral. The window is the policy's
 * `reReferralWindow`. Referrals of the same day do not count.
 *
 * @param timeline - The child's timeline.
 * @param referralDate - The date of the referral in question (it may or may not be on the timeline yet).
 * @param policy - The authority's policy; England defaults when omitted.
 * @returns `true` when an earlier referral falls in the window.
 *
 * @example
 * {@includeCode ../../tests/continuum/isReReferral.test.ts#docs-example}
 *
 * @category Continuum
 */
export function isReReferral(timeline: ServiceTimeline, referralDate: IsoDate, policy: ContinuumPolicy = DEFAULT_CONTINUUM_POLICY): boolean {
  const from = windowStart(referralDate, policy.reReferralWindow);
  return timeline.events.some((e) => (e.type === "referral" || e.type === "transfer-in") && e.date >= from && e.date < referralDate);
}
