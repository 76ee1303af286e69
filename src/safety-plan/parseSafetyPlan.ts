import { parseWith } from "../core";
import { safetyPlanDocumentSchema, type SafetyPlanContext } from "./planReferences";
import type { SafetyPlan } from "./SafetyPlan";

/**
 * Parses a safety plan read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, unknown codes, blank text and, with `context`, people and bottom lines the case does not have (for example `["rules", 0, "responsibleIds", 1]`), in the plan's own paths. Each cross-reference problem carries a `reference/...` rule. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseSafetyPlan} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The case's `people` and `bottomLines` to check the plan's references against; without them only the plan itself is checked.
 * @returns The safety plan, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid safety plan; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/safety-plan/parseSafetyPlan.test.ts#parse-safety-plan}
 *
 * @category Safety plan
 */
export function parseSafetyPlan(input: unknown, context: SafetyPlanContext = {}): SafetyPlan {
  return parseWith(safetyPlanDocumentSchema(context), input, "safety plan");
}
