import type { IsoDate } from "../core";
import type { NetworkMember, SafetyNetwork } from "./Network";
import { assertDate } from "./internal";

/**
 * The members of a safety network on a given day: those who had joined by then and had not yet
 * left.
 *
 * A member counts from their `joinedOn` day (inclusive) until the day before their `leftOn`
 * day: on the day they leave they are no longer a member. Bottom lines and checks use this to
 * decide who is in the network "now", so that the past is always read the same way.
 *
 * @param network - The safety network.
 * @param asOf - The day to look at (passed in: kinsafe never reads the clock).
 * @returns The current members, in the network's order.
 * @throws {@link KinsafeError} with code `invalid-argument` when `asOf` is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/network/currentMembers.test.ts#docs-example}
 *
 * @category Network
 */
export function currentMembers(network: SafetyNetwork, asOf: IsoDate): readonly NetworkMember[] {
  assertDate(asOf, "asOf");
  return network.members.filter((m) => m.joinedOn <= asOf && (m.leftOn === undefined || m.leftOn > asOf));
}
