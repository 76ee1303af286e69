import { parseWith } from "../core";
import { BottomLineSchema, type BottomLine } from "./BottomLine";

/**
 * Parses a bottom line read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: an unknown `kind`, wrong types, fields of another kind's shape. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseBottomLine} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The bottom line, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid bottom line; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/bottom-lines/parseBottomLine.test.ts#parse-bottom-line}
 *
 * @category Bottom lines
 */
export function parseBottomLine(input: unknown): BottomLine {
  return parseWith(BottomLineSchema, input, "bottom line");
}
