import { parseWith } from "../core";
import { ChildRecordSchema, type ChildRecord } from "./ChildRecord";

/**
 * Parses a canonical child record read from storage or produced by another system.
 *
 * Every problem is reported at once, each with its path (for example
 * `["cinEpisodes", 0, "closureReason"]` for an unknown reason for closure). Use
 * {@link safeParseChildRecord} to get the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The record, typed and branded.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid child record; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/records/childRecord.test.ts#docs-example}
 *
 * @category Records
 */
export function parseChildRecord(input: unknown): ChildRecord {
  return parseWith(ChildRecordSchema, input, "child record");
}
