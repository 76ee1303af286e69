import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar } from "../../src/calendar";
import { isoDate } from "../../src/core";
import { computeCoreDataSet } from "../../src/metrics";
import { child, episode } from "./fixtures";

// Bad data is excluded, not fatal: a duration with a date outside the working-day calendar, or
// with its end before its start, is left out of the figure that needs it and counted there in
// `excluded`; the record is kept for every other figure.

// a small calendar (2023-2024), so that a date of 2004 or 2009 is outside it
const calendar = createWorkingDayCalendar({ from: isoDate("2023-01-01"), to: isoDate("2024-12-31") });
const options = { period: { year: 2024 }, calendar } as const;

const good = child("g", {
  cinEpisodes: [
    episode("e", "2023-05-01", {
      assessments: [{ id: "a", startDate: "2023-05-02", authorisationDate: "2023-05-16", factors: ["21"] }],
      section47s: [{ id: "s", startDate: "2023-05-03", strategyDiscussionDate: "2023-05-03", icpcDate: "2023-05-17", icpcNotRequired: false }],
    }),
  ],
});
// a typo in a real-format return: an assessment start of 2004-03-03
const typo = child("t", {
  cinEpisodes: [episode("e", "2023-06-01", { assessments: [{ id: "a", startDate: "2004-03-03", authorisationDate: "2023-06-20", factors: ["21"] }] })],
});
// a 2009 referral (an old episode), with an assessment authorised in the period
const old = child("o", {
  cinEpisodes: [episode("e", "2009-01-05", { assessments: [{ id: "a", startDate: "2023-06-01", authorisationDate: "2023-06-15", factors: ["21"] }] })],
});
// durations with the end before the start
const backwards = child("b", {
  cinEpisodes: [
    episode("e", "2023-07-10", {
      assessments: [{ id: "a", startDate: "2023-07-05", authorisationDate: "2023-07-03", factors: ["21"] }],
      section47s: [{ id: "s", startDate: "2023-07-20", icpcDate: "2023-07-18", icpcNotRequired: false }],
    }),
  ],
});

describe("dates that cannot be right", () => {
  it("leaves a duration with a day outside the calendar out of its figure, counted as excluded, and keeps the record", () => {
    const withBad = computeCoreDataSet([good, typo, old], options);
    const without = computeCoreDataSet([good, old], options);
    const duration = withBad.metrics["timeliness.assessment-duration"];
    expect(duration?.value).toBe(without.metrics["timeliness.assessment-duration"]?.value);
    expect(duration?.denominator).toBe(2); // the good assessment and the 2009 episode's (its own dates are in the calendar)
    expect(duration?.excluded).toEqual([{ count: 1, reason: "a date is outside the working-day calendar, so the working days cannot be counted" }]);
    expect(duration?.notes.some((n) => n.startsWith("1 assessments excluded: a date is outside"))).toBe(true);
    // referral to decision: the 2009 referral is outside the calendar, and the typo's decision is measured from its referral
    expect(withBad.metrics["timeliness.referral-to-decision"]?.excluded).toEqual([{ count: 1, reason: "a date is outside the working-day calendar, so the working days cannot be counted" }]);
    // the records are kept for every other figure
    expect(withBad.metrics["activity.assessments"]?.value).toBe(3);
    expect(withBad.metrics["activity.referrals"]?.value).toBe(2);
    expect(withBad.records).toEqual({ read: 3, skipped: 0, errors: [] });
  });

  it("leaves a duration whose end is before its start out, counted as excluded", () => {
    const r = computeCoreDataSet([good, backwards], options);
    expect(r.metrics["timeliness.assessment-duration"]?.excluded).toEqual([{ count: 1, reason: "authorised before it started" }]);
    expect(r.metrics["timeliness.referral-to-decision"]?.excluded).toEqual([{ count: 1, reason: "the decision is dated before the referral" }]);
    expect(r.metrics["timeliness.icpc"]?.excluded).toEqual([{ count: 1, reason: "held before the section 47 enquiry started" }]);
    expect(r.metrics["timeliness.icpc"]?.denominator).toBe(1);
    expect(r.metrics["activity.icpcs"]?.value).toBe(2);
  });

  it("leaves a child out of the visits measure when a working-day gap cannot be counted", () => {
    const cp = child("v", {
      cinEpisodes: [episode("e", "2023-05-01", { cpPlans: [{ id: "p", startDate: "2022-12-01", initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousCpp: 0, reviewDates: [] }] })],
      visits: [],
    });
    const cal = createWorkingDayCalendar({ from: isoDate("2023-06-01"), to: isoDate("2024-12-31") });
    const r = computeCoreDataSet([cp], { period: { year: 2024 }, calendar: cal });
    const seen = r.metrics["plans.seen-per-plan"];
    expect(seen?.breakdown?.["cp"]?.excluded).toEqual([{ count: 1, reason: "a date is outside the working-day calendar, so the working days cannot be counted" }]);
    expect(seen?.excluded?.[0]?.count).toBe(1);
    expect(seen?.denominator).toBe(0);
  });
});
