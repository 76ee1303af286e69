import { parseWith } from "../core";
import { ContinuumPolicySchema, type ContinuumPolicy } from "./ContinuumPolicy";

/**
 * Parses a continuum policy read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, a missing timescale or visit schedule, unknown units and clock starts. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseContinuumPolicy} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The continuum policy, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid continuum policy; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/continuum/parseServiceEvent.test.ts#parse-continuum-policy}
 *
 * @category Continuum
 */
export function parseContinuumPolicy(input: unknown): ContinuumPolicy {
  return parseWith(ContinuumPolicySchema, input, "continuum policy");
}
