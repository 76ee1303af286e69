import { safeParseWith, type SafeParseResult } from "../core";
import { CaseFileCommandSchema, type CaseFileCommand } from "./CaseFileCommand";

/**
 * Parses a case file command without throwing: returns the case file command, or the error that
 * {@link parseCaseFileCommand} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the case file command, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/case-file/parseCaseFileCommand.test.ts#safe-parse-case-file-command}
 *
 * @category Case file
 */
export function safeParseCaseFileCommand(input: unknown): SafeParseResult<CaseFileCommand> {
  return safeParseWith(CaseFileCommandSchema, input, "case file command");
}
