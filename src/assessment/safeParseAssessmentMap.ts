import { safeParseWith, type SafeParseResult } from "../core";
import { AssessmentMapSchema, type AssessmentMap } from "./AssessmentMap";

/**
 * Parses an assessment map without throwing: returns the map, or the error that
 * {@link parseAssessmentMap} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the map, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/assessment/safeParseAssessmentMap.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function safeParseAssessmentMap(input: unknown): SafeParseResult<AssessmentMap> {
  return safeParseWith(AssessmentMapSchema, input, "assessment map");
}
