import { describe, expect, it } from "vitest";
import { sequentialIds } from "../../src/core";
import { createSafetyNetwork } from "../../src/network";
import { people, thrown } from "./fixtures";

describe("createSafetyNetwork", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const network = createSafetyNetwork(
      {
        members: [{ personId: "gran-pat", foundBy: "family", willingness: "willing", roles: ["safe-person-for-child"], joinedOn: "2025-03-20", staysAfterClosure: "yes" }],
        meetings: [{ date: "2025-03-28", attendeeIds: ["gran-pat", "kerry"], facilitatorId: "sw-sarah", decisions: ["Gran is at every contact"] }],
      },
      { people, ids: sequentialIds({ prefix: "amy-" }) },
    );
    network.id; // "amy-safety-network-1"
    network.meetings[0]?.id; // "amy-network-meeting-1"
    // #endregion docs-example
    expect(network.id).toBe("amy-safety-network-1");
    expect(network.meetings[0]?.id).toBe("amy-network-meeting-1");
    expect(network.informing).toEqual([]);
    expect(Object.isFrozen(network.members[0])).toBe(true);
  });

  it("keeps the ids it is given and makes only those left out", () => {
    const ids = sequentialIds();
    const network = createSafetyNetwork(
      {
        id: "net-1",
        informing: [
          { id: "network-meeting-1", personId: "gran-pat", mapId: "map-1", mapVersion: 1, method: "conversation", on: "2025-03-21", byId: "sw-sarah" },
        ],
        meetings: [{ date: "2025-03-28", attendeeIds: [], facilitatorId: "sw-sarah", decisions: [] }],
      },
      { ids },
    );
    expect(network.id).toBe("net-1");
    expect(network.meetings[0]?.id).toBe("network-meeting-2");
  });

  it("refuses a second open membership of one person, and a list that is not a list", () => {
    const member = { personId: "gran-pat", foundBy: "family", willingness: "willing", roles: [], joinedOn: "2025-03-20", staysAfterClosure: "yes" } as const;
    expect(thrown(() => createSafetyNetwork({ id: "n", members: [member, member] })).issues.map((i) => i.path)).toEqual([["members", 1, "personId"]]);
    expect(thrown(() => createSafetyNetwork({ id: "n", meetings: "none" as never })).issues.map((i) => i.path)).toEqual([["meetings"]]);
  });
});
