import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core";
import { isInformedOfCurrentMap } from "../../src/network";
import { deepFreeze, ids, map, network, thrown } from "./fixtures";

describe("isInformedOfCurrentMap", () => {
  it("shows the documented example", () => {
    // #region docs-example
    isInformedOfCurrentMap(network, ids.gran, map); // true: told version 1 through Words and Pictures
    isInformedOfCurrentMap(network, ids.gran, { ...map, version: 2 }); // false: version 2 is new to her
    // #endregion docs-example
    expect(isInformedOfCurrentMap(network, ids.gran, map)).toBe(true);
    expect(isInformedOfCurrentMap(network, ids.gran, { ...map, version: 2 })).toBe(false);
  });

  it("is false for someone never told, for another map, and for telling after asOf", () => {
    expect(isInformedOfCurrentMap(network, ids.lee, map)).toBe(false);
    expect(isInformedOfCurrentMap(network, ids.gran, { ...map, id: "map-9" as typeof map.id })).toBe(false);
    expect(isInformedOfCurrentMap(network, ids.gran, map, { asOf: isoDate("2025-03-25") })).toBe(false);
    expect(isInformedOfCurrentMap(network, ids.gran, map, { asOf: isoDate("2025-03-26") })).toBe(true);
  });

  it("works on deep-frozen input and throws for a bad asOf", () => {
    expect(isInformedOfCurrentMap(deepFreeze(structuredClone(network)), ids.jo, map)).toBe(true);
    expect(thrown(() => isInformedOfCurrentMap(network, ids.jo, map, { asOf: "x" as never })).code).toBe("invalid-argument");
  });
});
