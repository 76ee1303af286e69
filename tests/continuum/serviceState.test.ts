import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { serviceState } from "../../src/continuum";
import { AT, apply, build, ev, nextDay, S } from "./fixtures";

describe("serviceState", () => {
  it("shows the documented example", () => {
    const timeline = build([...AT.cp, S.laStart]);
    // #region docs-example
    const state = serviceState(timeline, isoDate("2025-03-11"));
    // state.level === "looked-after"; state.openLevels: ["looked-after", "child-protection", "referral"]
    // state.mapVariant === "success"
    // #endregion docs-example
    expect(state.level).toBe("looked-after");
    expect(state.openLevels).toEqual(["looked-after", "child-protection", "referral"]);
    expect(state.mapVariant).toBe("success");
    expect(state.openEpisodeId).toBe("e1");
  });

  it("follows precedence and overlays over time", () => {
    const t = build([...AT.pre, S.issued]);
    expect(serviceState(t, isoDate("2025-03-01")).level).toBe("universal");
    expect(serviceState(t, isoDate("2025-03-03")).level).toBe("referral");
    expect(serviceState(t, isoDate("2025-03-06")).overlays).toEqual(["section-47"]);
    expect(serviceState(t, isoDate("2025-03-09")).level).toBe("child-protection");
    expect(serviceState(t, isoDate("2025-03-11")).overlays).toEqual(["care-proceedings"]);
    expect(serviceState(build(AT.earlyHelp), isoDate("2025-03-03"))).toMatchObject({ level: "early-help", mapVariant: "wellbeing" });
  });

  it("records the assessment map and safety plan current at each transition across levels", () => {
    const t = build(AT.s47Done);
    const withMap = apply(t, [
      ev({ ...S.icpc, date: nextDay(t), practice: { assessmentMapId: "map-1", assessmentMapVersion: 2, variant: "safety" } }),
      ev({ ...S.cpStart, date: nextDay(t), practice: { assessmentMapId: "map-1", assessmentMapVersion: 2, safetyPlanId: "sp-1", variant: "safety" } }),
      ev({ ...S.cpEndToCin, id: "end", date: "2025-06-01" }),
      ev({ ...S.cinStart, id: "cin", date: "2025-06-01", practice: { assessmentMapId: "map-1", assessmentMapVersion: 3, safetyPlanId: "sp-2", variant: "safety" } }),
    ]);
    const state = serviceState(withMap, isoDate("2025-06-02"));
    expect(state.transitions.map((x) => [x.type, x.from, x.to, x.practice?.assessmentMapVersion, x.practice?.safetyPlanId])).toEqual([
      ["referral", "universal", "referral", undefined, undefined],
      ["initial-conference", "referral", "referral", 2, undefined],
      ["cp-plan-start", "referral", "child-protection", 2, "sp-1"],
      ["cp-plan-end", "child-protection", "referral", 2, "sp-1"],
      ["cin-plan-start", "referral", "child-in-need", 3, "sp-2"],
    ]);
    const cp = state.episodes.find((e) => e.kind === "child-protection-plan");
    expect(cp).toMatchObject({ open: false, start: "2025-03-08", end: "2025-06-01" });
    expect(cp?.transitions.map((x) => x.type)).toEqual(["initial-conference", "cp-plan-start", "cp-plan-end", "cin-plan-start"]);
    expect(state.episodes.map((e) => e.kind)).toEqual(["episode-of-need", "child-protection-plan", "child-in-need-plan"]);
  });

  it("uses the belonging variant for a looked-after child placed with relatives", () => {
    const t = build([...AT.cp, { ...S.laStart, placement: "U1" }]);
    expect(serviceState(t, isoDate("2025-03-31")).mapVariant).toBe("belonging");
  });
});
