// The continuum's entry points take plain JSON and check it completely, before any practice
// rule: every problem in one KinsafeError, each with its path in the timeline.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createWorkingDayCalendar } from "../../src/calendar";
import { applyServiceEvent, createServiceTimeline, dueDates, parseServiceTimeline } from "../../src/continuum";
import { AT, build, S } from "./fixtures";
import { caught } from "../bottom-lines/fixtures";


describe("createServiceTimeline", () => {
  it("takes plain string ids and returns a parsed timeline", () => {
    // #region plain-json
    const timeline = createServiceTimeline("t-amy", { childId: "p-amy", sex: "F", dob: "2017-06-01", disabilities: ["NONE"] });
    // timeline.child.childId is a PersonId; timeline.events is []
    // #endregion plain-json
    expect(timeline).toEqual({ id: "t-amy", child: { childId: "p-amy", sex: "F", dob: "2017-06-01", disabilities: ["NONE"] }, events: [] });
    expect(parseServiceTimeline(JSON.parse(JSON.stringify(timeline)))).toEqual(timeline);
  });

  it("refuses a child with an unknown code and an impossible date, each with its path in the timeline", () => {
    // Before: the child was stored as given.
    const error = caught(() => createServiceTimeline("t-amy", { childId: "p-amy", sex: "2", dob: "2016-02-30", disabilities: [] } as never));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([
      ["child", "sex"],
      ["child", "dob"],
    ]);
  });
});

describe("applyServiceEvent", () => {
  it("refuses an impossible date, an unknown code and an event the timeline does not have, in one error", () => {
    // Before: the event went in, and dueDates threw later.
    const timeline = build([S.referral, S.decideStrategy, S.strategy]);
    // #region one-error
    const error = caught(() =>
      applyServiceEvent(timeline, {
        id: "s47",
        type: "section-47-start",
        date: "2025-02-30",
        strategyDiscussionId: "sd-9",
        practice: { variant: "safty" },
      } as never),
    );
    // error.issues: ["events", 3, "date"], ["events", 3, "practice", "variant"],
    // ["events", 3, "strategyDiscussionId"] (reference/unknown-event)
    // #endregion one-error
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => [i.path, i.rule])).toEqual([
      [["events", 3, "date"], "invalid_format"],
      [["events", 3, "practice", "variant"], "invalid_value"],
      [["events", 3, "strategyDiscussionId"], "reference/unknown-event"],
    ]);
  });

  it("refuses an unknown agency and an impossible date at once, and never lets dueDates throw", () => {
    const timeline = build([]);
    const error = caught(() => applyServiceEvent(timeline, { id: "c1", type: "contact", date: "2025-02-30", referrer: { kind: "agency", agency: "schol" } } as never));
    expect(error.issues.map((i) => i.path)).toEqual([
      ["events", 0, "date"],
      ["events", 0, "referrer", "agency"],
    ]);
    expect(timeline.events).toEqual([]);
    expect(() => dueDates(timeline, { calendar: createWorkingDayCalendar(), asOf: "2025-03-01" as never })).not.toThrow();
  });

  it("lists a reused id with the other problems; alone it keeps the code duplicate-id", () => {
    const timeline = build([S.referral]);
    const alone = caught(() => applyServiceEvent(timeline, { id: "e1", type: "contact", date: "2025-03-04", referrer: { kind: "agency", agency: "police" } }));
    expect(alone.code).toBe("duplicate-id");
    expect(alone.issues).toMatchObject([{ path: ["events", 1, "id"], rule: "reference/duplicate-id" }]);
    const both = caught(() => applyServiceEvent(timeline, { id: "e1", type: "contact", date: "2025-03-32", referrer: { kind: "agency", agency: "police" } } as never));
    expect(both.code).toBe("invalid-input");
    expect(both.issues.map((i) => i.rule)).toEqual(["invalid_format", "reference/duplicate-id"]);
  });

  it("accepts the same event as plain JSON or parsed, and the timeline re-parses to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.constantFrom("police", "school", "health-visitor", "gp"), (offset, agency) => {
        const date = new Date(Date.UTC(2025, 2, 4) + offset * 86_400_000).toISOString().slice(0, 10);
        const r = applyServiceEvent(build([S.referral]), { id: "c2", type: "contact", date, referrer: { kind: "agency", agency } } as never);
        expect(r.ok).toBe(true);
        if (r.ok) expect(parseServiceTimeline(JSON.parse(JSON.stringify(r.value)))).toEqual(r.value);
      }),
      { numRuns: 50 },
    );
  });
});

describe("parseServiceTimeline", () => {
  it("refuses an event that names an event the timeline does not have", () => {
    const timeline = build([S.referral, S.decideStrategy, S.strategy, S.s47Start]);
    const stored = JSON.parse(JSON.stringify(timeline)) as { events: Record<string, unknown>[] };
    (stored.events[3] as Record<string, unknown>)["strategyDiscussionId"] = "sd-9";
    expect(caught(() => parseServiceTimeline(stored)).issues).toMatchObject([{ path: ["events", 3, "strategyDiscussionId"], rule: "reference/unknown-event" }]);
  });
});

describe("a null for an optional field of a service event", () => {
  it("says to omit the field, at its path in the timeline, as parseServiceEvent does", () => {
    const timeline = build(AT.decided);
    const error = caught(() => applyServiceEvent(timeline, { id: "e4", type: "assessment-start", date: "2025-02-03", note: null } as never));
    expect(error.issues).toEqual([expect.objectContaining({ path: ["events", timeline.events.length, "note"], rule: "null-for-optional", message: expect.stringContaining("omit the field instead of null") as unknown })]);
  });
});
