import { safeParseWith, type SafeParseResult } from "../core";
import { TimeDiaryEntrySchema, type TimeDiaryEntry } from "./TimeDiary";

/**
 * Parses a time-diary entry without throwing: returns the time-diary entry, or the error that
 * {@link parseTimeDiaryEntry} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the time-diary entry, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/research/parseSurvey.test.ts#safe-parse-time-diary-entry}
 *
 * @category Research
 */
export function safeParseTimeDiaryEntry(input: unknown): SafeParseResult<TimeDiaryEntry> {
  return safeParseWith(TimeDiaryEntrySchema, input, "time-diary entry");
}
