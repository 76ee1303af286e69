import { parseWith } from "../core";
import { CaseFileCommandSchema, type CaseFileCommand } from "./CaseFileCommand";

/**
 * Parses a case file command read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: an unknown `type`, and in the payload wrong types, impossible dates, unknown codes and references inside an assessment map it carries. Whether the command fits a case file (the people and plans it names exist) is checked by `applyCaseFileChange`. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseCaseFileCommand} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The case file command, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid case file command; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/case-file/parseCaseFileCommand.test.ts#parse-case-file-command}
 *
 * @category Case file
 */
export function parseCaseFileCommand(input: unknown): CaseFileCommand {
  return parseWith(CaseFileCommandSchema, input, "case file command");
}
