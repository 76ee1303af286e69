import { describe, expect, it } from "vitest";
import { linkChildVoice, unlinkChildVoice } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("unlinkChildVoice", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(linkChildVoice(sampleMap(), "three-houses-1"));
    // #region docs-example
    const next = unlinkChildVoice(map, "three-houses-1");
    // #endregion docs-example
    expect(next.childVoiceIds).toEqual([]);
    expect(unlinkChildVoice(next, "three-houses-1")).toBe(next);
    expect(next).toEqual(sampleMap());
  });
});
