import { describe, expect, it } from "vitest";
import { addNetworkMeeting, NetworkMeetingSchema } from "../../src/network";
import { deepFreeze, network, thrown } from "./fixtures";

const coreGroup = NetworkMeetingSchema.parse({
  id: "nm-3",
  date: "2025-05-28",
  attendeeIds: ["kerry", "lee", "gran-pat", "auntie-jo", "sw-sarah", "dsl-patel"],
  facilitatorId: "sw-sarah",
  decisions: ["The plan continues; Lee's Saturday visits can be at the park with Gran"],
  standsInFor: "core-group",
});

describe("addNetworkMeeting", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addNetworkMeeting(network, coreGroup);
    next.meetings.map((m) => m.id); // ["nm-1", "nm-2", "nm-3"]
    // #endregion docs-example
    expect(next.meetings.map((m) => m.id)).toEqual(["nm-1", "nm-2", "nm-3"]);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(network));
    addNetworkMeeting(frozen, coreGroup);
    expect(frozen.meetings).toHaveLength(2);
  });

  it("refuses an id already used", () => {
    expect(thrown(() => addNetworkMeeting(network, { ...coreGroup, id: NetworkMeetingSchema.shape.id.parse("inf-jo") })).code).toBe("duplicate-id");
  });
});
