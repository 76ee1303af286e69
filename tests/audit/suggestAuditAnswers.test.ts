/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- variants edit the case file as free JSON (`Json`), including into invalid shapes that the schema then checks. */
import { describe, expect, it } from "vitest";
import { MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL, suggestAuditAnswers, type AuditAnswerValue } from "../../src/audit";
import { asOf, caseWith, deepFreeze, goodCase, type Json } from "./fixtures";

const newStep = { id: "n-2", text: "Lee goes to the alcohol service", status: "planned", goalIds: ["g-drink"] };

const valueOf = (id: string, change: (i: Json) => void): AuditAnswerValue | undefined => {
  const tool = id.startsWith("map-") ? MAPPING_AUDIT_TOOL : SAFETY_PLANNING_AUDIT_TOOL;
  return suggestAuditAnswers(tool, caseWith(change), { asOf }).suggestions.find((s) => s.criterionId === id)?.value;
};

// For each built-in criterion: a change to the good case file that breaks it, and the answer
// suggested then (the good case file gets 10 or yes on every criterion).
const broken: readonly { id: string; how: string; change: (i: Json) => void; expected: AuditAnswerValue }[] = [
  { id: "map-1", how: "only the worker is recorded as taking part", change: (i) => { i.maps[0].participants = [{ personId: "sw-sarah", role: "worker" }]; }, expected: "partly" },
  { id: "map-1", how: "there is no map", change: (i) => { i.maps = []; i.plans = []; i.network.informing = []; i.monitoring = []; }, expected: "no" },
  { id: "map-2", how: "a harm statement without its impact on the child", change: (i) => { delete i.maps[0].harm[0].impact; }, expected: 8 },
  { id: "map-2", how: "no harm statement (harm not substantiated)", change: (i) => { i.maps[0].harm = []; }, expected: "not-applicable" },
  { id: "map-3", how: "a danger statement that does not say who is worried", change: (i) => { i.maps[0].dangers[1].worriedParties = []; }, expected: 8 },
  { id: "map-4", how: "an injury recorded as a complicating factor", change: (i) => { i.maps[0].complicatingFactors.push({ id: "c-2", text: "Lee punched Kerry and she was bruised", personIds: ["lee"] }); }, expected: "partly" },
  { id: "map-5", how: "existing safety seen for ten days only", change: (i) => { i.maps[0].existingSafety[0].demonstratedSince = "2025-03-10"; }, expected: 9 },
  { id: "map-6", how: "a safety goal without a duration", change: (i) => { delete i.maps[0].goals[0].sustainFor; }, expected: 9 },
  { id: "map-7", how: "a scale without anchors", change: (i) => { delete i.maps[0].scales[1].anchors; }, expected: 8 },
  { id: "map-8", how: "the map does not draw on Ben's voice", change: (i) => { i.maps[0].childVoiceIds = ["wp-why"]; }, expected: 9 },
  { id: "map-9", how: "a next step without an owner or a date", change: (i) => { i.maps[0].nextSteps.push(newStep); }, expected: 8 },
  { id: "map-10", how: "a grey area without what needs to be found out", change: (i) => { i.maps[0].greyAreas = [{ id: "ga-1", text: "Who Lee lives with now" }]; }, expected: "partly" },
  { id: "plan-1", how: "a bottom line without the day it was set", change: (i) => { delete i.bottomLines[0].setOn; }, expected: "partly" },
  { id: "plan-2", how: "a network found by professionals", change: (i) => { for (const m of i.network.members) m.foundBy = "professional"; }, expected: 7 },
  { id: "plan-3", how: "nobody in the network has been told", change: (i) => { i.network.informing = []; }, expected: 6 },
  { id: "plan-4", how: "no rule for the arguments", change: (i) => { i.plans[0].rules[1].dangerIds = ["d-drink"]; i.plans[0].rules[2].dangerIds = []; i.plans[0].rules[3].dangerIds = ["d-drink"]; }, expected: 6 },
  { id: "plan-5", how: "a rule without triggers", change: (i) => { i.plans[0].rules[2].triggers = []; }, expected: 9 },
  { id: "plan-6", how: "the children were not shown the plan story", change: (i) => { i.childVoice[1].sharedWith = []; }, expected: "no" },
  { id: "plan-7", how: "no monitoring recorded", change: (i) => { i.monitoring = []; }, expected: 0 },
  { id: "plan-8", how: "a review without scaling", change: (i) => { i.plans[0].reviews[0].judgements = []; }, expected: 8 },
  { id: "plan-9", how: "a safety goal without a duration", change: (i) => { delete i.maps[0].goals[1].sustainFor; }, expected: 9 },
  { id: "plan-10", how: "nobody will stay after closure", change: (i) => { for (const m of i.network.members) m.staysAfterClosure = "no"; }, expected: "partly" },
];

