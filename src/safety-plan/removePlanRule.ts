import { produce, type Draft } from "immer";
import type { PlanRuleId, SafetyPlan } from "./SafetyPlan";

/**
 * Removes a rule from a draft plan; an absent id changes nothing.
 *
 * @param draft - A draft of the plan.
 * @param id - The rule to remove.
 *
 * @internal Shared by {@link removePlanRule} and audited changes.
 */
export function removePlanRuleRecipe(draft: Draft<SafetyPlan>, id: PlanRuleId): void {
  const index = draft.rules.findIndex((r) => r.id === id);
  if (index >= 0) draft.rules.splice(index, 1);
}

/**
 * Removes a rule from a safety plan.
 *
 * Removing an id the plan does not have changes nothing and returns the same plan. Monitoring
 * events that name the rule are history and are kept; {@link monitoringGaps} reports only the
 * plan's current rules.
 *
 * @param plan - The plan.
 * @param id - The rule to remove.
 * @returns A new plan without the rule, or `plan` itself when it was not there.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/removePlanRule.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function removePlanRule(plan: SafetyPlan, id: string): SafetyPlan {
  return produce(plan, (draft) => {
    removePlanRuleRecipe(draft, id as PlanRuleId);
  });
}
