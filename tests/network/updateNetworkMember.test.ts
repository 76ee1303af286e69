import { describe, expect, it } from "vitest";
import { isoDate, personId } from "../../src/core";
import { endNetworkMembership, updateNetworkMember } from "../../src/network";
import { deepFreeze, ids, network, thrown } from "./fixtures";

describe("updateNetworkMember", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = updateNetworkMember(network, ids.michelle, { staysAfterClosure: "yes", commitment: "I'll always pop round" });
    next.members[2]?.staysAfterClosure; // "yes"
    // #endregion docs-example
    expect(next.members[2]).toMatchObject({ personId: ids.michelle, staysAfterClosure: "yes", commitment: "I'll always pop round" });
  });

  it("returns the same network when nothing changes, and removes a field given as undefined", () => {
    expect(updateNetworkMember(network, ids.gran, { willingness: "willing" })).toBe(network);
    expect(updateNetworkMember(network, ids.gran, { commitment: undefined }).members[0]).not.toHaveProperty("commitment");
  });

  it("changes the latest membership of someone who has left", () => {
    const left = endNetworkMembership(network, ids.jo, isoDate("2025-05-01"));
    expect(updateNetworkMember(left, ids.jo, { staysAfterClosure: "no" }).members[1]?.staysAfterClosure).toBe("no");
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(network));
    updateNetworkMember(frozen, ids.gran, { roles: [] });
    expect(frozen.members[0]?.roles).toHaveLength(3);
  });

  it("throws for an unknown person or a leaving day before joining", () => {
    expect(thrown(() => updateNetworkMember(network, personId("nobody"), { roles: [] })).code).toBe("not-found");
    expect(thrown(() => updateNetworkMember(network, ids.gran, { leftOn: isoDate("2024-01-01") })).code).toBe("invalid-input");
  });
});
