import type { AssessmentMap, DangerStatementId } from "../assessment";
import type { Finding } from "../core";
import type { SafetyPlanFindingCode } from "./findingCodes";
import { emitter } from "./internal";
import type { BottomLineId, PlanRuleId, SafetyPlan } from "./SafetyPlan";

/**
 * The parts of a bottom line that {@link planCoverage} reads. Every `BottomLine` fits this
 * shape; it is written out here so that the safety plan does not depend on the bottom lines
 * (which depend on it).
 *
 * @category Safety plan
 */
export interface CoverageBottomLine {
  readonly id: BottomLineId;
  /** The bottom line's kind; `free-text` bottom lines must each be covered by a rule. */
  readonly kind: string;
}

/**
 * The rules that cover one danger statement.
 *
 * @category Safety plan
 */
export interface DangerCoverage {
  readonly dangerId: DangerStatementId;
  /** The rules that name it in `dangerIds`, in the plan's order. Empty when it is not covered. */
  readonly ruleIds: readonly PlanRuleId[];
}

/**
 * The rules that name one bottom line.
 *
 * @category Safety plan
 */
export interface BottomLineCoverage {
  readonly bottomLineId: BottomLineId;
  /** The bottom line's kind. */
  readonly kind: string;
  /** The rules that name it in `bottomLineIds`, in the plan's order. */
  readonly ruleIds: readonly PlanRuleId[];
  /** Whether a rule must cover it: `true` for `free-text` bottom lines. */
  readonly mustBeCovered: boolean;
}

/**
 * Whether one rule has an owner and a network monitor.
 *
 * @category Safety plan
 */
export interface RuleCoverage {
  readonly ruleId: PlanRuleId;
  /** At least one responsible person. */
  readonly hasOwner: boolean;
  /** At least one monitor from the network. */
  readonly hasNetworkMonitor: boolean;
}

/**
 * What {@link planCoverage} found.
 *
 * @category Safety plan
 */
export interface PlanCoverage {
  /** One entry per danger statement of the map, in the map's order. */
  readonly dangers: readonly DangerCoverage[];
  /** One entry per free-text bottom line and per bottom line any rule names, in the order given. */
  readonly bottomLines: readonly BottomLineCoverage[];
  /** One entry per rule, in the plan's order. */
  readonly rules: readonly RuleCoverage[];
  /**
   * `true` when the plan has rules, every danger statement and every free-text bottom line is
   * covered by at least one rule, and every rule has an owner and a network monitor.
   */
  readonly complete: boolean;
  /** What is missing, as findings. */
  readonly findings: readonly Finding<SafetyPlanFindingCode>[];
}

/**
 * Tells which rules of a safety plan cover each danger statement of the map and each bottom
 * line, and whether each rule has an owner and a network monitor.
 *
 * Exit criteria of stage 6 of building a safety plan: "every danger has at least one rule; every
 * rule has an owner and a monitor" (domain specification 2.2); every bottom line is addressed by
 * at least one rule (3.3). Free-text bottom lines can only be met by a rule that names them, so
 * each must be covered (`safety-plan/bottom-line-not-covered`); other kinds of bottom line are
 * evaluated on their own terms by the bottom-lines module and are listed here only when a rule
 * names them. Findings: `safety-plan/danger-not-covered`, `safety-plan/bottom-line-not-covered`,
 * `safety-plan/rule-without-responsible`, `safety-plan/rule-without-network-monitor`,
 * `safety-plan/rule-for-unknown-danger`, `safety-plan/rule-for-unknown-bottom-line`,
 * `safety-plan/plan-without-rules` and `safety-plan/plan-for-other-map`.
 *
 * @param plan - The safety plan.
 * @param map - The assessment map whose danger statements the plan must answer (normally the current version).
 * @param bottomLines - The bottom lines set for the case.
 * @returns Coverage per danger statement, per bottom line and per rule, whether it is complete, and findings.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/planCoverage.test.ts#docs-example}
 *
 * @see Domain specification 2.2 (stage 6), 2.5 (`coverage`) and 3.3 (bottom-line coverage).
 *
 * @category Safety plan
 */
export function planCoverage(plan: SafetyPlan, map: AssessmentMap, bottomLines: readonly CoverageBottomLine[]): PlanCoverage {
  const { findings, emit } = emitter();
  if (plan.rules.length === 0) emit("safety-plan/plan-without-rules", ["rules"]);
  if (plan.mapId !== map.id) emit("safety-plan/plan-for-other-map", ["mapId"], { planMapId: plan.mapId, mapId: map.id });

  const dangerIds = new Set<string>(map.dangers.map((d) => d.id));
  const known = new Map<string, CoverageBottomLine>(bottomLines.map((b) => [b.id, b]));
  plan.rules.forEach((rule, i) => {
    rule.dangerIds.forEach((dangerId, j) => {
      if (!dangerIds.has(dangerId)) emit("safety-plan/rule-for-unknown-danger", ["rules", i, "dangerIds", j], { ruleId: rule.id, dangerId });
    });
    rule.bottomLineIds.forEach((bottomLineId, j) => {
      if (!known.has(bottomLineId)) emit("safety-plan/rule-for-unknown-bottom-line", ["rules", i, "bottomLineIds", j], { ruleId: rule.id, bottomLineId });
    });
  });

  const dangers: DangerCoverage[] = map.dangers.map((d) => ({ dangerId: d.id, ruleIds: plan.rules.filter((r) => r.dangerIds.includes(d.id)).map((r) => r.id) }));
  dangers.forEach((d) => {
    if (d.ruleIds.length === 0) emit("safety-plan/danger-not-covered", ["rules"], { dangerId: d.dangerId });
  });

  const named = new Set<string>(plan.rules.flatMap((r) => r.bottomLineIds));
  const seenBottomLines = new Set<string>();
  const coverage: BottomLineCoverage[] = [];
  for (const b of bottomLines) {
    if (seenBottomLines.has(b.id)) continue;
    seenBottomLines.add(b.id);
    const mustBeCovered = b.kind === "free-text";
    if (!mustBeCovered && !named.has(b.id)) continue;
    const ruleIds = plan.rules.filter((r) => r.bottomLineIds.includes(b.id)).map((r) => r.id);
    coverage.push({ bottomLineId: b.id, kind: b.kind, ruleIds, mustBeCovered });
    if (mustBeCovered && ruleIds.length === 0) emit("safety-plan/bottom-line-not-covered", ["rules"], { bottomLineId: b.id });
  }

  const rules: RuleCoverage[] = plan.rules.map((rule, i) => {
    const hasOwner = rule.responsibleIds.length > 0;
    const hasNetworkMonitor = rule.monitors.some((m) => m.as === "network");
    if (!hasOwner) emit("safety-plan/rule-without-responsible", ["rules", i, "responsibleIds"], { ruleId: rule.id });
    if (!hasNetworkMonitor) emit("safety-plan/rule-without-network-monitor", ["rules", i, "monitors"], { ruleId: rule.id });
    return { ruleId: rule.id, hasOwner, hasNetworkMonitor };
  });

  const complete =
    plan.rules.length > 0 &&
    dangers.every((d) => d.ruleIds.length > 0) &&
    coverage.every((b) => !b.mustBeCovered || b.ruleIds.length > 0) &&
    rules.every((r) => r.hasOwner && r.hasNetworkMonitor);
  return { dangers, bottomLines: coverage, rules, complete, findings };
}
