import { describe, expect, it } from "vitest";
import { isoDate, isoDateTime, type Finding } from "../../src/core";
import { enSafetyPlan } from "../../src/safety-plan";
import {
  checkSafetyPlan,
  monitoringGaps,
  planCoverage,
  SAFETY_PLAN_FINDING_CODES,
  SAFETY_PLAN_FINDINGS,
  setPlanStatus,
  updatePlanRule,
  type CoverageBottomLine,
  type MonitoringEvent,
  type PlanRuleChanges,
  type SafetyPlan,
  type SafetyPlanFindingCode,
} from "../../src/safety-plan";
import { asOf, bottomLineIds, breach, deepFreeze, map, monitoring, plan, ruleId } from "./helpers";

const bottomLines: readonly CoverageBottomLine[] = [
  { id: bottomLineIds.soberAdult, kind: "free-text" },
  { id: bottomLineIds.safeAdult, kind: "safe-adult" },
  { id: bottomLineIds.noUnsupervisedContact, kind: "no-unsupervised-contact" },
];
const rule = (changes: PlanRuleChanges, id = "r-checkin"): SafetyPlan => updatePlanRule(plan, ruleId(id), changes);
const check = (p: SafetyPlan): SafetyPlanFindingCode[] => checkSafetyPlan(p).map((f) => f.code);
const coverage = (p: SafetyPlan, lines = bottomLines, m = map): SafetyPlanFindingCode[] => planCoverage(p, m, lines).findings.map((f) => f.code);
const gaps = (events: readonly MonitoringEvent[], p = plan): SafetyPlanFindingCode[] => monitoringGaps(p, events, { asOf }).findings.map((f) => f.code);
const withBreach = (changes: Partial<MonitoringEvent>): MonitoringEvent[] => monitoring.map((e) => (e.id === breach.id ? { ...breach, ...changes } : e));
const refusal = (p: SafetyPlan, to: SafetyPlan["status"], on: string): SafetyPlanFindingCode[] => {
  const result = setPlanStatus(p, to, isoDate(on));
  return result.ok ? [] : result.findings.map((f) => f.code);
};

/** Every code: a variant of the worked case that fires it. */
const cases: Record<SafetyPlanFindingCode, () => SafetyPlanFindingCode[]> = {
  "safety-plan/plan-without-rules": () => check({ ...plan, rules: [] }),
  "safety-plan/duplicate-rule-id": () => check({ ...plan, rules: [...plan.rules, ...plan.rules.slice(0, 1)] }),
  "safety-plan/rule-without-responsible": () => check(rule({ responsibleIds: [] })),
  "safety-plan/rule-without-network-monitor": () => check(rule({ monitors: plan.rules[2]?.monitors.filter((m) => m.as !== "network") ?? [] })),
  "safety-plan/rule-without-professional-monitor": () => check(rule({ monitors: plan.rules[2]?.monitors.filter((m) => m.as !== "professional") ?? [] })),
  "safety-plan/rule-without-triggers": () => check(rule({ triggers: [] })),
  "safety-plan/rule-without-if-broken": () => check(rule({ ifBroken: undefined })),
  "safety-plan/rule-without-who-tells": () => check(rule({ ifBroken: { action: "Jo goes round", whoTellsIds: [], tellWithinHours: 24 } })),
  "safety-plan/rule-without-tell-within": () => check(rule({ ifBroken: { action: "Jo goes round", whoTellsIds: plan.rules[2]?.ifBroken?.whoTellsIds ?? [] } })),
  "safety-plan/rule-framed-as-absence": () => check(rule({ text: "Lee will not drink and never shouts at the children" })),
  "safety-plan/rule-without-danger": () => check(rule({ dangerIds: [] })),
  "safety-plan/rule-without-child-version": () => check(rule({ childVersion: undefined })),
  "safety-plan/rule-not-agreed": () => check(rule({ agreedBy: [] })),
  "safety-plan/status-change-not-allowed": () => refusal(plan, "draft", "2025-06-01"),
  "safety-plan/status-change-before-last": () => refusal(plan, "sustaining", "2025-04-01"),
  "safety-plan/danger-not-covered": () => coverage(rule({ dangerIds: [] }, "r-bedtime"), bottomLines, { ...map, dangers: [...map.dangers, { ...map.dangers[0], id: "d-new" } as (typeof map.dangers)[number]] }),
  "safety-plan/bottom-line-not-covered": () => coverage(plan, [...bottomLines, { id: "bl-school" as never, kind: "free-text" }]),
  "safety-plan/rule-for-unknown-danger": () => coverage(plan, bottomLines, { ...map, dangers: map.dangers.slice(0, 1) }),
  "safety-plan/rule-for-unknown-bottom-line": () => coverage(plan, bottomLines.slice(0, 1)),
  "safety-plan/plan-for-other-map": () => coverage(plan, bottomLines, { ...map, id: "map-2" as never }),
  "safety-plan/network-monitoring-overdue": () => gaps(monitoring.filter((e) => !(e.role === "network" && e.ruleId === "r-checkin" && e.date > "2025-05-17"))),
  "safety-plan/professional-monitoring-overdue": () => gaps(monitoring.filter((e) => !(e.role === "professional" && e.ruleId === "r-bedtime" && e.date > "2025-05-05"))),
  "safety-plan/unresolved-breach": () => gaps(withBreach({ resolvedOn: undefined })),
  "safety-plan/breach-not-escalated": () => gaps(withBreach({ escalation: undefined })),
  "safety-plan/breach-escalated-late": () => gaps(withBreach({ escalation: { toldChildrensServicesAt: isoDateTime("2025-05-12T09:00:00Z") } })),
};
const clean = [...check(plan), ...coverage(plan), ...gaps(monitoring), ...refusal(plan, "sustaining", "2025-06-01")];

