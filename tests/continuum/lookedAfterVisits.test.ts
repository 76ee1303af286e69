// Looked-after visits: Care Planning, Placement and Case Review (England) Regulations 2010,
// reg 28(2) (https://www.legislation.gov.uk/uksi/2010/959/regulation/28): within one week of the
// start of any placement; at intervals of not more than six weeks for the first year of any
// placement; thereafter three months where the placement is intended to last until the child is
// 18, six weeks in any other case.
import { describe, expect, it } from "vitest";
import { createWorkingDayCalendar } from "../../src/calendar";
import { isoDate } from "../../src/core";
import { dueDates, LookedAfterStartEventSchema } from "../../src/continuum";
import { apply, empty, ev, S, type Step } from "./fixtures";

const calendar = createWorkingDayCalendar();
const d = isoDate;

function timeline(steps: readonly (readonly [string, Step])[]) {
  return apply(
    empty(),
    steps.map(([date, step], i) => ev({ id: `e${String(i + 1)}`, ...step, date })),
  );
}

/** Referred and decided on 2 January 2024; looked after from 8 January 2024 in the given placement. */
function placed(placement: Readonly<Record<string, unknown>>, rest: readonly (readonly [string, Step])[] = []) {
  return timeline([["2024-01-02", S.referral], ["2024-01-02", S.decideAssessment], ["2024-01-08", { ...S.laStart, ...placement }], ...rest]);
}

const visit = (date: string, id: string): readonly [string, Step] => [date, { ...S.visit, id }];
const shortTerm = { placement: "U6" }; // foster placement with another carer, not long term
const longTerm = { placement: "U4" }; // foster placement with another carer, long-term fostering

function visits(steps: ReturnType<typeof placed>, asOf: string) {
  return dueDates(steps, { calendar, asOf: d(asOf) })
    .deadlines.filter((x) => x.kind === "visit")
    .map((x) => [x.episodeId, x.sequence, x.clockStart, x.due, x.status]);
}

describe("looked-after visits (CPPCR 2010 reg 28(2))", () => {
  it("are due within one week of every placement, not only the first", () => {
    // Before: no deadline after the placement change; the chain ran on from the first visit.
    // #region placement-change
    const t = placed(shortTerm, [visit("2024-01-12", "v1"), ["2024-02-01", { ...S.laChange, id: "move", placement: "U3" }]]);
    dueDates(t, { calendar, asOf: isoDate("2024-02-10") }).deadlines.filter((x) => x.kind === "visit");
    // first placement (e3): due 2024-01-15, met by v1; its next visit lapsed with the placement
    // new placement (move): due 2024-02-08, one week after 1 February: overdue on 10 February
    // #endregion placement-change
    expect(visits(t, "2024-02-10")).toEqual([
      ["e3", 1, "2024-01-08", "2024-01-15", "met"],
      ["move", 1, "2024-02-01", "2024-02-08", "overdue"],
    ]);
  });

  it("counts the one week exactly: the seventh day after the placement is on time, the eighth is late", () => {
    const move = ["2024-02-01", { ...S.laChange, id: "move", placement: "U3" }] as const;
    const onTime = placed(shortTerm, [visit("2024-01-12", "v1"), move, visit("2024-02-08", "v2")]);
    const late = placed(shortTerm, [visit("2024-01-12", "v1"), move, visit("2024-02-09", "v2")]);
    expect(visits(onTime, "2024-02-10").at(1)).toEqual(["move", 1, "2024-02-01", "2024-02-08", "met"]);
    expect(visits(late, "2024-02-10").at(1)).toEqual(["move", 1, "2024-02-01", "2024-02-08", "missed"]);
    // A visit on the day of the move counts for the new placement.
    const sameDay = placed(shortTerm, [visit("2024-01-12", "v1"), move, visit("2024-02-01", "v2")]);
    expect(visits(sameDay, "2024-02-10").at(1)).toEqual(["move", 1, "2024-02-01", "2024-02-08", "met"]);
  });

  it("then every six weeks in the placement's first year: 42 days on time, 43 late", () => {
    const t = placed(longTerm, [visit("2024-01-15", "v1"), visit("2024-02-26", "v2"), visit("2024-04-09", "v3")]);
    expect(visits(t, "2024-04-10")).toEqual([
      ["e3", 1, "2024-01-08", "2024-01-15", "met"], // one week
      ["e3", 2, "2024-01-15", "2024-02-26", "met"], // six weeks: 42 days
      ["e3", 3, "2024-02-26", "2024-04-08", "missed"], // visited on day 43
      ["e3", 4, "2024-04-09", "2024-05-21", "pending"],
    ]);
  });

  it.each([
    // [placement, visit on, next due, why]
    [longTerm, "2025-01-07", "2025-02-18", "the last day of the first year: six weeks, even for a long-term placement"],
    [longTerm, "2025-01-08", "2025-04-08", "the first anniversary: three months for long-term fostering (U4)"],
    [{ placement: "U1" }, "2025-01-08", "2025-04-08", "long-term fostering with a relative or friend (U1)"],
    [shortTerm, "2025-01-08", "2025-02-19", "not intended to last until 18: six weeks after the first year too"],
    [{ placement: "K2" }, "2025-06-30", "2025-08-11", "a children's home: six weeks"],
    [{ placement: "U6", intendedUntil18: true }, "2025-01-08", "2025-04-08", "recorded as intended to last until 18"],
    [{ placement: "U4", intendedUntil18: false }, "2025-01-08", "2025-02-19", "long-term code, but recorded as not intended to last until 18"],
  ])("after the first year: %o visited on %s is next due %s (%s)", (placement: Readonly<Record<string, unknown>>, on: string, due: string, _why: string) => {
    const t = placed(placement, [visit("2024-01-12", "v1"), visit(on, "v2")]);
    expect(visits(t, on).at(-1)).toEqual(["e3", 3, on, due, "pending"]);
  });

  it("reads a long-term plan recorded on a legal-status change, from its date", () => {
    const t = placed(shortTerm, [visit("2024-01-12", "v1"), ["2024-06-03", { type: "looked-after-change", reason: "L", legalStatus: "C2", intendedUntil18: true }], visit("2025-01-08", "v2")]);
    expect(visits(t, "2025-01-08").at(-1)).toEqual(["e3", 3, "2025-01-08", "2025-04-08", "pending"]);
    // The legal-status change does not start a placement: no new one-week visit.
    expect(visits(t, "2025-01-08").map((x) => x[0])).toEqual(["e3", "e3", "e3"]);
  });

  it("starts a new first year with each placement", () => {
    // Long-term placement from 2024-01-08, moved on 2025-03-03 to another long-term placement.
    const t = placed(longTerm, [visit("2024-01-12", "v1"), visit("2025-02-20", "v2"), ["2025-03-03", { ...S.laChange, id: "move", placement: "U4" }], visit("2025-03-05", "v3")]);
    expect(visits(t, "2025-03-06").slice(-2)).toEqual([
      ["move", 1, "2025-03-03", "2025-03-10", "met"],
      ["move", 2, "2025-03-05", "2025-04-16", "pending"], // six weeks: the new placement's first year
    ]);
  });

  it("accepts intendedUntil18 on the placement events", () => {
    expect(LookedAfterStartEventSchema.safeParse({ id: "e", date: "2024-01-08", ...S.laStart, intendedUntil18: true }).success).toBe(true);
    expect(LookedAfterStartEventSchema.safeParse({ id: "e", date: "2024-01-08", ...S.laStart, intendedUntil18: "yes" }).success).toBe(false);
  });
});
