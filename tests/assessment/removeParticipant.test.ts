import { describe, expect, it } from "vitest";
import { removeParticipant } from "../../src/assessment";
import { deepFreeze, sampleMap } from "./fixtures";

describe("removeParticipant", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = removeParticipant(map, "p-mum");
    // #endregion docs-example
    expect(next.participants.map((p) => p.personId)).toEqual(["p-worker"]);
    expect(removeParticipant(next, "p-mum")).toBe(next);
    expect(map).toEqual(sampleMap());
  });
});