describe("checkSafetyPlan", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const vague = updatePlanRule(plan, ruleId("r-checkin"), { text: "Kerry will not argue with Lee", triggers: [] });
    const findings = checkSafetyPlan(vague);
    findings.map((f) => `${f.severity} ${f.code}`); // ["warning safety-plan/rule-framed-as-absence", "warning safety-plan/rule-without-triggers"]
    // #endregion docs-example
    expect(findings).toEqual([
      { code: "safety-plan/rule-framed-as-absence", severity: "warning", path: ["rules", 2, "text"], params: { ruleId: "r-checkin", term: "will not" } },
      { code: "safety-plan/rule-without-triggers", severity: "warning", path: ["rules", 2, "triggers"], params: { ruleId: "r-checkin" } },
    ]);
  });

  it("finds nothing in the worked family's plan", () => {
    expect(checkSafetyPlan(plan)).toEqual([]);
  });

  it("does not mutate its deep-frozen input", () => {
    expect(checkSafetyPlan(deepFreeze(structuredClone(rule({ triggers: [] }))))).toHaveLength(1);
  });

  it("does not call a rule absence-only when one clause says what will happen", () => {
    expect(check(rule({ text: "Lee will not drink before visits and Gran stays for the whole visit" }))).toEqual([]);
    expect(check(rule({ text: "Lee won’t drink before visits" }))).toEqual(["safety-plan/rule-framed-as-absence"]);
  });

  it("counts a child-voice record as the child's version, and takes options", () => {
    expect(check(rule({ childVersion: undefined, childVoiceRecordId: plan.rules[0]?.childVoiceRecordId }))).toEqual([]);
    expect(checkSafetyPlan(rule({ text: "Jo rings Kerry" }), { absenceMarkers: ["rings"] }).map((f) => f.code)).toEqual(["safety-plan/rule-framed-as-absence"]);
    expect(checkSafetyPlan(rule({ triggers: [] }), { severities: { "safety-plan/rule-without-triggers": "error" } })[0]?.severity).toBe("error");
  });

  describe("every safety-plan finding code", () => {
    it("has a case", () => {
      expect(Object.keys(cases).sort()).toEqual([...SAFETY_PLAN_FINDING_CODES].sort());
    });
    for (const code of SAFETY_PLAN_FINDING_CODES) {
      it(`${code} fires in its case and not for the worked case`, () => {
        expect(cases[code]()).toContain(code);
        expect(clean).not.toContain(code);
      });
    }
    it("has an English template that uses only declared params", () => {
      for (const code of SAFETY_PLAN_FINDING_CODES) {
        const placeholders = [...enSafetyPlan.messages[code]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const p of placeholders) expect(SAFETY_PLAN_FINDINGS[code].params).toContain(p);
      }
    });
    it("emits exactly the declared params", () => {
      const all: Finding[] = [
        ...checkSafetyPlan({ ...plan, rules: [{ ...plan.rules[0], id: ruleId("r-x"), text: "Never drink", dangerIds: [], responsibleIds: [], monitors: [], triggers: [], agreedBy: [] } as SafetyPlan["rules"][number]] }),
        ...planCoverage({ ...plan, rules: [] }, map, [...bottomLines, { id: "bl-x" as never, kind: "free-text" }]).findings,
        ...monitoringGaps(plan, withBreach({ resolvedOn: undefined, escalation: undefined }), { asOf: isoDate("2025-07-30") }).findings,
      ];
      expect(all.length).toBeGreaterThan(10);
      for (const f of all) expect(Object.keys(f.params ?? {}).sort()).toEqual([...SAFETY_PLAN_FINDINGS[f.code as SafetyPlanFindingCode].params].sort());
    });
  });
});