describe("suggestAuditAnswers", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const suggested = suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf });
    suggested.suggestions.map((s) => s.value); // ["yes", 10, 10, "yes", 10, 10, 10, 10, 10, "yes"]
    const vague = caseWith((json) => { json.maps[0].nextSteps.push({ id: "n-2", text: "Lee goes to the alcohol service", status: "planned", goalIds: ["g-drink"] }); });
    const steps = suggestAuditAnswers(MAPPING_AUDIT_TOOL, vague, { asOf }).suggestions[8];
    steps?.value; // 8: two warnings count against "next steps with owners and dates"
    steps?.findings.map((f) => f.finding.code); // ["assessment/next-step-without-owner", "assessment/next-step-without-due-date"]
    // #endregion docs-example
    expect(suggested.suggestions.map((s) => s.value)).toEqual(["yes", 10, 10, "yes", 10, 10, 10, 10, 10, "yes"]);
    expect(suggested).toMatchObject({ toolId: "mapping-audit", toolVersion: 1, caseFileId: "case-amy-ben", asOf });
    expect(steps).toMatchObject({ criterionId: "map-9", value: 8, basis: "shortfalls" });
    expect(steps?.findings.map((f) => [f.source, f.finding.code, f.finding.path[0]])).toEqual([
      ["assessment-map", "assessment/next-step-without-owner", "nextSteps"],
      ["assessment-map", "assessment/next-step-without-due-date", "nextSteps"],
    ]);
  });

  it("suggests 10 or yes for every built-in criterion on a case file that meets it", () => {
    for (const tool of [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL]) {
      const { suggestions } = suggestAuditAnswers(tool, goodCase, { asOf });
      expect(suggestions).toHaveLength(10);
      for (const s of suggestions) {
        expect(s.basis, s.criterionId).toBe("met");
        expect(s.findings).toEqual([]);
        expect(s.facts.every((f) => f.holds)).toBe(true);
      }
    }
  });

  it.each(broken.map((b) => [b.id, b.how, b] as const))("%s: suggests less on a case file where %s", (_id, _how, b) => {
    expect(valueOf(b.id, b.change)).toEqual(b.expected);
  });

  it("tests every built-in criterion with a case file that does not meet it", () => {
    const all = [MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL].flatMap((t) => t.sections.flatMap((s) => s.criteria.map((c) => c.id)));
    expect(new Set(broken.map((b) => b.id))).toEqual(new Set(all));
  });

  it("reports the facts that do not hold and the findings as evidence", () => {
    const noMonitoring = caseWith((i) => { i.monitoring = []; });
    const s = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, noMonitoring, { asOf }).suggestions.find((x) => x.criterionId === "plan-7");
    expect(s?.basis).toBe("absent");
    expect(s?.facts).toEqual([{ fact: "safety-plan", holds: true }, { fact: "monitoring", holds: false }, { fact: "breaches-reconvened", holds: true }]);
    expect(s?.findings.map((f) => f.finding.code)).toContain("safety-plan/network-monitoring-overdue");
  });

  it("gives no suggestion for a criterion without an evidence hint", () => {
    const tool = { ...MAPPING_AUDIT_TOOL, sections: [{ ...MAPPING_AUDIT_TOOL.sections[0]!, criteria: [{ id: "x", text: "Recorded in plain words", guidance: "Read it", scale: { kind: "presence" } }] }] } as unknown as typeof MAPPING_AUDIT_TOOL;
    expect(suggestAuditAnswers(tool, goodCase, { asOf }).suggestions).toEqual([{ criterionId: "x", basis: "no-hint", facts: [], findings: [] }]);
  });

  it("reads the case as of the day given", () => {
    // On 21 March the map exists but no plan has been drafted yet.
    const early = suggestAuditAnswers(SAFETY_PLANNING_AUDIT_TOOL, goodCase, { asOf: "2025-03-21" as typeof asOf }).suggestions;
    expect(early.find((s) => s.criterionId === "plan-4")?.value).toBe(0);
    expect(early.find((s) => s.criterionId === "plan-4")?.basis).toBe("absent");
  });

  it("throws invalid-argument for a bad day and does not mutate its deep-frozen inputs", () => {
    expect(() => suggestAuditAnswers(MAPPING_AUDIT_TOOL, goodCase, { asOf: "1 June" as typeof asOf })).toThrow(expect.objectContaining({ code: "invalid-argument" }) as Error);
    const frozen = deepFreeze(structuredClone({ tool: MAPPING_AUDIT_TOOL, caseFile: goodCase }));
    expect(suggestAuditAnswers(frozen.tool, frozen.caseFile, { asOf }).suggestions).toHaveLength(10);
  });
});
