import { describe, expect, it } from "vitest";
import { parseServiceTimeline, safeParseServiceTimeline } from "../../src/continuum";
import { AT, build } from "./fixtures";

describe("parseServiceTimeline", () => {
  it("round-trips a timeline through JSON", () => {
    const timeline = build(AT.cp);
    // #region docs-example
    const stored = JSON.stringify(timeline);
    const back = parseServiceTimeline(JSON.parse(stored));
    // back deep-equals timeline
    // #endregion docs-example
    expect(back).toEqual(timeline);
  });

  it("reports every problem with its path", () => {
    const timeline = JSON.parse(JSON.stringify(build(AT.decided))) as { events: { id: string; date: string; type: string }[] };
    const first = timeline.events[0];
    const second = timeline.events[1];
    if (first === undefined || second === undefined) throw new Error("fixture");
    second.id = first.id;
    second.date = "2025-01-01";
    // #region safe-parse
    const result = safeParseServiceTimeline(timeline);
    // result.ok === false; result.error.issues: the duplicate id and the date out of order
    // #endregion safe-parse
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => i.path)).toEqual([["events", 1, "id"], ["events", 1, "date"]]);
    const badCode = safeParseServiceTimeline({ ...build(AT.decided), events: [{ id: "x", type: "closure", date: "2025-04-01", reason: "RC10" }] });
    expect(badCode.ok ? [] : badCode.error.issues.map((i) => i.path)).toEqual([["events", 0, "reason"]]);
  });
});
