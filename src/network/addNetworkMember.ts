import { castDraft, produce, type Draft } from "immer";
import { guardInput, KinsafeError, parseInto, throwIfIssues, type InputIssue } from "../core";
import { NetworkMemberSchema, type NetworkMember, type SafetyNetwork } from "./Network";
import { assertDate } from "./internal";
import { memberIssues, networkRefs, type NetworkInputOptions, type NetworkMemberInput } from "./networkInput";

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
 * entry, so the history is kept.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the network's (`["members", 3, "joinedOn"]`), a new frozen network out; neither input is changed.
 *
 * @param network - The safety network.
 * @param member - The new member, as plain JSON.
 * @param options - `people`, to check that the member is one of the people of the case.
 * @returns A new network whose `members` end with the parsed member.
 * @throws {@link KinsafeError} with code `invalid-input` when the member does not parse, leaves before joining, or is not one of `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that the person is already a member who has not left.
 *
 * @example
 * {@includeCode ../../tests/network/addNetworkMember.test.ts#docs-example}
 *
 * @category Network
 */
export function addNetworkMember(network: SafetyNetwork, member: NetworkMemberInput, options: NetworkInputOptions = {}): SafetyNetwork {
  return guardInput("network member", () => {
    const at = ["members", network.members.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(NetworkMemberSchema, member, at, "network member", issues);
    memberIssues(issues, member, at, networkRefs(options), network.members);
    throwIfIssues("network member", issues);
    // No issues: the member parsed.
    return produce(network, (draft) => {
      addNetworkMemberRecipe(draft, parsed as NetworkMember);
    });
  });
}
