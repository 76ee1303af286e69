import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar } from "../../src/calendar";
import { isoDate } from "../../src/core";
import { computeCoreDataSet } from "../../src/metrics";
import * as fc from "fast-check";
import { arbChildRecord, child, cpPlan, episode } from "./fixtures";

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
// a 2009 episode whose assessment also started in 2009 (after its referral): outside the calendar
const oldStart = child("os", {
  cinEpisodes: [episode("e", "2009-01-05", { assessments: [{ id: "a", startDate: "2009-02-02", authorisationDate: "2023-06-15", factors: ["21"] }] })],
});
// durations with the end before the start (each start on or after the referral, the
// assessment's authorisation and so the decision before it)
const backwards = child("b", {
  cinEpisodes: [
    episode("e", "2023-07-04", {
      assessments: [{ id: "a", startDate: "2023-07-05", authorisationDate: "2023-07-03", factors: ["21"] }],
      section47s: [{ id: "s", startDate: "2023-07-20", icpcDate: "2023-07-18", icpcNotRequired: false }],
    }),
  ],
});

describe("dates that cannot be right", () => {
  it("leaves a duration with a day outside the calendar out of its figure, counted as excluded, and keeps the record", () => {
    const withBad = computeCoreDataSet([good, typo, old, oldStart], options);
    const without = computeCoreDataSet([good, old], options);
    const duration = withBad.metrics["timeliness.assessment-duration"];
    expect(duration?.value).toBe(without.metrics["timeliness.assessment-duration"]?.value);
    expect(duration?.denominator).toBe(2); // the good assessment and the 2009 episode's (its own dates are in the calendar)
    // the 2009 start is outside the calendar; the typo's start is before its referral, and that
    // rule (DfE 1103) is the reason given for it
    expect(duration?.excluded).toEqual([
      { count: 1, reason: "a date is outside the working-day calendar, so the working days cannot be counted" },
      { count: 1, reason: "the assessment starts before the referral date, which cannot be right (DfE CIN census validation rule 1103)" },
    ]);
    expect(duration?.notes.some((n) => n.startsWith("1 assessments excluded: a date is outside"))).toBe(true);
    expect(duration?.notes.some((n) => n.startsWith("1 assessments excluded: the assessment starts before the referral date"))).toBe(true);
    // referral to decision: the 2009 referrals are outside the calendar, and the typo's decision is measured from its referral
    expect(withBad.metrics["timeliness.referral-to-decision"]?.excluded).toEqual([{ count: 2, reason: "a date is outside the working-day calendar, so the working days cannot be counted" }]);
    // the records are kept for every other figure
    expect(withBad.metrics["activity.assessments"]?.value).toBe(4);
    expect(withBad.metrics["activity.referrals"]?.value).toBe(2);
    expect(withBad.records).toEqual({ read: 4, skipped: 0, errors: [] });
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

// DfE CIN census validation rules 1103 (assessment), 2889 (section 47), 4015 (CIN plan) and 1105
// (child protection plan): a start before the episode's referral date cannot be right. The CIN
// census reader reports it (`cin-census/date-before-referral`); the engine applies the same rule
// itself, so records that no reader checked (kinsafe JSON) get the same treatment.
describe("starts before the referral date", () => {
  const year = { period: { year: 2025 } } as const;
  const RULE_1103 = "the assessment starts before the referral date, which cannot be right (DfE CIN census validation rule 1103)";
  const fine = child("f", {
    cinEpisodes: [episode("e", "2024-05-01", { assessments: [{ id: "a", startDate: "2024-05-02", authorisationDate: "2024-06-03", factors: ["21"] }] })],
  });

  it("leaves an assessment that starts before its referral out of the duration, counted as excluded, and counts it elsewhere", () => {
    // the case: a start of 2004-03-03 (inside the calendar) in a 2024 episode
    const typo2004 = child("t", {
      cinEpisodes: [episode("e", "2024-05-01", { assessments: [{ id: "a", startDate: "2004-03-03", authorisationDate: "2024-06-10", factors: ["21"] }] })],
    });
    const withTypo = computeCoreDataSet([fine, typo2004], year).metrics;
    const without = computeCoreDataSet([fine], year).metrics;
    const d = withTypo["timeliness.assessment-duration"];
    expect(d?.excluded).toEqual([{ count: 1, reason: RULE_1103 }]);
    expect(d?.notes).toContain(`1 assessments excluded: ${RULE_1103}.`);
    // the durations are those without it: not moved into "61 working days or more"
    expect(d?.denominator).toBe(1);
    expect(d?.value).toBe(without["timeliness.assessment-duration"]?.value);
    expect(d?.breakdown?.["bands"]?.breakdown?.["61+"]?.numerator).toBe(0);
    expect(d?.breakdown?.["within-45"]).toEqual(without["timeliness.assessment-duration"]?.breakdown?.["within-45"]);
    // the record is kept: the assessment is counted, and its decision is timed from the referral
    expect(withTypo["activity.assessments"]?.value).toBe(2);
    expect(withTypo["timeliness.referral-to-decision"]?.denominator).toBe(2);
    // a start on the referral date is fine
    const sameDay = child("s", { cinEpisodes: [episode("e", "2024-06-03", { assessments: [{ id: "a", startDate: "2024-06-03", authorisationDate: "2024-06-12", factors: ["21"] }] })] });
    expect(computeCoreDataSet([sameDay], year).metrics["timeliness.assessment-duration"]).toMatchObject({ denominator: 1, value: 7 });
  });

  it("leaves a conference out of the section 47 timescale when the enquiry starts before the referral (rule 2889)", () => {
    const early = child("s", {
      cinEpisodes: [episode("e", "2024-06-03", { section47s: [{ id: "s", startDate: "2024-05-20", strategyDiscussionDate: "2024-06-03", icpcDate: "2024-06-12", icpcNotRequired: false }] })],
    });
    const m = computeCoreDataSet([early], year).metrics;
    const icpc = m["timeliness.icpc"];
    expect(icpc).toMatchObject({ denominator: 0, value: null });
    expect(icpc?.excluded).toEqual([{ count: 1, reason: "the section 47 enquiry starts before the referral date, which cannot be right (DfE CIN census validation rule 2889)" }]);
    // the strategy discussion does not need the enquiry's start: that timescale still counts it
    expect(icpc?.breakdown?.["from-strategy-discussion"]).toMatchObject({ denominator: 1, value: 7 });
    expect(m["activity.icpcs"]?.value).toBe(1);
    expect(m["activity.s47-enquiries"]?.value).toBe(1);
  });

  it("leaves a plan that starts before its referral out of the durations of plans ending (rules 4015 and 1105), and counts it elsewhere", () => {
    const plans = child("p", {
      cinEpisodes: [
        episode("e", "2024-05-01", {
          cinPlans: [{ id: "c", startDate: "2024-04-10", endDate: "2024-12-01" }],
          cpPlans: [cpPlan("x", "2024-04-15", "2025-01-10"), cpPlan("y", "2024-04-20")],
        }),
      ],
    });
    const m = computeCoreDataSet([plans], year).metrics;
    const duration = m["plans.duration"];
    const cp1105 = "the child protection plan starts before the referral date, which cannot be right (DfE CIN census validation rule 1105)";
    expect(duration?.breakdown?.["cp"]).toMatchObject({ value: 0, excluded: [{ count: 1, reason: cp1105 }] });
    expect(duration?.breakdown?.["cp"]?.breakdown?.["bands"]?.denominator).toBe(0);
    expect(duration).toMatchObject({ value: null, denominator: 0, excluded: [{ count: 1, reason: cp1105 }] });
    expect(duration?.breakdown?.["cin"]).toMatchObject({
      value: 0,
      excluded: [{ count: 1, reason: "the child in need plan starts before the referral date, which cannot be right (DfE CIN census validation rule 4015)" }],
    });
    // kept elsewhere: the open plan at the snapshot, and the children starting a plan
    expect(m["plans.open"]?.breakdown?.["cp"]?.value).toBe(1);
    expect(m["plans.repeat"]?.breakdown?.["cp"]?.value).toBe(1);
  });

  it("law: every assessment authorised in the period is timed or counted as excluded", () => {
    fc.assert(
      fc.property(fc.array(arbChildRecord(), { maxLength: 30 }), (records) => {
        const m = computeCoreDataSet(records, { period: { year: 2024 } }).metrics;
        const d = m["timeliness.assessment-duration"];
        const left = (d?.excluded ?? []).reduce((s, e) => s + e.count, 0);
        expect((d?.denominator ?? 0) + left).toBe(m["activity.assessments"]?.value);
      }),
      { numRuns: 100 },
    );
  });
});
