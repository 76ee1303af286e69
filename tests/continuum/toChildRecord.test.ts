import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar } from "../../src/calendar";
import { isoDate, type Finding } from "../../src/core";
import { toChildRecord } from "../../src/continuum";
import { parseChildRecord } from "../../src/records";
import { AT, apply, build, ev, S } from "./fixtures";

describe("toChildRecord", () => {
  it("shows the documented example", () => {
    const timeline = build([...AT.cp, S.rcpc, S.cpEndToCin, S.cinStart, S.visit]);
    // #region docs-example
    const record = toChildRecord(timeline, { calendar: createWorkingDayCalendar() });
    // record.cinEpisodes[0]: referralSource "2A", section47s[0].icpcTargetDate "2025-03-26",
    // cpPlans[0]: { startDate: "2025-03-09", initialCategory: "NEG", reviewDates: ["2025-03-10"], … }
    // #endregion docs-example
    expect(parseChildRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    const [episode] = record.cinEpisodes;
    expect(episode).toMatchObject({ id: "e1", referralDate: "2025-03-03", referralSource: "2A", primaryNeed: "N1", referralNfa: false });
    expect(episode?.section47s).toEqual([{ id: "s47", startDate: "2025-03-05", strategyDiscussionDate: "2025-03-05", icpcTargetDate: "2025-03-26", icpcDate: "2025-03-08", icpcNotRequired: false }]);
    expect(episode?.cpPlans).toEqual([
      { id: "cpp", startDate: "2025-03-09", endDate: "2025-03-11", initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousCpp: 0, reviewDates: ["2025-03-10"] },
    ]);
    expect(episode?.cinPlans).toEqual([{ id: "e10", startDate: "2025-03-12" }]);
    expect(record.visits).toEqual([{ id: "e11", date: "2025-03-13", planTypes: ["cin"], seenAlone: true }]);
    expect(record.child.childId).toBe("p-amy");
  });

  it("writes looked-after episodes in SSDA903 shape, proceedings and assessments", () => {
    const t = apply(build([...AT.assessed]), [
      ev({ ...S.cinStart, id: "cin", date: "2025-03-10" }),
      ev({ ...S.preStart, id: "pre", date: "2025-03-11" }),
      ev({ ...S.cinEnd, id: "cinEnd", date: "2025-03-20", next: "looked-after" }),
      ev({ ...S.laStart, id: "la", date: "2025-03-20" }),
      ev({ ...S.issued, id: "iss", date: "2025-03-21" }),
      ev({ type: "looked-after-change", id: "lc", date: "2025-03-28", reason: "L", legalStatus: "C1" }),
      ev({ ...S.laChange, id: "pc", date: "2025-04-10" }),
      ev({ ...S.laReview, id: "lr", date: "2025-04-11" }),
      ev({ ...S.extended, id: "ext", date: "2025-09-01" }),
      ev({ ...S.finalOrder, id: "fo", date: "2025-10-01" }),
    ]);
    const record = toChildRecord(t);
    expect(record.cinEpisodes[0]?.assessments).toEqual([{ id: "e3", startDate: "2025-03-05", authorisationDate: "2025-03-06", factors: ["3B", "4B"] }]);
    expect(record.lookedAfterEpisodes).toEqual([
      { id: "la", startDate: "2025-03-20", reasonForNewEpisode: "S", legalStatus: "V2", categoryOfNeed: "N1", placementType: "U4", placementProvider: "PR1", endDate: "2025-03-28", reasonEpisodeCeased: "X1" },
      { id: "lc", startDate: "2025-03-28", reasonForNewEpisode: "L", legalStatus: "C1", categoryOfNeed: "N1", placementType: "U4", placementProvider: "PR1", endDate: "2025-04-10", reasonEpisodeCeased: "X1", reasonForPlacementChange: "CARPL" },
      { id: "pc", startDate: "2025-04-10", reasonForNewEpisode: "P", legalStatus: "C1", categoryOfNeed: "N1", placementType: "U1", placementProvider: "PR1" },
    ]);
    expect(record.lookedAfterReviews).toEqual([{ id: "lr", date: "2025-04-11", participation: "PN1" }]);
    expect(record.careProceedings).toEqual([
      { id: "iss", preProceedingsStart: "2025-03-11", issueDate: "2025-03-21", timetableExtensions: [{ date: "2025-09-01", weeks: 8 }], finalOrderDate: "2025-10-01", finalOrder: "care-order" },
    ]);
  });

  it("records NFA, closure, early help, transfer-in conferences and previous plans", () => {
    const closed = toChildRecord(build([S.ehStart, S.referral, S.decideNfa, S.closeRc7, S.ehEnd]));
    expect(closed.cinEpisodes[0]).toMatchObject({ referralNfa: true, closureDate: "2025-03-06", closureReason: "RC7" });
    expect(closed.earlyHelpEpisodes).toEqual([{ id: "e1", startDate: "2025-03-03", endDate: "2025-03-07", outcome: "needs-met" }]);
    const transfer = toChildRecord(
      build([S.transferIn, { id: "tic", type: "initial-conference", kind: "transfer-in", decision: "child-protection-plan", category: "PHY", meeting: S.rcpc.meeting }, { ...S.cpStart, conferenceId: "tic", category: "PHY", previousPlansElsewhere: 1 }]),
    );
    expect(transfer.cinEpisodes[0]).toMatchObject({ referralSource: "5C", episodeIcpcDate: "2025-03-04" });
    expect(transfer.cinEpisodes[0]?.cpPlans[0]).toMatchObject({ numberOfPreviousCpp: 1, initialCategory: "PHY" });
  });

  it("leaves out an initial conference target outside the calendar with a finding, and keeps the rest of the record", () => {
    const timeline = build([...AT.cp, S.rcpc, S.cpEndToCin, S.cinStart, S.visit]);
    const whole = toChildRecord(timeline, { calendar: createWorkingDayCalendar() });
    const withoutTarget = (r: typeof whole): unknown => ({ ...r, cinEpisodes: r.cinEpisodes.map((e) => ({ ...e, section47s: e.section47s.map(({ icpcTargetDate: _, ...x }) => x) })) });
    // England: the clock starts at the strategy discussion (Working Together 2023)
    const index = timeline.events.findIndex((e) => e.id === "sd");
    // the clock start (2025-03-05) before the calendar
    const before: Finding[] = [];
    const late = toChildRecord(timeline, { calendar: createWorkingDayCalendar({ from: isoDate("2025-03-10"), to: isoDate("2025-12-31") }), onFinding: (f) => before.push(f) });
    expect(late.cinEpisodes[0]?.section47s[0]).not.toHaveProperty("icpcTargetDate");
    expect(withoutTarget(late)).toEqual(withoutTarget(whole));
    expect(before).toEqual([
      { code: "continuum/date-outside-calendar", severity: "warning", path: ["events", index, "date"], params: { kind: "initial-conference", eventId: "sd", date: "2025-03-05", from: "2025-03-10", to: "2025-12-31" } },
    ]);
    // the target (2025-03-26) after the calendar's end
    const after: Finding[] = [];
    const short = toChildRecord(timeline, { calendar: createWorkingDayCalendar({ from: isoDate("2025-01-01"), to: isoDate("2025-03-20") }), onFinding: (f) => after.push(f) });
    expect(withoutTarget(short)).toEqual(withoutTarget(whole));
    expect(after.map((f) => [f.code, f.params?.["workingDays"]])).toEqual([["continuum/date-outside-calendar", 15]]);
    // without onFinding it does not throw either
    expect(() => toChildRecord(timeline, { calendar: createWorkingDayCalendar({ from: isoDate("2025-01-01"), to: isoDate("2025-03-20") }) })).not.toThrow();
  });
});
