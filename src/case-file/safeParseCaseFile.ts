import { safeParseWith, type SafeParseResult } from "../core";
import type { CaseFile } from "./CaseFile";
import { CaseFileDocumentSchema } from "./references";

/**
 * Parses a case file without throwing: returns the case file, or the error that
 * {@link parseCaseFile} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the case file, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/case-file/safeParseCaseFile.test.ts#docs-example}
 *
 * @category Case file
 */
export function safeParseCaseFile(input: unknown): SafeParseResult<CaseFile> {
  return safeParseWith(CaseFileDocumentSchema, input, "case file");
}
