import { safeParseWith, type SafeParseResult } from "../core";
import { safetyNetworkDocumentSchema, type SafetyNetworkContext } from "./networkReferences";
import type { SafetyNetwork } from "./Network";

/**
 * Parses a safety network without throwing: returns the safety network, or the error that
 * {@link parseSafetyNetwork} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param context - The case's `people` to check the members and the people told against; without them only the network itself is checked.
 * @returns `{ ok: true, value }` with the safety network, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/network/parseSafetyNetwork.test.ts#safe-parse-safety-network}
 *
 * @category Network
 */
export function safeParseSafetyNetwork(input: unknown, context: SafetyNetworkContext = {}): SafeParseResult<SafetyNetwork> {
  return safeParseWith(safetyNetworkDocumentSchema(context), input, "safety network");
}
