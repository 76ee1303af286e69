import { parseWith } from "../core";
import { ChildVoiceRecordSchema, type ChildVoiceRecord } from "./ChildVoiceRecord";

/**
 * Parses a child-voice record from JSON (or any unknown value), checking its shape, its ids and
 * its dates.
 *
 * Use it at the boundary: when a record is read from storage or received from another system.
 * The record's `tool` decides which fields it must have.
 *
 * @param input - The value to parse, e.g. the result of `JSON.parse`.
 * @returns The record, with branded ids and dates.
 * @throws {@link KinsafeError} with code `invalid-input` when the input is not a valid record; its `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/child-voice/parseChildVoiceRecord.test.ts#docs-example}
 *
 * @category Child voice
 */
export function parseChildVoiceRecord(input: unknown): ChildVoiceRecord {
  return parseWith(ChildVoiceRecordSchema, input, "child-voice record");
}
