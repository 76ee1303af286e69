// The immer recipes behind this folder's updaters, for audited commands in other folders (the
// case file). Internal: not re-exported from the folder's index or the package.
export { addPlanRuleRecipe } from "./addPlanRule";
export { updatePlanRuleRecipe } from "./updatePlanRule";
export { removePlanRuleRecipe } from "./removePlanRule";
export { setPlanStatusRecipe } from "./setPlanStatus";
export { newPlanVersionRecipe } from "./newPlanVersion";
export { addPlanReviewRecipe } from "./addPlanReview";
