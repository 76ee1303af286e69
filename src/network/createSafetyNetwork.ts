import { freeze } from "immer";
import { fieldOf, guardInput, listOf, parseInto, throwIfIssues, withId, checkUniqueIds, type InputIssue } from "../core";
import { SafetyNetworkSchema, type SafetyNetwork } from "./Network";
import { informingIssues, meetingIssues, memberIssues, networkRefs, type NetworkInputOptions, type SafetyNetworkInit } from "./networkInput";

/**
 * Creates a child's safety network from plain JSON: its members, who was told the danger
 * statements and safety goals, and its meetings; each list defaults to empty.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): the
 * whole network is checked, shape and references together (a membership that ends before it
 * starts, a person with two open memberships, an id used twice, and, with `options.people`, a
 * person who is not one of the people of the case), and every problem is reported in one error
 * with the network's paths (`["members", 0, "joinedOn"]`). Ids left out of the network, its
 * records and its meetings are made with `options.ids`. The input is not changed.
 *
 * @param init - The network as plain JSON.
 * @param options - `people`, to check the people it names; `ids`, to make the ids left out.
 * @returns A valid, frozen network with branded ids and dates.
 * @throws {@link KinsafeError} with code `invalid-input` when `init` does not make a valid network (`issues` lists every problem), or `duplicate-id` when the only problems are ids used twice.
 *
 * @example
 * {@includeCode ../../tests/network/createSafetyNetwork.test.ts#docs-example}
 *
 * @category Network
 */
export function createSafetyNetwork(init: SafetyNetworkInit, options: NetworkInputOptions = {}): SafetyNetwork {
  return guardInput("safety network", () => {
    const { ids } = options;
    const taken = new Set<string>();
    for (const key of ["informing", "meetings"]) {
      for (const item of listOf(init, key)) {
        const id = fieldOf(item, "id");
        if (typeof id === "string") taken.add(id);
      }
    }
    // A list left out is empty; a list that is not an array is left for the schema to report.
    const listOr = (key: string, fill: (items: readonly unknown[]) => unknown[]): unknown => {
      const value = fieldOf(init, key);
      return value === undefined ? [] : Array.isArray(value) ? fill(value) : value;
    };
    const withIds = (kind: "informing-record" | "network-meeting") => (items: readonly unknown[]): unknown[] =>
      items.map((item) => {
        const next = withId(item, kind, ids, (id) => taken.has(id));
        const id = fieldOf(next, "id");
        if (typeof id === "string") taken.add(id);
        return next;
      });
    const input = {
      ...(withId(init, "safety-network", ids, () => false) as object),
      members: listOr("members", (items) => [...items]),
      informing: listOr("informing", withIds("informing-record")),
      meetings: listOr("meetings", withIds("network-meeting")),
    };
    const issues: InputIssue[] = [];
    const parsed = parseInto(SafetyNetworkSchema, input, [], "safety network", issues);
    const refs = networkRefs(options);
    const members = listOf(input, "members");
    members.forEach((member, i) => {
      memberIssues(issues, member, ["members", i], refs, members.slice(0, i));
    });
    listOf(input, "informing").forEach((record, i) => {
      informingIssues(issues, record, ["informing", i], refs);
    });
    listOf(input, "meetings").forEach((meeting, i) => {
      meetingIssues(issues, meeting, ["meetings", i], refs);
    });
    const seen = new Map<string, string>();
    checkUniqueIds(issues, listOf(input, "informing"), ["informing"], seen);
    checkUniqueIds(issues, listOf(input, "meetings"), ["meetings"], seen);
    throwIfIssues("safety network", issues);
    // No issues: the network parsed.
    return freeze(parsed as SafetyNetwork, true);
  });
}
