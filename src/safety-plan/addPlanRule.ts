import { castDraft, produce, type Draft } from "immer";
import { guardInput, KinsafeError, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { idTakenIssue, planRefs, ruleIssues, type PlanRuleInput, type SafetyPlanInputOptions } from "./planInput";
import { PlanRuleSchema, type PlanRule, type SafetyPlan } from "./SafetyPlan";

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
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the plan's (`["rules", 4, "monitors", 0, "personId"]`), a new frozen plan out; neither input is changed.
 *
 * @param plan - The plan to extend.
 * @param rule - The rule, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - The people, map and bottom lines to check the rule's references against; `ids`, to make the id.
 * @returns A new plan whose `rules` end with the parsed rule.
 * @throws {@link KinsafeError} with code `invalid-input` when the rule does not parse or points at people, danger statements or bottom lines that `options` does not have (every problem in `issues`); `duplicate-id` when the only problem is that the plan already has a rule with that id.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/addPlanRule.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function addPlanRule(plan: SafetyPlan, rule: PlanRuleInput, options: SafetyPlanInputOptions = {}): SafetyPlan {
  return guardInput("plan rule", () => {
    const used = (id: string): boolean => plan.rules.some((r) => r.id === id);
    const input = withId(rule, "plan-rule", options.ids, used);
    const at = ["rules", plan.rules.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(PlanRuleSchema, input, at, "plan rule", issues);
    ruleIssues(issues, input, at, planRefs(options));
    idTakenIssue(issues, input, at, used, "a rule");
    throwIfIssues("plan rule", issues);
    // No issues: the rule parsed.
    return produce(plan, (draft) => {
      addPlanRuleRecipe(draft, parsed as PlanRule);
    });
  });
}
