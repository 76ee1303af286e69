import { castDraft, produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import type { NetworkMember, SafetyNetwork } from "./Network";
import { assertDate } from "./internal";

/**
 * Adds a member to a draft network.
 *
 * @param draft - A draft of the network.
 * @param member - The new member.
 * @throws {@link KinsafeError} with code `duplicate-id` when the person is already a member who has not left; `invalid-argument` when `leftOn` is before `joinedOn`.
 *
 * @internal Shared by {@link addNetworkMember} and audited changes.
 */
export function addNetworkMemberRecipe(draft: Draft<SafetyNetwork>, member: NetworkMember): void {
  assertDate(member.joinedOn, "member.joinedOn");
  if (member.leftOn !== undefined && member.leftOn < member.joinedOn) {
    throw new KinsafeError("invalid-argument", `A member cannot leave (${member.leftOn}) before joining (${member.joinedOn}).`);
  }
  if (draft.members.some((m) => m.personId === member.personId && m.leftOn === undefined)) {
    throw new KinsafeError("duplicate-id", `${JSON.stringify(member.personId)} is already a member of the network; end that membership first.`);
  }
  draft.members.push(castDraft(member));
}

/**
 * Adds a person to the child's safety network: who found them (the family, professionals, or
 * family finding), whether they are willing, their roles, and when they joined.
 *
 * The practice expectation is a network found by the family: naturally connected people who
 * will still be there after services withdraw (England Innovations Project; Queensland practice
 * kit; domain specification 3.1). A person may rejoin after leaving: each membership is a new
 * entry, so the history is kept. The network is not changed: a new network is returned.
 *
 * @param network - The safety network.
 * @param member - The new member, already parsed with {@link NetworkMemberSchema}.
 * @returns A new network whose `members` end with `member`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the person is already a member who has not left, or `invalid-argument` when `leftOn` is before `joinedOn`.
 *
 * @example
 * {@includeCode ../../tests/network/addNetworkMember.test.ts#docs-example}
 *
 * @category Network
 */
export function addNetworkMember(network: SafetyNetwork, member: NetworkMember): SafetyNetwork {
  return produce(network, (draft) => {
    addNetworkMemberRecipe(draft, member);
  });
}
