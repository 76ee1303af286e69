import { castDraft, produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import { assertDate } from "./internal";
import type { PlanReview, SafetyPlan } from "./SafetyPlan";

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
 * @param plan - The plan.
 * @param review - The review, already parsed with {@link PlanReviewSchema}.
 * @returns A new plan whose `reviews` end with `review`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the plan already has a review with that id, or `invalid-argument` when its date is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/addPlanReview.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function addPlanReview(plan: SafetyPlan, review: PlanReview): SafetyPlan {
  return produce(plan, (draft) => {
    addPlanReviewRecipe(draft, review);
  });
}
