import { castDraft, produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import type { PlanRule, SafetyPlan } from "./SafetyPlan";

/**
 * Adds a rule to a draft plan.
 *
 * @param draft - A draft of the plan.
 * @param rule - The new rule.
 * @throws {@link KinsafeError} with code `duplicate-id` when the plan already has a rule with that id.
 *
 * @internal Shared by {@link addPlanRule} and audited changes.
 */
export function addPlanRuleRecipe(draft: Draft<SafetyPlan>, rule: PlanRule): void {
  if (draft.rules.some((r) => r.id === rule.id)) throw new KinsafeError("duplicate-id", `The plan already has a rule with the id ${JSON.stringify(rule.id)}.`);
  draft.rules.push(castDraft(rule));
}

/**
 * Adds a rule to a safety plan: what must happen in everyday life, who does it, who checks it,
 * the signs that the danger is returning, and what happens if it is broken (domain
 * specification 2.3; rules are made with the network at a network meeting, stage 6 of 2.2).
 *
 * The plan is not changed: a new plan is returned. The result is deep-frozen, including the
 * `rule` object passed in.
 *
 * @param plan - The plan to extend.
 * @param rule - A rule already parsed with {@link PlanRuleSchema}.
 * @returns A new plan whose `rules` end with `rule`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the plan already has a rule with that id.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/addPlanRule.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function addPlanRule(plan: SafetyPlan, rule: PlanRule): SafetyPlan {
  return produce(plan, (draft) => {
    addPlanRuleRecipe(draft, rule);
  });
}
