import { parseWith } from "../core";
import { AuditToolSchema, type AuditTool } from "./AuditTool";

/**
 * Parses an audit tool read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, section and criterion ids used twice, and a 0–10 scale without anchors for 0 and 10. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseAuditTool} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The audit tool, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid audit tool; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/audit/parseAuditRecord.test.ts#parse-audit-tool}
 *
 * @category Quality assurance
 */
export function parseAuditTool(input: unknown): AuditTool {
  return parseWith(AuditToolSchema, input, "audit tool");
}
