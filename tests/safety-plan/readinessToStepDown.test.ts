import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { readinessToStepDown, type SafetyPlan } from "../../src/safety-plan";
import { asOf, breach, deepFreeze, map, monitoring, network, plan, thrown } from "./helpers";

describe("readinessToStepDown", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const readiness = readinessToStepDown(plan, map, monitoring, { asOf, network });
    readiness.ready; // false
    readiness.reasons.filter((r) => !r.met).map((r) => `${r.kind} ${String(r.evidence["goalId"] ?? r.evidence["scale"])}`);
    // ["goal-sustained g-drink", "score-at-threshold overall", "score-at-threshold d-drink", "score-at-threshold d-arguments", "score-at-threshold d-arguments"]
    // #endregion docs-example
    expect(readiness.ready).toBe(false);
    expect(readiness.reasons.filter((r) => !r.met).map((r) => `${r.kind} ${String(r.evidence["goalId"] ?? r.evidence["scale"])}`)).toEqual([
      "goal-sustained g-drink",
      "score-at-threshold overall",
      "score-at-threshold d-drink",
      "score-at-threshold d-arguments",
      "score-at-threshold d-arguments",
    ]);
    expect(readiness.reasons[0]?.evidence).toEqual({ goalId: "g-drink", dangerId: "d-drink", sustainFor: "3 months", since: "2025-04-01", sustainedUntil: "2025-07-01", daysInUse: 61 });
  });

  it("is ready once the goals have run and everyone's scores reach the threshold", () => {
    const later = isoDate("2025-07-01");
    const rescaled = {
      ...map,
      scales: map.scales.map((s) => ({ ...s, judgements: s.judgements.map((j) => ({ ...j, value: 8 })) })),
    };
    const reviewed: SafetyPlan = { ...plan, reviews: plan.reviews.map((r) => ({ ...r, judgements: r.judgements.map((j) => ({ ...j, value: 8 })) })) };
    const readiness = readinessToStepDown(reviewed, rescaled, monitoring, { asOf: later, network });
    expect(readiness.reasons.filter((r) => !r.met)).toEqual([]);
    expect(readiness.ready).toBe(true);
    expect(readinessToStepDown(reviewed, rescaled, monitoring, { asOf: later, network, policy: { scoreThreshold: 9 } }).ready).toBe(false);
  });

  it("is not ready with an unresolved breach, without a network, or before the plan is in use", () => {
    const open = monitoring.map((e) => (e.id === breach.id ? { ...breach, resolvedOn: undefined } : e)) as typeof monitoring;
    expect(readinessToStepDown(plan, map, open, { asOf, network }).reasons.find((r) => r.kind === "no-unresolved-breaches")).toEqual({
      kind: "no-unresolved-breaches",
      met: false,
      evidence: { count: 1, eventIds: "m-breach" },
    });
    expect(readinessToStepDown(plan, map, monitoring, { asOf }).reasons.at(-1)).toEqual({ kind: "network-beyond-closure", met: false, evidence: { note: "no-network" } });
    const early = readinessToStepDown(plan, map, monitoring, { asOf: isoDate("2025-03-30"), network });
    expect(early.reasons[0]?.evidence["note"]).toBe("plan-not-in-use");
  });

  it("notes missing durations, goals, scales and judgements", () => {
    const bare = { ...map, goals: [], scales: [] };
    const r = readinessToStepDown({ ...plan, reviews: [] }, bare, [], { asOf, network });
    expect(r.reasons.map((x) => x.evidence["note"])).toEqual(["no-safety-goals", "no-scale", "no-scale", "no-scale", "no-scale", "no-scale", "no-scale", undefined, undefined]);
    const noDuration = { ...map, goals: map.goals.map(({ sustainFor: _s, ...g }) => g) };
    expect(readinessToStepDown(plan, noDuration, [], { asOf, network }).reasons[0]?.evidence["note"]).toBe("no-duration");
    const onlyWorker = readinessToStepDown(plan, map, [], { asOf, network, policy: { raterGroups: { child: ["child"] } } });
    expect(onlyWorker.reasons.filter((x) => x.kind === "score-at-threshold").map((x) => x.evidence["note"])).toEqual(["no-judgement", "no-judgement", "no-judgement"]);
  });

  it("does not mutate its deep-frozen inputs", () => {
    const frozen = deepFreeze(structuredClone({ plan, map, monitoring, network }));
    expect(readinessToStepDown(frozen.plan, frozen.map, frozen.monitoring, { asOf, network: frozen.network }).ready).toBe(false);
  });

  it("throws for a bad asOf or threshold", () => {
    expect(thrown(() => readinessToStepDown(plan, map, monitoring, { asOf: "x" as never })).code).toBe("invalid-argument");
    expect(thrown(() => readinessToStepDown(plan, map, monitoring, { asOf, policy: { scoreThreshold: 11 } })).code).toBe("invalid-argument");
  });
});
