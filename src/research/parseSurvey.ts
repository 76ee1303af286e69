import { parseWith } from "../core";
import { SurveySchema, type Survey } from "./Survey";

/**
 * Parses a survey read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, unknown respondent groups, and item ids used twice (rule `reference/duplicate-id`). A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseSurvey} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The survey, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid survey; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#parse-survey}
 *
 * @category Research
 */
export function parseSurvey(input: unknown): Survey {
  return parseWith(SurveySchema, input, "survey");
}
