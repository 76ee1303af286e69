import { safeParseWith, type SafeParseResult } from "../core";
import { AssessmentMapCommandSchema, type AssessmentMapCommand } from "./AssessmentMapCommand";

/**
 * Parses an assessment map command without throwing: returns the assessment map command, or the error that
 * {@link parseAssessmentMapCommand} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the assessment map command, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/case-file/parseCaseFileCommand.test.ts#safe-parse-assessment-map-command}
 *
 * @category Assessment map
 */
export function safeParseAssessmentMapCommand(input: unknown): SafeParseResult<AssessmentMapCommand> {
  return safeParseWith(AssessmentMapCommandSchema, input, "assessment map command");
}
