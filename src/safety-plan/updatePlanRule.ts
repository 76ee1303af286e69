import { produce, type Draft } from "immer";
import type * as z from "zod";
import { guardInput, KinsafeError, mergeChanges, parseInto, replaceEntry, throwIfIssues, type DeepReadonly, type InputIssue } from "../core";
import { applyChanges, sameJson } from "./internal";
import { planRefs, ruleIssues, type SafetyPlanInputOptions } from "./planInput";
import { PlanRuleSchema, type PlanRuleId, type SafetyPlan } from "./SafetyPlan";

/**
 * The changes an update may make to a plan rule: any field but `id`. Give `undefined` for an
 * optional field to remove it.
 *
 * @category Safety plan
 */
export type PlanRuleChanges = { readonly [K in Exclude<keyof RuleFields, "id">]?: RuleFields[K] | undefined };
/**
 * The fields of a plan rule, as its schema takes them.
 *
 * @category Safety plan
 */
export type RuleFields = DeepReadonly<z.input<typeof PlanRuleSchema>>;

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
 * change. The changed rule is checked whole, as {@link addPlanRule} checks a new one (the
 * contract of every updater: "Updating documents" in `docs/for-vendors.md`). When nothing really
 * changes, the same plan is returned, so callers can skip saving.
 *
 * @param plan - The plan.
 * @param id - The rule to change.
 * @param changes - The fields to change, as plain JSON.
 * @param options - The people, map and bottom lines to check the rule's references against.
 * @returns A new plan with the rule changed, or `plan` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the plan has no rule with that id, or `invalid-input` when the changed rule does not parse or points at what `options` does not have (every problem in `issues`, with the plan's paths).
 *
 * @example
 * {@includeCode ../../tests/safety-plan/updatePlanRule.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function updatePlanRule(plan: SafetyPlan, id: string, changes: PlanRuleChanges, options: SafetyPlanInputOptions = {}): SafetyPlan {
  return guardInput("plan rule", () => {
    const index = plan.rules.findIndex((r) => r.id === id);
    const current = plan.rules[index];
    if (current === undefined) throw new KinsafeError("not-found", `The plan has no rule with the id ${JSON.stringify(id)}.`);
    const merged = mergeChanges(current, changes, ["id"]);
    const at = ["rules", index];
    const issues: InputIssue[] = [];
    const parsed = parseInto(PlanRuleSchema, merged, at, "plan rule", issues);
    ruleIssues(issues, merged, at, planRefs(options));
    throwIfIssues("plan rule", issues);
    if (parsed === undefined || sameJson(current, parsed)) return plan;
    return produce(plan, (draft) => {
      replaceEntry(draft.rules[index] as object, parsed);
    });
  });
}
