import { freeze } from "immer";
import { checkUniqueIds, fieldOf, guardInput, listOf, parseInto, throwIfIssues, withId, addIssue, type InputIssue } from "../core";
import { planRefs, reviewIssues, ruleIssues, type SafetyPlanInit, type SafetyPlanInputOptions } from "./planInput";
import { SafetyPlanSchema, type SafetyPlan } from "./SafetyPlan";

/**
 * Creates a safety plan from plain JSON: the map it answers, its rules and reviews (each
 * default none), starting in `status` (default `draft`) on the day `on`.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): the
 * whole plan is checked, shape and references together (ids used twice, and, with `options`,
 * people, danger statements and bottom lines the case does not have), and every problem is
 * reported in one error with the plan's paths (`["rules", 2, "monitors", 0, "personId"]`; the
 * day is reported at `["on"]`). Ids left out of the plan, its rules and its reviews are made with
 * `options.ids`. The input is not changed. Add rules later with {@link addPlanRule}; revise a
 * plan in use with {@link newPlanVersion}.
 *
 * @param init - The plan as plain JSON.
 * @param options - The people, map and bottom lines to check references against; `ids`, to make the ids left out.
 * @returns A valid, frozen plan with branded ids and dates, whose status history starts with `{ status, on }`.
 * @throws {@link KinsafeError} with code `invalid-input` when `init` does not make a valid plan (`issues` lists every problem), or `duplicate-id` when the only problems are ids used twice.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/createSafetyPlan.test.ts#docs-example}
 *
 * @category Safety plan
 */
export function createSafetyPlan(init: SafetyPlanInit, options: SafetyPlanInputOptions = {}): SafetyPlan {
  return guardInput("safety plan", () => {
    const { ids } = options;
    const fill = (key: "rules" | "reviews", kind: "plan-rule" | "plan-review"): unknown => {
      const value = fieldOf(init, key);
      if (value === undefined) return [];
      if (!Array.isArray(value)) return value;
      const taken = new Set(value.flatMap((item) => (typeof fieldOf(item, "id") === "string" ? [fieldOf(item, "id") as string] : [])));
      return value.map((item) => {
        const next = withId(item, kind, ids, (id) => taken.has(id));
        const id = fieldOf(next, "id");
        if (typeof id === "string") taken.add(id);
        return next;
      });
    };
    const { on, status: givenStatus, ...rest } = withId(init, "safety-plan", ids, () => false) as SafetyPlanInit;
    const status = givenStatus ?? "draft";
    const input = {
      ...rest,
      version: fieldOf(init, "version") ?? 1,
      status,
      statusHistory: [{ status, on }],
      rules: fill("rules", "plan-rule"),
      reviews: fill("reviews", "plan-review"),
    };
    const issues: InputIssue[] = [];
    const parsed = parseInto(SafetyPlanSchema, input, [], "safety plan", issues);
    // The day is given as `on`; its status is reported once, at `status`.
    const onPath = (path: readonly (string | number)[]): boolean => path[0] === "statusHistory";
    const shown = issues.filter((i) => !onPath(i.path) || i.path[2] === "on").map((i) => (onPath(i.path) ? { ...i, path: ["on", ...i.path.slice(3)] } : i));
    const refs = planRefs(options);
    if (refs.mapId !== undefined && typeof input.mapId === "string" && input.mapId !== refs.mapId) {
      addIssue(shown, ["mapId"], "reference/unknown-map", `The plan answers the map ${JSON.stringify(refs.mapId)} (options.map), not ${JSON.stringify(input.mapId)}.`, input.mapId);
    }
    const id = fieldOf(input, "id");
    if (typeof id === "string" && fieldOf(input, "previousVersionId") === id) {
      addIssue(shown, ["previousVersionId"], "reference/self-reference", "A version cannot be its own previous version.", id);
    }
    listOf(input, "rules").forEach((rule, i) => {
      ruleIssues(shown, rule, ["rules", i], refs);
    });
    listOf(input, "reviews").forEach((review, i) => {
      reviewIssues(shown, review, ["reviews", i], refs);
    });
    checkUniqueIds(shown, listOf(input, "rules"), ["rules"]);
    checkUniqueIds(shown, listOf(input, "reviews"), ["reviews"]);
    throwIfIssues("safety plan", shown);
    // No issues: the plan parsed.
    return freeze(parsed as SafetyPlan, true);
  });
}
