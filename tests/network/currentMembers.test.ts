import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { currentMembers, endNetworkMembership } from "../../src/network";
import { asOf, deepFreeze, ids, network, thrown } from "./fixtures";

describe("currentMembers", () => {
  it("shows the documented example", () => {
    // #region docs-example
    currentMembers(network, isoDate("2025-03-21")).map((m) => m.personId); // ["gran-pat", "auntie-jo"] (Michelle joined on the 22nd)
    // #endregion docs-example
    expect(currentMembers(network, isoDate("2025-03-21")).map((m) => m.personId)).toEqual(["gran-pat", "auntie-jo"]);
    expect(currentMembers(network, asOf)).toHaveLength(3);
  });

  it("counts a member until the day before they leave", () => {
    const ended = endNetworkMembership(network, ids.jo, isoDate("2025-05-01"));
    expect(currentMembers(ended, isoDate("2025-04-30")).map((m) => m.personId)).toContain(ids.jo);
    expect(currentMembers(ended, isoDate("2025-05-01")).map((m) => m.personId)).not.toContain(ids.jo);
  });

  it("works on deep-frozen input and throws for a bad date", () => {
    expect(currentMembers(deepFreeze(structuredClone(network)), asOf)).toHaveLength(3);
    expect(thrown(() => currentMembers(network, "soon" as never)).code).toBe("invalid-argument");
  });
});
