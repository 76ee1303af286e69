import { describe, expect, it } from "vitest";
import { addPlanReview, PlanReviewSchema } from "../../src/safety-plan";
import { deepFreeze, plan, thrown } from "./helpers";

const review = PlanReviewSchema.parse({
  id: "rev-2",
  date: "2025-05-31",
  judgements: [{ id: "rj2-worker", raterId: "sw-sarah", raterRole: "worker", value: 7, on: "2025-05-31" }],
  decisions: ["Move to sustaining from 1 June"],
  statusAfter: "sustaining",
});

describe("addPlanReview", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addPlanReview(plan, review);
    next.reviews.map((r) => r.id); // ["rev-1", "rev-2"]
    next.status; // "active": setPlanStatus makes the move
    // #endregion docs-example
    expect(next.reviews.map((r) => r.id)).toEqual(["rev-1", "rev-2"]);
    expect(next.status).toBe("active");
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(plan));
    addPlanReview(frozen, review);
    expect(frozen.reviews).toHaveLength(1);
  });

  it("refuses a review id already used or a bad date", () => {
    expect(thrown(() => addPlanReview(plan, { ...review, id: PlanReviewSchema.shape.id.parse("rev-1") })).code).toBe("duplicate-id");
    expect(thrown(() => addPlanReview(plan, { ...review, date: "31/05/2025" })).issues).toEqual([expect.objectContaining({ path: ["reviews", plan.reviews.length, "date"] })]);
  });
});
