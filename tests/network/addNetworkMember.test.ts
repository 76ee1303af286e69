import { describe, expect, it } from "vitest";
import { addNetworkMember, endNetworkMembership, NetworkMemberSchema } from "../../src/network";
import { isoDate } from "../../src/core";
import { deepFreeze, network, thrown } from "./fixtures";

const uncle = NetworkMemberSchema.parse({
  personId: "uncle-dan",
  foundBy: "family-finding",
  willingness: "not-asked",
  roles: ["practical-help"],
  joinedOn: "2025-05-20",
  staysAfterClosure: "unknown",
});

describe("addNetworkMember", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addNetworkMember(network, uncle);
    next.members.map((m) => m.personId); // ["gran-pat", "auntie-jo", "michelle", "uncle-dan"]
    // #endregion docs-example
    expect(next.members.map((m) => m.personId)).toEqual(["gran-pat", "auntie-jo", "michelle", "uncle-dan"]);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(network));
    addNetworkMember(frozen, uncle);
    expect(frozen.members).toHaveLength(3);
  });

  it("refuses a person who is already a member, but lets a former member rejoin", () => {
    const gran = network.members[0];
    if (gran === undefined) throw new Error("fixture");
    expect(thrown(() => addNetworkMember(network, gran)).code).toBe("duplicate-id");
    const left = endNetworkMembership(network, gran.personId, isoDate("2025-05-01"));
    const rejoined = addNetworkMember(left, { ...gran, joinedOn: isoDate("2025-05-20") });
    expect(rejoined.members.filter((m) => m.personId === gran.personId)).toHaveLength(2);
  });

  it("refuses a membership that ends before it starts", () => {
    expect(thrown(() => addNetworkMember(network, { ...uncle, leftOn: isoDate("2025-05-01") })).issues).toEqual([expect.objectContaining({ path: ["members", 3, "leftOn"], rule: "date-order" })]);
  });
});
