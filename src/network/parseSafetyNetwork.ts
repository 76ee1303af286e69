import { parseWith } from "../core";
import { safetyNetworkDocumentSchema, type SafetyNetworkContext } from "./networkReferences";
import type { SafetyNetwork } from "./Network";

/**
 * Parses a safety network read from storage or received from another system.
 *
 * Every problem is reported at once, each with its path: wrong types, unknown codes and, with `context`, members and people told who are not among the case's people (for example `["members", 2, "personId"]`), in the network's own paths. Each cross-reference problem carries a `reference/...` rule. A missing field reads
 * `required`; a `null` for an optional field asks to omit it. Use {@link safeParseSafetyNetwork} to get
 * the problems as data instead of an exception.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The case's `people` to check the members and the people told against; without them only the network itself is checked.
 * @returns The safety network, typed, branded and readonly.
 * @throws {@link KinsafeError} with code `invalid-input` when `input` is not a valid safety network; `issues` lists every problem with its path (at most 100, then one saying how many more), or with code `too-large` when `input` is beyond the parse limits (more than 1,000,000 values, nested more than 64 deep, or more than 64 Mi characters of text). It throws nothing else, whatever `input` is.
 *
 * @example
 * {@includeCode ../../tests/network/parseSafetyNetwork.test.ts#parse-safety-network}
 *
 * @category Network
 */
export function parseSafetyNetwork(input: unknown, context: SafetyNetworkContext = {}): SafetyNetwork {
  return parseWith(safetyNetworkDocumentSchema(context), input, "safety network");
}
