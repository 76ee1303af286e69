import { safeParseWith, type SafeParseResult } from "../core";
import { AuditToolSchema, type AuditTool } from "./AuditTool";

/**
 * Parses an audit tool without throwing: returns the audit tool, or the error that
 * {@link parseAuditTool} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the audit tool, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/audit/parseAuditRecord.test.ts#safe-parse-audit-tool}
 *
 * @category Quality assurance
 */
export function safeParseAuditTool(input: unknown): SafeParseResult<AuditTool> {
  return safeParseWith(AuditToolSchema, input, "audit tool");
}
