import { safeParseWith, type SafeParseResult } from "../core";
import { SurveyResponseSchema, type SurveyResponse } from "./Survey";

/**
 * Parses a survey response without throwing: returns the survey response, or the error that
 * {@link parseSurveyResponse} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the survey response, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#safe-parse-survey-response}
 *
 * @category Research
 */
export function safeParseSurveyResponse(input: unknown): SafeParseResult<SurveyResponse> {
  return safeParseWith(SurveyResponseSchema, input, "survey response");
}
