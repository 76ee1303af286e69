import { safeParseWith, type SafeParseResult } from "../core";
import { ContinuumPolicySchema, type ContinuumPolicy } from "./ContinuumPolicy";

/**
 * Parses a continuum policy without throwing: returns the continuum policy, or the error that
 * {@link parseContinuumPolicy} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the continuum policy, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceEvent.test.ts#safe-parse-continuum-policy}
 *
 * @category Continuum
 */
export function safeParseContinuumPolicy(input: unknown): SafeParseResult<ContinuumPolicy> {
  return safeParseWith(ContinuumPolicySchema, input, "continuum policy");
}
