import { produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import { applyChanges } from "./internal";
import type { PlanRule, PlanRuleId, SafetyPlan } from "./SafetyPlan";

/**
 * The changes an update may make to a plan rule: any field but `id`. Give `undefined` for an
 * optional field to remove it.
 *
 * @category Safety plan
 */
export type PlanRuleChanges = { readonly [K in Exclude<keyof PlanRule, "id">]?: PlanRule[K] | undefined };

/**
 * Changes a rule of a draft plan.
 *
 * @param draft - A draft of the plan.
 * @param id - The rule to change.
 * @param changes - The fields to change.
 * @throws {@link KinsafeError} with code `not-found` when the plan has no rule with that id.
 *
 * @internal Shared by {@link updatePlanRule} and audited changes.
 */
export function updatePlanRuleRecipe(draft: Draft<SafetyPlan>, id: PlanRuleId, changes: PlanRuleChanges): void {
  const rule = draft.rules.find((r) => r.id === id);
  if (rule === undefined) throw new KinsafeError("not-found", `The plan has no rule with the id ${JSON.stringify(id)}.`);
  applyChanges(rule, changes, ["id"]);
}

/**
 * Changes some fields of a rule of a safety plan: a new monitor, a clearer trigger, the child's
 * version, a new agreement.
 *
 * Fields not named in `changes` are kept; `undefined` removes an optional field; `id` cannot
 * change. When nothing really changes, the same plan is returned, so callers can skip saving.
 *
 * @param plan - The plan.
 * @param id - The rule to change.
 * @param changes - The fields to change.
 * @returns A new plan with the rule changed, or `plan` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the plan has no rule with that id.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/updatePlanRule.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function updatePlanRule(plan: SafetyPlan, id: PlanRuleId, changes: PlanRuleChanges): SafetyPlan {
  return produce(plan, (draft) => {
    updatePlanRuleRecipe(draft, id, changes);
  });
}
