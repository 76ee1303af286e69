import { safeParseWith, type SafeParseResult } from "../core";
import { AuditRecordSchema, type AuditRecord } from "./AuditRecord";

/**
 * Parses an audit record without throwing: returns the audit record, or the error that
 * {@link parseAuditRecord} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the audit record, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/audit/parseAuditRecord.test.ts#safe-parse-audit-record}
 *
 * @category Quality assurance
 */
export function safeParseAuditRecord(input: unknown): SafeParseResult<AuditRecord> {
  return safeParseWith(AuditRecordSchema, input, "audit record");
}
