import { describe, expect, it } from "vitest";
import { isInformedOfCurrentMap, InformingRecordSchema, recordInforming } from "../../src/network";
import { deepFreeze, ids, map, network, thrown } from "./fixtures";

const toldLee = InformingRecordSchema.parse({ id: "inf-lee", personId: "lee", mapId: "map-1", mapVersion: 1, method: "conversation", on: "2025-03-27", byId: "sw-sarah" });

describe("recordInforming", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = recordInforming(network, toldLee);
    isInformedOfCurrentMap(next, ids.lee, map); // true
    // #endregion docs-example
    expect(isInformedOfCurrentMap(next, ids.lee, map)).toBe(true);
    expect(next.informing.at(-1)).toEqual(toldLee);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze(structuredClone(network));
    recordInforming(frozen, toldLee);
    expect(frozen.informing).toHaveLength(3);
  });

  it("refuses an id used by another informing record or a meeting", () => {
    expect(thrown(() => recordInforming(network, { ...toldLee, id: InformingRecordSchema.shape.id.parse("inf-gran") })).code).toBe("duplicate-id");
    expect(thrown(() => recordInforming(network, { ...toldLee, id: InformingRecordSchema.shape.id.parse("nm-1") })).code).toBe("duplicate-id");
  });
});
