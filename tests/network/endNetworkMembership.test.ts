import { describe, expect, it } from "vitest";
import { isoDate, personId } from "../../src/core";
import { currentMembers, endNetworkMembership } from "../../src/network";
import { deepFreeze, ids, network, thrown } from "./fixtures";

describe("endNetworkMembership", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = endNetworkMembership(network, ids.michelle, isoDate("2025-05-20"));
    next.members[2]?.leftOn; // "2025-05-20"
    currentMembers(next, isoDate("2025-05-20")).map((m) => m.personId); // ["gran-pat", "auntie-jo"]
    // #endregion docs-example
    expect(next.members[2]?.leftOn).toBe("2025-05-20");
    expect(currentMembers(next, isoDate("2025-05-20")).map((m) => m.personId)).toEqual(["gran-pat", "auntie-jo"]);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(network));
    endNetworkMembership(frozen, ids.gran, isoDate("2025-05-20"));
    expect(frozen.members[0]).not.toHaveProperty("leftOn");
  });

  it("throws for someone with no open membership, a bad date, or a day before joining", () => {
    expect(thrown(() => endNetworkMembership(network, personId("nobody"), isoDate("2025-05-20"))).code).toBe("not-found");
    const ended = endNetworkMembership(network, ids.gran, isoDate("2025-05-20"));
    expect(thrown(() => endNetworkMembership(ended, ids.gran, isoDate("2025-05-21"))).code).toBe("not-found");
    expect(thrown(() => endNetworkMembership(network, ids.gran, "20/05/2025")).code).toBe("invalid-argument");
    expect(thrown(() => endNetworkMembership(network, ids.gran, isoDate("2025-01-01"))).code).toBe("invalid-argument");
  });
});
