import { produce, type Draft } from "immer";
import { KinsafeError, type IsoDate, type PersonId } from "../core";
import type { SafetyNetwork } from "./Network";
import { assertDate } from "./internal";

/**
 * Ends a person's open membership of a draft network.
 *
 * @param draft - A draft of the network.
 * @param personId - The member who leaves.
 * @param on - The day they leave.
 * @throws {@link KinsafeError} with code `not-found` when the person has no open membership; `invalid-argument` when `on` is not a date or is before they joined.
 *
 * @internal Shared by {@link endNetworkMembership} and audited changes.
 */
export function endNetworkMembershipRecipe(draft: Draft<SafetyNetwork>, personId: PersonId, on: IsoDate): void {
  assertDate(on, "on");
  const member = draft.members.find((m) => m.personId === personId && m.leftOn === undefined);
  if (member === undefined) throw new KinsafeError("not-found", `${JSON.stringify(personId)} has no open membership of the network.`);
  if (on < member.joinedOn) {
    throw new KinsafeError("invalid-argument", `A member cannot leave (${on}) before joining (${member.joinedOn}).`);
  }
  member.leftOn = on;
}

/**
 * Records that a member has left the safety network.
 *
 * The membership is kept with its `leftOn` day, so the network's history can still be read (who
 * was a member when a rule was broken, say); from that day the person is no longer one of the
 * {@link currentMembers}. Rules of the plan that rest on them are then reported by
 * {@link checkNetwork} (`network/rule-owner-not-in-network`): the network reconvenes to replace
 * them.
 *
 * @param network - The safety network.
 * @param personId - The member who leaves.
 * @param on - The day they leave.
 * @returns A new network in which the membership has ended.
 * @throws {@link KinsafeError} with code `not-found` when the person has no open membership, or `invalid-argument` when `on` is not a calendar date or is before they joined.
 *
 * @example
 * {@includeCode ../../tests/network/endNetworkMembership.test.ts#docs-example}
 *
 * @category Network
 */
export function endNetworkMembership(network: SafetyNetwork, personId: string, on: string): SafetyNetwork {
  return produce(network, (draft) => {
    endNetworkMembershipRecipe(draft, personId as PersonId, on as IsoDate);
  });
}
