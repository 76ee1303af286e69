import { safeParseWith, type SafeParseResult } from "../core";
import { ChildRecordSchema, type ChildRecord } from "./ChildRecord";

/**
 * Parses a canonical child record without throwing: returns the record, or the error that
 * {@link parseChildRecord} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the record, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/records/childRecord.test.ts#safe-parse}
 *
 * @category Records
 */
export function safeParseChildRecord(input: unknown): SafeParseResult<ChildRecord> {
  return safeParseWith(ChildRecordSchema, input, "child record");
}
