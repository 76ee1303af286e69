import { parseWith } from "../core";
import { AssessmentMapSchema, type AssessmentMap } from "./AssessmentMap";

/**
 * Parses an assessment map read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, scores out of range,
 * duplicate ids, and references to danger statements or goals the map does not have (for
 * example `["goals", 0, "dangerId"]`). Use {@link safeParseAssessmentMap} to get the problems as
 * data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The map, typed and branded.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid map; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/assessment/parseAssessmentMap.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function parseAssessmentMap(input: unknown): AssessmentMap {
  return parseWith(AssessmentMapSchema, input, "assessment map");
}
