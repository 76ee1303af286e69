import { parseWith } from "../core";
import type { CaseFile } from "./CaseFile";
import { CaseFileDocumentSchema } from "./references";

/**
 * Parses a case file of the current schema version read from storage or received from another
 * system. To read documents of any version, use {@link migrateCaseFile}.
 *
 * Every problem is reported at once, each with its path: wrong types, and references that do
 * not resolve: every child of a map must be a child of the case, network members and the
 * people of plan rules must be among `people`, plans must point at existing maps, monitoring at
 * existing plans and rules, rules at the case's bottom lines; ids must be unique (a map's id and
 * version together). Each cross-reference problem carries a `reference/...` rule.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The case file, typed and branded.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid case file; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/case-file/parseCaseFile.test.ts#docs-example}
 *
 * @category Case file
 */
export function parseCaseFile(input: unknown): CaseFile {
  return parseWith(CaseFileDocumentSchema, input, "case file");
}
