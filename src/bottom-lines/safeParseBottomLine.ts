import { safeParseWith, type SafeParseResult } from "../core";
import { BottomLineSchema, type BottomLine } from "./BottomLine";

/**
 * Parses a bottom line without throwing: returns the bottom line, or the error that
 * {@link parseBottomLine} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the bottom line, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/parseBottomLine.test.ts#safe-parse-bottom-line}
 *
 * @category Bottom lines
 */
export function safeParseBottomLine(input: unknown): SafeParseResult<BottomLine> {
  return safeParseWith(BottomLineSchema, input, "bottom line");
}
