import { parseWith } from "../core";
import { AssessmentMapCommandSchema, type AssessmentMapCommand } from "./AssessmentMapCommand";

/**
 * Parses an assessment map command read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: an unknown `type` or column, and in the payload wrong types, impossible dates and scores out of range. Whether the command fits a map (the items it names exist) is checked by `applyAssessmentMapChange`. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseAssessmentMapCommand} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The assessment map command, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid assessment map command; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/case-file/parseCaseFileCommand.test.ts#parse-assessment-map-command}
 *
 * @category Assessment map
 */
export function parseAssessmentMapCommand(input: unknown): AssessmentMapCommand {
  return parseWith(AssessmentMapCommandSchema, input, "assessment map command");
}
