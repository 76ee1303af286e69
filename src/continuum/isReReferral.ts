import { addCalendarDays, addCalendarMonths, type IsoDate } from "../core";
import { DEFAULT_CONTINUUM_POLICY, type ContinuumPolicy, type Timescale } from "./ContinuumPolicy";
import type { ServiceTimeline } from "./ServiceTimeline";

/** The last day of the window that opens with a previous referral: "within N of" counted forward from it. */
function windowEnd(previous: IsoDate, ts: Timescale): IsoDate {
  switch (ts.unit) {
    case "months":
      return addCalendarMonths(previous, ts.amount);
    case "weeks":
      return addCalendarDays(previous, 7 * ts.amount);
    case "hours":
      return addCalendarDays(previous, Math.ceil(ts.amount / 24));
    default:
      // Working days have no meaning for this window; days are counted as calendar days.
      return addCalendarDays(previous, ts.amount);
  }
}

/**
 * Tells whether a referral on `referralDate` is a re-referral: the child had another referral
 * (or case transferred in) within 12 months of which it came, counted forward from that one.
 *
 * "Within 12 months of a previous referral" is counted forward from the previous referral `p`,
 * as the phrase reads (DfE, Children in need statistics, methodology; the catalogue's
 * conventions in `docs/reference/core-data-set.md`): `p < referralDate <= addMonths(p, 12)`,
 * with date-fns `addMonths` (29 February + 12 months = 28 February). Counting back from the new
 * referral differs only around 29 February: a referral on 2024-02-29 after one on 2023-02-28 is
 * not a re-referral (12 months from 2023-02-28 end on 2024-02-28), and one on 2025-02-28 after
 * one on 2024-02-29 is. The window is the policy's `reReferralWindow`, counted forward in the
 * same way. Referrals of the same day do not count.
 *
 * @param timeline - The child's timeline.
 * @param referralDate - The date of the referral in question (it may or may not be on the timeline yet).
 * @param policy - The authority's policy; England defaults when omitted.
 * @returns `true` when the window of an earlier referral contains `referralDate`.
 *
 * @example
 * {@includeCode ../../tests/continuum/isReReferral.test.ts#docs-example}
 *
 * @category Continuum
 */
export function isReReferral(timeline: ServiceTimeline, referralDate: IsoDate, policy: ContinuumPolicy = DEFAULT_CONTINUUM_POLICY): boolean {
  return timeline.events.some(
    (e) => (e.type === "referral" || e.type === "transfer-in") && e.date < referralDate && referralDate <= windowEnd(e.date, policy.reReferralWindow),
  );
}
