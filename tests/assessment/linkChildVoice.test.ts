import { describe, expect, it } from "vitest";
import { linkChildVoice } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("linkChildVoice", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = linkChildVoice(map, "three-houses-1");
    // #endregion docs-example
    expect(next.childVoiceIds).toEqual(["three-houses-1"]);
    expect(linkChildVoice(next, "three-houses-1")).toBe(next);
    expect(map).toEqual(sampleMap());
  });

  it("refuses an invalid id", () => {
    expect(thrown(() => linkChildVoice(sampleMap(), " ")).code).toBe("invalid-input");
  });
});
