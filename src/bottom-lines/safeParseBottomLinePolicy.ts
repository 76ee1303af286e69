import { safeParseWith, type SafeParseResult } from "../core";
import { BottomLinePolicySchema, type BottomLinePolicy } from "./BottomLinePolicy";

/**
 * Parses a bottom-line policy without throwing: returns the bottom-line policy, or the error that
 * {@link parseBottomLinePolicy} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the bottom-line policy, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/parseBottomLine.test.ts#safe-parse-bottom-line-policy}
 *
 * @category Bottom lines
 */
export function safeParseBottomLinePolicy(input: unknown): SafeParseResult<BottomLinePolicy> {
  return safeParseWith(BottomLinePolicySchema, input, "bottom-line policy");
}
