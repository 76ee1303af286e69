import { parseWith } from "../core";
import { BottomLinePolicySchema, type BottomLinePolicy } from "./BottomLinePolicy";

/**
 * Parses a bottom-line policy read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, impossible dates, bottom lines of an unknown kind, and ids used twice (rule `reference/duplicate-id`). A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseBottomLinePolicy} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The bottom-line policy, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid bottom-line policy; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/parseBottomLine.test.ts#parse-bottom-line-policy}
 *
 * @category Bottom lines
 */
export function parseBottomLinePolicy(input: unknown): BottomLinePolicy {
  return parseWith(BottomLinePolicySchema, input, "bottom-line policy");
}
