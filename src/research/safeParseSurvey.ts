import { safeParseWith, type SafeParseResult } from "../core";
import { SurveySchema, type Survey } from "./Survey";

/**
 * Parses a survey without throwing: returns the survey, or the error that
 * {@link parseSurvey} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the survey, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#safe-parse-survey}
 *
 * @category Research
 */
export function safeParseSurvey(input: unknown): SafeParseResult<Survey> {
  return safeParseWith(SurveySchema, input, "survey");
}
