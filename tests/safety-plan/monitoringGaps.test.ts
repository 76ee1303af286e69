import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { monitoringGaps, setPlanStatus } from "../../src/safety-plan";
import { asOf, breach, deepFreeze, monitoring, plan, thrown } from "./helpers";

describe("monitoringGaps", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const gaps = monitoringGaps(plan, monitoring, { asOf: isoDate("2025-06-20") });
    const contact = gaps.rules[0];
    [contact?.network.lastCheck, contact?.network.daysSince, contact?.network.overdue]; // ["2025-05-31", 20, true]
    gaps.findings.length; // 8: every rule is overdue for both the network and a professional
    // #endregion docs-example
    expect([contact?.network.lastCheck, contact?.network.daysSince, contact?.network.overdue]).toEqual(["2025-05-31", 20, true]);
    expect(gaps.findings).toHaveLength(8);
    expect(gaps.findings[0]).toEqual({
      code: "safety-plan/network-monitoring-overdue",
      severity: "warning",
      path: ["rules", 0, "monitors"],
      params: { ruleId: "r-contact", days: 20, intervalDays: 7, since: "2025-05-31" },
    });
  });

  it("finds no gap and no unresolved breach in the worked case", () => {
    const gaps = monitoringGaps(plan, monitoring, { asOf });
    expect(gaps.findings).toEqual([]);
    expect(gaps.inUse).toBe(true);
    expect(gaps.inUseSince).toBe("2025-04-01");
    expect(gaps.unresolvedBreachIds).toEqual([]);
  });

  it("shows the breach as unresolved until the network resolved it", () => {
    const gaps = monitoringGaps(plan, monitoring, { asOf: isoDate("2025-05-12") });
    expect(gaps.unresolvedBreachIds).toEqual([breach.id]);
    expect(gaps.rules[0]?.unresolvedBreachIds).toEqual([breach.id]);
    expect(gaps.findings.map((f) => f.code)).toEqual(["safety-plan/unresolved-breach"]);
  });

  it("measures from the plan's start when there are no checks, and reports nothing once the plan has ended", () => {
    const none = monitoringGaps(plan, [], { asOf: isoDate("2025-04-20") });
    expect(none.rules[0]?.network).toEqual({ daysSince: 19, intervalDays: 7, overdue: true });
    const ended = setPlanStatus(plan, "ended", isoDate("2025-06-01"));
    if (!ended.ok) throw new Error("expected the move");
    expect(monitoringGaps(ended.value, [], { asOf: isoDate("2025-07-01") }).findings).toEqual([]);
  });

  it("applies the local policy", () => {
    expect(monitoringGaps(plan, monitoring, { asOf, policy: { networkEveryDays: 30, professionalEveryDays: 30 } }).rules[0]?.network.intervalDays).toBe(30);
    expect(monitoringGaps(plan, monitoring, { asOf: isoDate("2025-06-06"), policy: { networkEveryDays: 3 } }).findings.map((f) => f.code)).toContain("safety-plan/network-monitoring-overdue");
  });

  it("does not mutate its deep-frozen inputs", () => {
    const frozen = deepFreeze(structuredClone({ plan, monitoring }));
    expect(monitoringGaps(frozen.plan, frozen.monitoring, { asOf }).findings).toEqual([]);
  });

  it("throws for a bad asOf or policy", () => {
    expect(thrown(() => monitoringGaps(plan, monitoring, { asOf: "now" as never })).code).toBe("invalid-argument");
    expect(thrown(() => monitoringGaps(plan, monitoring, { asOf, policy: { networkEveryDays: 0 } })).code).toBe("invalid-argument");
  });
});
