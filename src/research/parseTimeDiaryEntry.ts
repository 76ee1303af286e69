import { parseWith } from "../core";
import { TimeDiaryEntrySchema, type TimeDiaryEntry } from "./TimeDiary";

/**
 * Parses a time-diary entry read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, impossible dates, unknown activities, minutes out of range. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseTimeDiaryEntry} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The time-diary entry, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid time-diary entry; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#parse-time-diary-entry}
 *
 * @category Research
 */
export function parseTimeDiaryEntry(input: unknown): TimeDiaryEntry {
  return parseWith(TimeDiaryEntrySchema, input, "time-diary entry");
}
