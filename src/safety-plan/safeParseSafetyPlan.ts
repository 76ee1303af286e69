import { safeParseWith, type SafeParseResult } from "../core";
import { safetyPlanDocumentSchema, type SafetyPlanContext } from "./planReferences";
import type { SafetyPlan } from "./SafetyPlan";

/**
 * Parses a safety plan without throwing: returns the safety plan, or the error that
 * {@link parseSafetyPlan} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The case's `people` and `bottomLines` to check the plan's references against; without them only the plan itself is checked.
 * @returns `{ ok: true, value }` with the safety plan, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/parseSafetyPlan.test.ts#safe-parse-safety-plan}
 *
 * @category Safety plan
 */
export function safeParseSafetyPlan(input: unknown, context: SafetyPlanContext = {}): SafeParseResult<SafetyPlan> {
  return safeParseWith(safetyPlanDocumentSchema(context), input, "safety plan");
}
