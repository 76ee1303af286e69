import { produce, type Draft } from "immer";
import { KinsafeError, type PersonId } from "../core";
import type { NetworkMember, SafetyNetwork } from "./Network";
import { applyChanges, assertDate } from "./internal";
import { memberIndex } from "./memberIndex";

/**
 * The changes an update may make to a network member: any field but `personId`. Give
 * `undefined` for an optional field to remove it.
 *
 * @category Network
 */
export type NetworkMemberChanges = { readonly [K in Exclude<keyof NetworkMember, "personId">]?: NetworkMember[K] | undefined };

/**
 * Changes a member of a draft network.
 *
 * @param draft - A draft of the network.
 * @param personId - The member to change.
 * @param changes - The fields to change.
 * @throws {@link KinsafeError} with code `not-found` when the person was never a member; `invalid-argument` when the change makes `leftOn` earlier than `joinedOn`.
 *
 * @internal Shared by {@link updateNetworkMember} and audited changes.
 */
export function updateNetworkMemberRecipe(draft: Draft<SafetyNetwork>, personId: PersonId, changes: NetworkMemberChanges): void {
  const member = draft.members[memberIndex(draft, personId)] as Draft<NetworkMember>;
  applyChanges(member, changes, ["personId"]);
  assertDate(member.joinedOn, "joinedOn");
  if (member.leftOn !== undefined && member.leftOn < member.joinedOn) {
    throw new KinsafeError("invalid-argument", `A member cannot leave (${member.leftOn}) before joining (${member.joinedOn}).`);
  }
}

/**
 * Changes some fields of a network member: their willingness once asked, their roles, whether
 * they will stay after Children's Services close the case, their commitment in their own words.
 *
 * The change applies to the person's open membership, or to their latest one when they have
 * left. Fields not named in `changes` are kept; `undefined` removes an optional field. When
 * nothing really changes, the same network is returned.
 *
 * @param network - The safety network.
 * @param personId - The member to change.
 * @param changes - The fields to change.
 * @returns A new network with the member changed, or `network` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the person was never a member, or `invalid-argument` when the change would make them leave before they joined.
 *
 * @example
 * {@includeCode ../../tests/network/updateNetworkMember.test.ts#docs-example}
 *
 * @category Network
 */
export function updateNetworkMember(network: SafetyNetwork, personId: PersonId, changes: NetworkMemberChanges): SafetyNetwork {
  return produce(network, (draft) => {
    updateNetworkMemberRecipe(draft, personId, changes);
  });
}
