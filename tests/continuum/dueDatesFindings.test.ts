import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar } from "../../src/calendar";
import { isoDate } from "../../src/core";
import { dueDates, type DueDatesResult } from "../../src/continuum";
import { formatFinding } from "../../src/findings";
import { apply, empty, ev, S, type Step } from "./fixtures";

const d = isoDate;

function timeline(steps: readonly (readonly [string, Step])[]) {
  return apply(
    empty(),
    steps.map(([date, step], i) => ev({ id: `e${String(i + 1)}`, ...step, date })),
  );
}

/** Kind, due date and status of each deadline: what a deadline is, without the ids. */
const summary = (r: DueDatesResult) => r.deadlines.map((x) => [x.kind, x.clockStart, x.due, x.status]);

describe("dueDates: a date outside the calendar is a finding, not an exception", () => {
  // An authority's own calendar that starts in 2010, and a child referred in 2009.
  const calendar2010 = createWorkingDayCalendar({ from: d("2010-01-01"), to: d("2030-12-31") });
  const later: (readonly [string, Step])[] = [
    ["2025-03-03", S.referral],
    ["2025-03-04", S.decideAssessment],
  ];
  const withOld = timeline([["2009-11-02", S.referral], ["2009-11-02", S.decideNfa], ["2009-11-02", S.closeRc7], ...later]);

  it("keeps every other deadline of the timeline when one referral is from 2009", () => {
    // Before: KinsafeError "2009-11-02 is outside the working-day calendar" for the whole timeline.
    // #region outside-calendar
    const result = dueDates(withOld, { calendar: calendar2010, asOf: isoDate("2025-03-10") });
    // result.findings: [{ code: "continuum/date-outside-calendar", severity: "warning",
    //   path: ["events", 0, "date"], params: { kind: "referral-decision", date: "2009-11-02", … } }]
    // result.deadlines: the 2025 referral's decision and assessment, as without the 2009 referral
    // #endregion outside-calendar
    expect(result.findings).toEqual([
      {
        code: "continuum/date-outside-calendar",
        severity: "warning",
        path: ["events", 0, "date"],
        params: { kind: "referral-decision", eventId: "e1", date: "2009-11-02", from: "2010-01-01", to: "2030-12-31" },
      },
    ]);
    const alone = dueDates(timeline(later), { calendar: calendar2010, asOf: d("2025-03-10") });
    expect(alone.findings).toEqual([]);
    expect(summary(result)).toEqual(summary(alone));
    expect(summary(result)).toEqual([
      ["referral-decision", "2025-03-03", "2025-03-04", "met"],
      ["assessment", "2025-03-03", "2025-05-08", "pending"],
    ]);
    expect(formatFinding(result.findings[0]!)).toContain("2009-11-02");
  });

  it("works the 2009 deadline out with the default calendar (1970–2099)", () => {
    const result = dueDates(withOld, { calendar: createWorkingDayCalendar(), asOf: d("2025-03-10") });
    expect(result.findings).toEqual([]);
    expect(summary(result)[0]).toEqual(["referral-decision", "2009-11-02", "2009-11-03", "met"]);
  });

  it("reports a due date beyond the end of the calendar, and keeps the deadlines inside it", () => {
    const t = timeline([["2099-12-30", S.referral], ["2099-12-30", S.decideAssessment]]);
    const result = dueDates(t, { calendar: createWorkingDayCalendar(), asOf: d("2099-12-31") });
    // The decision is due the next working day, 31 December 2099; 45 working days run past the calendar.
    expect(summary(result)).toEqual([["referral-decision", "2099-12-30", "2099-12-31", "met"]]);
    expect(result.findings.map((f) => [f.code, f.severity, f.params?.["kind"]])).toEqual([
      ["continuum/due-date-on-computed-holidays", "info", "referral-decision"],
      ["continuum/date-outside-calendar", "warning", "assessment"],
    ]);
    expect(result.findings[1]?.params).toMatchObject({ date: "2099-12-30", workingDays: 45, to: "2099-12-31" });
  });

  it("stops only the chain that leaves the calendar", () => {
    // The assessment (45 working days from 1 November 2030) and the first looked-after review
    // (20 working days from 2 December 2030) run past a calendar ending 2030-12-31; the decision
    // and the visit within a week of the placement do not.
    const t = timeline([["2030-11-01", S.referral], ["2030-11-01", S.decideAssessment], ["2030-12-02", S.laStart]]);
    const result = dueDates(t, { calendar: calendar2010, asOf: d("2030-12-03") });
    const outside = result.findings.filter((f) => f.code === "continuum/date-outside-calendar");
    expect(outside.map((f) => [f.params?.["kind"], f.path])).toEqual([
      ["assessment", ["events", 0, "date"]],
      ["looked-after-review", ["events", 2, "date"]],
    ]);
    expect(summary(result)).toEqual([
      ["referral-decision", "2030-11-01", "2030-11-04", "met"],
      ["visit", "2030-12-02", "2030-12-09", "pending"],
    ]);
  });
});

describe("dueDates: due dates in computed bank-holiday years carry a note", () => {
  it("notes a working-day due date after the last announced year", () => {
    // #region computed-years
    const t = timeline([["2027-12-20", S.referral], ["2027-12-20", S.decideAssessment]]);
    const { deadlines, findings } = dueDates(t, { calendar: createWorkingDayCalendar(), asOf: isoDate("2027-12-21") });
    // deadlines: the decision due 2027-12-21 (announced), the assessment due 2028-02-24 (computed)
    // findings: [{ code: "continuum/due-date-on-computed-holidays", severity: "info", … due: "2028-02-24" }]
    // #endregion computed-years
    // 20 Dec 2027 + 45 working days: 21–24 Dec (4), 27–28 Dec substitute days, 29–31 Dec (7),
    // 3 Jan 2028 substitute for New Year's Day, 4 Jan–23 Feb (37, 44), 24 Feb (45).
    expect(deadlines.map((x) => [x.kind, x.due])).toEqual([
      ["referral-decision", "2027-12-21"],
      ["assessment", "2028-02-24"],
    ]);
    expect(findings).toEqual([
      {
        code: "continuum/due-date-on-computed-holidays",
        severity: "info",
        path: ["events", 0, "date"],
        params: { kind: "assessment", eventId: "e1", date: "2027-12-20", due: "2028-02-24", computedFrom: "2028-01-01" },
      },
    ]);
  });

  it("says nothing for timescales in weeks or months, or a calendar with no computed years", () => {
    const t = timeline([["2027-12-20", S.referral], ["2027-12-20", S.decideAssessment], ["2027-12-22", S.laStart]]);
    const findings = dueDates(t, { calendar: createWorkingDayCalendar(), asOf: d("2027-12-23") }).findings;
    // The first review (20 working days) reaches 2028; the visit (one week) does not count working days.
    expect(findings.map((f) => f.params?.["kind"])).toEqual(["assessment", "looked-after-review"]);
    const own = createWorkingDayCalendar({ from: d("2027-01-01"), to: d("2028-12-31"), holidays: [] });
    expect(dueDates(t, { calendar: own, asOf: d("2027-12-23") }).findings).toEqual([]);
  });
});
