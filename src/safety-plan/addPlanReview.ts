import { castDraft, produce, type Draft } from "immer";
import { guardInput, KinsafeError, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { assertDate } from "./internal";
import { idTakenIssue, planRefs, reviewIssues, type PlanReviewInput, type SafetyPlanInputOptions } from "./planInput";
import { PlanReviewSchema, type PlanReview, type SafetyPlan } from "./SafetyPlan";

/**
 * Adds a review to a draft plan.
 *
 * @param draft - A draft of the plan.
 * @param review - The review.
 * @throws {@link KinsafeError} with code `duplicate-id` when the plan already has a review with that id; `invalid-argument` when its date is not a calendar date.
 *
 * @internal Shared by {@link addPlanReview} and audited changes.
 */
export function addPlanReviewRecipe(draft: Draft<SafetyPlan>, review: PlanReview): void {
  assertDate(review.date, "review.date");
  if (draft.reviews.some((r) => r.id === review.id)) throw new KinsafeError("duplicate-id", `The plan already has a review with the id ${JSON.stringify(review.id)}.`);
  draft.reviews.push(castDraft(review));
}

/**
 * Records a review of a safety plan: the scaling judgements given and what was decided.
 *
 * The safety scales are re-asked at each meeting and the trajectory over time is tracked
 * (domain specification 2.4). A review's judgements are read as judgements on the map's overall
 * scale by {@link readinessToStepDown}. Recording a review does not change the plan's status:
 * when `statusAfter` differs from it, call {@link setPlanStatus}, which checks the move.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the plan's (`["reviews", 1, "date"]`), a new frozen plan out; neither input is changed.
 *
 * @param plan - The plan.
 * @param review - The review, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - `people`, to check the raters; `ids`, to make the id.
 * @returns A new plan whose `reviews` end with the parsed review.
 * @throws {@link KinsafeError} with code `invalid-input` when the review does not parse (a date that is not a calendar date, say) or names raters not in `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that the plan already has a review with that id.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/addPlanReview.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function addPlanReview(plan: SafetyPlan, review: PlanReviewInput, options: SafetyPlanInputOptions = {}): SafetyPlan {
  return guardInput("plan review", () => {
    const used = (id: string): boolean => plan.reviews.some((r) => r.id === id);
    const input = withId(review, "plan-review", options.ids, used);
    const at = ["reviews", plan.reviews.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(PlanReviewSchema, input, at, "plan review", issues);
    reviewIssues(issues, input, at, planRefs(options));
    idTakenIssue(issues, input, at, used, "a review");
    throwIfIssues("plan review", issues);
    // No issues: the review parsed.
    return produce(plan, (draft) => {
      addPlanReviewRecipe(draft, parsed as PlanReview);
    });
  });
}
