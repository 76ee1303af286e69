import { describe, expect, it } from "vitest";
import { reclassifyGreyArea } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("reclassifyGreyArea", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = reclassifyGreyArea(map, "a-1", {
      column: "strengths",
      item: { id: "s-2", text: "Gran looks after Amy every weekend", personIds: ["p-gran"], observedBy: ["Mum"] },
    });
    // #endregion docs-example
    expect(next.greyAreas).toEqual([]);
    expect(next.strengths.map((s) => s.id)).toEqual(["s-1", "s-2"]);
    expect(map).toEqual(sampleMap());
  });

  it("may reuse the grey area's id and reaches every target column", () => {
    const next = reclassifyGreyArea(sampleMap(), "a-1", { column: "existingSafety", item: { id: "a-1", text: "Gran has Amy", actorIds: [], dangerIds: ["d-1"], observedBy: [] } });
    expect(next.existingSafety.map((e) => e.id)).toEqual(["e-1", "a-1"]);
    const asHarm = reclassifyGreyArea(sampleMap(), "a-1", { column: "harm", item: { id: "h-2", text: "Amy was left alone", actorIds: [], childIds: [], status: "alleged", positions: [] } });
    expect(asHarm.harm).toHaveLength(2);
  });

  it("throws not-found for an absent grey area and leaves the map alone on a bad item", () => {
    expect(thrown(() => reclassifyGreyArea(sampleMap(), "a-9", { column: "complicatingFactors", item: { id: "c-2", text: "x", personIds: [] } })).code).toBe("not-found");
    const map = sampleMap();
    expect(thrown(() => reclassifyGreyArea(map, "a-1", { column: "dangers", item: { id: "d-3", text: "", worriedParties: [], actorIds: [], childIds: [], disputedBy: [], positions: [] } })).code).toBe("invalid-input");
    expect(map.greyAreas).toHaveLength(1);
  });
});
