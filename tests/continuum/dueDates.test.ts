import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar, workingDaysBetween } from "../../src/calendar";
import { isoDate, type IsoDate } from "../../src/core";
import { DEFAULT_CONTINUUM_POLICY, dueDates, type ContinuumPolicy, type DueDate, type DueDateKind, type DueDatesResult } from "../../src/continuum";
import { apply, empty, ev, meeting, S, type Step } from "./fixtures";

const calendar = createWorkingDayCalendar();
const d = (s: string): IsoDate => isoDate(s);

/** Builds a timeline from [date, step] pairs (ids e1, e2, … unless the step has one). */
function timeline(steps: readonly (readonly [string, Step])[]) {
  return apply(
    empty(),
    steps.map(([date, step], i) => ev({ id: `e${String(i + 1)}`, ...step, date })),
  );
}

function only(result: DueDatesResult, kind: DueDateKind): DueDate[] {
  return result.deadlines.filter((x) => x.kind === kind);
}

describe("dueDates", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const calendar = createWorkingDayCalendar(); // England and Wales bank holidays
    const t = timeline([
      ["2025-04-17", S.referral], // the Thursday before Good Friday
      ["2025-04-23", S.decideAssessment],
    ]);
    const { deadlines, findings } = dueDates(t, { calendar, asOf: isoDate("2025-04-23") });
    const [decision, assessment] = deadlines; // findings: [] (every date inside the calendar, in announced years)
    // decision:   { kind: "referral-decision", due: "2025-04-22", status: "missed", … }  (Good Friday and Easter Monday skipped)
    // assessment: { kind: "assessment", due: "2025-06-25", status: "pending", … }
    // #endregion docs-example
    expect(findings).toEqual([]);
    expect(decision).toMatchObject({ kind: "referral-decision", due: "2025-04-22", status: "missed", doneOn: "2025-04-23" });
    expect(decision?.source).toMatch(/Working Together to Safeguard Children 2023/);
    expect(assessment).toMatchObject({ kind: "assessment", due: "2025-06-25", status: "pending" });
    expect(workingDaysBetween(calendar, d("2025-04-17"), d("2025-06-25"))).toBe(45);
  });

  it("referral decision: 1 working day, met on the next working day", () => {
    const t = timeline([["2025-04-17", S.referral], ["2025-04-22", S.decideAssessment]]);
    expect(only(dueDates(t, { calendar, asOf: d("2025-05-01") }), "referral-decision")).toEqual([
      expect.objectContaining({ due: "2025-04-22", status: "met", doneById: "e2", clockStart: "2025-04-17", sequence: 1 }),
    ]);
    const undecided = timeline([["2025-04-17", S.referral]]);
    expect(only(dueDates(undecided, { calendar, asOf: d("2025-04-22") }), "referral-decision")[0]?.status).toBe("pending");
    expect(only(dueDates(undecided, { calendar, asOf: d("2025-04-23") }), "referral-decision")[0]?.status).toBe("overdue");
  });

  it("assessment: 45 working days from the referral, across Easter and the May bank holidays", () => {
    const t = timeline([["2025-03-03", S.referral], ["2025-03-04", S.decideAssessment], ["2025-03-05", S.assessmentStart], ["2025-05-09", S.assessmentComplete]]);
    const [a] = only(dueDates(t, { calendar, asOf: d("2025-06-01") }), "assessment");
    expect(a).toMatchObject({ due: "2025-05-08", status: "missed", doneOn: "2025-05-09", clockStart: "2025-03-03" });
    const onTime = timeline([["2025-03-03", S.referral], ["2025-03-04", S.decideAssessment], ["2025-03-05", S.assessmentStart], ["2025-05-08", S.assessmentComplete]]);
    expect(only(dueDates(onTime, { calendar, asOf: d("2025-06-01") }), "assessment")[0]?.status).toBe("met");
    // No assessment is due after a no-further-action decision.
    const nfa = timeline([["2025-03-03", S.referral], ["2025-03-03", S.decideNfa]]);
    expect(only(dueDates(nfa, { calendar, asOf: d("2025-06-01") }), "assessment")).toEqual([]);
  });

  it("initial conference: 15 working days from the strategy discussion, across Christmas and New Year", () => {
    const t = timeline([["2025-12-18", S.referral], ["2025-12-18", S.decideStrategy], ["2025-12-19", S.strategy], ["2025-12-22", S.s47Start], ["2026-01-08", S.s47Outcome]]);
    const [icpc] = only(dueDates(t, { calendar, asOf: d("2026-01-14") }), "initial-conference");
    expect(icpc).toMatchObject({ due: "2026-01-14", status: "pending", clockStart: "2025-12-19", clockStartId: "sd" });
    expect(only(dueDates(t, { calendar, asOf: d("2026-01-15") }), "initial-conference")[0]?.status).toBe("overdue");
    const held = apply(t, [ev({ ...S.icpc, date: "2026-01-14" })]);
    expect(only(dueDates(held, { calendar, asOf: d("2026-01-15") }), "initial-conference")[0]).toMatchObject({ status: "met", doneById: "icpc" });
    // The CIN census measure counts from the section 47 start instead.
    const policy: ContinuumPolicy = { ...DEFAULT_CONTINUUM_POLICY, timescales: { ...DEFAULT_CONTINUUM_POLICY.timescales, initialConference: { ...DEFAULT_CONTINUUM_POLICY.timescales.initialConference, clockStart: "section-47-start" } } };
    expect(only(dueDates(t, { calendar, policy, asOf: d("2026-01-14") }), "initial-conference")[0]).toMatchObject({ due: "2026-01-15", clockStart: "2025-12-22" });
    // None when the enquiry concluded no conference was needed.
    const notRequired = timeline([["2025-12-18", S.referral], ["2025-12-18", S.decideStrategy], ["2025-12-19", S.strategy], ["2025-12-22", S.s47Start], ["2026-01-08", S.s47NoIcpc]]);
    expect(only(dueDates(notRequired, { calendar, asOf: d("2026-02-01") }), "initial-conference")).toEqual([]);
  });

  const cpJourney: (readonly [string, Step])[] = [
    ["2025-10-01", S.referral],
    ["2025-10-01", S.decideStrategy],
    ["2025-10-02", S.strategy],
    ["2025-10-02", S.s47Start],
    ["2025-11-20", S.s47Outcome],
    ["2025-11-28", S.icpc],
    ["2025-11-28", S.cpStart],
  ];

  it("review conferences: 3 months after the ICPC, then every 6 months from the last review", () => {
    const t = timeline(cpJourney);
    expect(only(dueDates(t, { calendar, asOf: d("2026-02-28") }), "review-conference")).toEqual([
      expect.objectContaining({ due: "2026-02-28", status: "pending", sequence: 1, clockStartId: "icpc" }),
    ]);
    const reviewed = apply(t, [ev({ ...S.rcpc, id: "r1", date: "2026-03-02" }), ev({ ...S.rcpc, id: "r2", date: "2026-08-20" })]);
    expect(only(dueDates(reviewed, { calendar, asOf: d("2026-12-01") }), "review-conference")).toEqual([
      expect.objectContaining({ due: "2026-02-28", status: "missed", doneById: "r1", sequence: 1 }),
      expect.objectContaining({ due: "2026-09-02", status: "met", doneById: "r2", sequence: 2, clockStart: "2026-03-02" }),
      expect.objectContaining({ due: "2027-02-20", status: "pending", sequence: 3 }),
    ]);
    // A plan that ends after a due date without a review: missed. Before it: not listed.
    const ended = apply(t, [ev({ ...S.cpEndToCin, id: "end", date: "2026-03-10" })]);
    expect(only(dueDates(ended, { calendar, asOf: d("2026-04-01") }), "review-conference")).toEqual([expect.objectContaining({ status: "missed", due: "2026-02-28" })]);
    const endedEarly = apply(t, [ev({ ...S.cpEndToCin, id: "end", date: "2026-01-10" })]);
    expect(only(dueDates(endedEarly, { calendar, asOf: d("2026-04-01") }), "review-conference")).toEqual([]);
  });

  it("first core group: 10 working days after the ICPC; a network meeting counts when the policy says so", () => {
    const t = apply(timeline(cpJourney), [ev({ ...S.network, id: "nm", date: "2025-12-05" })]);
    expect(only(dueDates(t, { calendar, asOf: d("2025-12-20") }), "first-core-group")[0]).toMatchObject({ due: "2025-12-12", status: "overdue" });
    const policy: ContinuumPolicy = { ...DEFAULT_CONTINUUM_POLICY, networkMeetingCountsAsCoreGroup: true };
    expect(only(dueDates(t, { calendar, policy, asOf: d("2025-12-20") }), "first-core-group")[0]).toMatchObject({ status: "met", doneById: "nm" });
    const { firstCoreGroup: _omit, ...withoutCoreGroup } = DEFAULT_CONTINUUM_POLICY.timescales;
    expect(only(dueDates(t, { calendar, policy: { ...DEFAULT_CONTINUUM_POLICY, timescales: withoutCoreGroup }, asOf: d("2025-12-20") }), "first-core-group")).toEqual([]);
  });

  it("looked-after reviews: 20 working days (across Easter and early May), then 3 months, then 6 months", () => {
    const steps: (readonly [string, Step])[] = [["2025-04-01", S.referral], ["2025-04-01", S.decideAssessment], ["2025-04-14", S.laStart]];
    const t = timeline(steps);
    expect(only(dueDates(t, { calendar, asOf: d("2025-05-01") }), "looked-after-review")).toEqual([expect.objectContaining({ due: "2025-05-15", status: "pending", sequence: 1 })]);
    const reviewed = apply(t, [
      ev({ ...S.laReview, id: "lr1", date: "2025-05-15" }),
      ev({ ...S.laReview, id: "lr2", date: "2025-08-15" }),
      ev({ ...S.laReview, id: "lr3", date: "2026-02-20" }),
    ]);
    expect(only(dueDates(reviewed, { calendar, asOf: d("2026-03-01") }), "looked-after-review").map((x) => [x.due, x.status])).toEqual([
      ["2025-05-15", "met"],
      ["2025-08-15", "met"],
      ["2026-02-15", "missed"],
      ["2026-08-20", "pending"],
    ]);
  });

  it("care proceedings: 26 weeks beginning with the day of issue, plus each extension", () => {
    const steps: (readonly [string, Step])[] = [...cpJourney, ["2025-12-01", S.preStart], ["2026-01-06", S.issued]];
    const t = timeline(steps);
    const [p] = only(dueDates(t, { calendar, asOf: d("2026-03-01") }), "care-proceedings");
    expect(p).toMatchObject({ due: "2026-07-06", status: "pending", clockStart: "2026-01-06" });
    expect(p?.source).toMatch(/s32/);
    const extended = apply(t, [ev({ ...S.extended, id: "x1", date: "2026-06-30" }), ev({ ...S.finalOrder, id: "fo", date: "2026-08-28" })]);
    expect(only(dueDates(extended, { calendar, asOf: d("2026-09-01") }), "care-proceedings")[0]).toMatchObject({ due: "2026-08-31", status: "met", doneById: "fo" });
    expect(only(dueDates(t, { calendar, asOf: d("2026-07-07") }), "care-proceedings")[0]?.status).toBe("overdue");
  });

  it("police protection: 72 hours from the instant the child was taken", () => {
    const t = timeline([["2025-03-03", S.ppStart], ["2025-03-05", S.ppEnd]]);
    expect(only(dueDates(t, { calendar, asOf: d("2025-03-10") }), "police-protection")[0]).toMatchObject({ dueAt: "2025-03-06T22:00:00.000Z", due: "2025-03-06", status: "met" });
    const late = timeline([["2025-03-03", S.ppStart], ["2025-03-06", { type: "police-protection-end", at: "2025-03-06T23:00:00Z" }]]);
    expect(only(dueDates(late, { calendar, asOf: d("2025-03-10") }), "police-protection")[0]?.status).toBe("missed");
    const open = timeline([["2025-03-03", S.ppStart]]);
    expect(only(dueDates(open, { calendar, asOf: d("2025-03-07") }), "police-protection")[0]?.status).toBe("overdue");
  });

  it("emergency protection order: 8 days (from the first day of police protection when it follows it) plus one extension of up to 7", () => {
    const alone = timeline([["2025-03-03", S.epo]]);
    expect(only(dueDates(alone, { calendar, asOf: d("2025-03-05") }), "emergency-protection-order")[0]).toMatchObject({ due: "2025-03-11", status: "pending" });
    const afterPolice = timeline([
      ["2025-03-03", S.ppStart],
      ["2025-03-04", { type: "police-protection-end", at: "2025-03-04T12:00:00Z" }],
      ["2025-03-04", { type: "emergency-protection-order", policeProtectionId: "pp" }],
    ]);
    expect(only(dueDates(afterPolice, { calendar, asOf: d("2025-03-05") }), "emergency-protection-order")[0]).toMatchObject({ due: "2025-03-10", clockStart: "2025-03-03" });
    const extended = apply(afterPolice, [ev({ ...S.epoExtended, id: "x", date: "2025-03-10" }), ev({ ...S.epoEnd, id: "end", date: "2025-03-18" })]);
    expect(only(dueDates(extended, { calendar, asOf: d("2025-03-20") }), "emergency-protection-order")[0]).toMatchObject({ due: "2025-03-17", status: "missed", doneOn: "2025-03-18" });
  });

  it("visits: every 10 working days under a CP plan, from the plan start and then from each visit", () => {
    const t = apply(timeline(cpJourney), [
      ev({ ...S.visit, id: "v1", date: "2025-12-05" }),
      ev({ ...S.visit, id: "v2", date: "2026-01-02" }),
    ]);
    // 2025-11-28 + 10 WD = 2025-12-12; 2025-12-05 + 10 WD skips Christmas Day and Boxing Day = 2025-12-19.
    expect(only(dueDates(t, { calendar, asOf: d("2026-01-10") }), "visit").map((x) => [x.due, x.status, x.planType])).toEqual([
      ["2025-12-12", "met", "cp"],
      ["2025-12-19", "missed", "cp"],
      ["2026-01-16", "pending", "cp"],
    ]);
  });

  it("visits: a looked-after child within a week of the placement, then every 6 weeks, then every 3 months after the first year", () => {
    const t = apply(timeline([["2024-01-02", S.referral], ["2024-01-02", S.decideAssessment], ["2024-01-08", S.laStart]]), [
      ev({ ...S.visit, id: "v1", date: "2024-01-12" }),
      ev({ ...S.visit, id: "v2", date: "2024-02-20" }),
      ev({ ...S.visit, id: "v3", date: "2025-01-10" }),
    ]);
    expect(only(dueDates(t, { calendar, asOf: d("2025-02-01") }), "visit").map((x) => [x.due, x.status])).toEqual([
      ["2024-01-15", "met"],
      ["2024-02-23", "met"],
      ["2024-04-02", "missed"],
      ["2025-04-10", "pending"],
    ]);
  });

  it("ignores events after asOf and lists deadlines in order of due date", () => {
    const t = timeline([["2025-03-03", S.referral], ["2025-03-04", S.decideAssessment], ["2025-03-05", S.assessmentStart], ["2025-03-20", S.assessmentComplete]]);
    const asOfEarly = dueDates(t, { calendar, asOf: d("2025-03-03") }).deadlines;
    expect(asOfEarly.map((x) => [x.kind, x.status])).toEqual([["referral-decision", "pending"]]);
    const all = dueDates(t, { calendar, asOf: d("2025-04-01") }).deadlines;
    expect(all.map((x) => x.due)).toEqual([...all.map((x) => x.due)].sort());
    expect(meeting.attendees).toEqual([]);
  });
});
