import { parseWith } from "../core";
import { SurveyResponseSchema, type SurveyResponse } from "./Survey";

/**
 * Parses a survey response read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, impossible dates, unknown respondent groups. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseSurveyResponse} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The survey response, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid survey response; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#parse-survey-response}
 *
 * @category Research
 */
export function parseSurveyResponse(input: unknown): SurveyResponse {
  return parseWith(SurveyResponseSchema, input, "survey response");
}
