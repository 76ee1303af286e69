import { produce, type Draft } from "immer";
import type * as z from "zod";
import { guardInput, KinsafeError, mergeChanges, parseInto, replaceEntry, throwIfIssues, type DeepReadonly, type InputIssue, type PersonId } from "../core";
import { NetworkMemberSchema, type NetworkMember, type SafetyNetwork } from "./Network";
import { applyChanges, assertDate, sameJson } from "./internal";
import { memberIndex } from "./memberIndex";
import { memberIssues, networkRefs, type NetworkInputOptions } from "./networkInput";

/**
 * The changes an update may make to a network member: any field but `personId`. Give
 * `undefined` for an optional field to remove it.
 *
 * @category Network
 */
export type NetworkMemberChanges = { readonly [K in Exclude<keyof MemberFields, "personId">]?: MemberFields[K] | undefined };
/**
 * The fields of a network membership, as its schema takes them.
 *
 * @category Network
 */
export type MemberFields = DeepReadonly<z.input<typeof NetworkMemberSchema>>;

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
 * left. Fields not named in `changes` are kept; `undefined` removes an optional field. The
 * changed membership is checked whole, as {@link addNetworkMember} checks a new one (the
 * contract of every updater: "Updating documents" in `docs/for-vendors.md`). When nothing really
 * changes, the same network is returned.
 *
 * @param network - The safety network.
 * @param personId - The member to change.
 * @param changes - The fields to change, as plain JSON.
 * @param options - `people`, to check that the member is one of the people of the case.
 * @returns A new network with the member changed, or `network` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the person was never a member, or `invalid-input` when the changed membership does not parse or would leave before it joined (every problem in `issues`, with the network's paths).
 *
 * @example
 * {@includeCode ../../tests/network/updateNetworkMember.test.ts#docs-example}
 *
 * @category Network
 */
export function updateNetworkMember(network: SafetyNetwork, personId: string, changes: NetworkMemberChanges, options: NetworkInputOptions = {}): SafetyNetwork {
  return guardInput("network member", () => {
    const index = memberIndex(network as Draft<SafetyNetwork>, personId as PersonId);
    const current = network.members[index] as NetworkMember;
    const merged = mergeChanges(current, changes, ["personId"]);
    const at = ["members", index];
    const issues: InputIssue[] = [];
    const parsed = parseInto(NetworkMemberSchema, merged, at, "network member", issues);
    memberIssues(issues, merged, at, networkRefs(options), network.members.filter((_, i) => i !== index));
    throwIfIssues("network member", issues);
    if (parsed === undefined || sameJson(current, parsed)) return network;
    return produce(network, (draft) => {
      replaceEntry(draft.members[index] as object, parsed);
    });
  });
}
