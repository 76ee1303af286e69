import { safeParseWith, type SafeParseResult } from "../core";
import { ChildVoiceRecordSchema, type ChildVoiceRecord } from "./ChildVoiceRecord";

/**
 * Parses a child-voice record without throwing: the result says whether it parsed.
 *
 * The error, when there is one, is the same {@link KinsafeError} that
 * {@link parseChildVoiceRecord} would throw, with every problem and its path in `issues`.
 *
 * @param input - The value to parse, e.g. the result of `JSON.parse`.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/child-voice/safeParseChildVoiceRecord.test.ts#docs-example}
 *
 * @category Child voice
 */
export function safeParseChildVoiceRecord(input: unknown): SafeParseResult<ChildVoiceRecord> {
  return safeParseWith(ChildVoiceRecordSchema, input, "child-voice record");
}
