import { describe, expect, it } from "vitest";
import { addSafetyScale } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addSafetyScale", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addSafetyScale(map, {
    id: "sc-2",
    subject: { kind: "overall" },
    question: "On a scale of 0 to 10, where are we?",
    anchors: { zero: "Amy cannot live at home now", ten: "Everyone knows Amy is safe enough to close" },
    polarity: "safety-high",
    judgements: [{ id: "j-2", raterName: "Mum", raterRole: "parent", value: 6, on: "2025-03-29" }],
  });
    // #endregion docs-example
    expect(next.scales.at(-1)?.judgements[0]?.value).toBe(6);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(Object.isFrozen(next.scales)).toBe(true);
  });

  it("refuses a subject the map does not have and duplicate judgement ids", () => {
    const error = thrown(() => addSafetyScale(sampleMap(), { id: "sc-2", subject: { kind: "danger", dangerId: "d-9" }, polarity: "risk-high", judgements: [] }));
    expect(error.issues.map((i) => i.path)).toEqual([["scales", 1, "subject", "dangerId"]]);
    const judgement = { id: "j-9", value: 1, on: "2025-03-29" };
    expect(thrown(() => addSafetyScale(sampleMap(), { id: "sc-2", subject: { kind: "overall" }, polarity: "safety-high", judgements: [judgement, judgement] })).code).toBe("duplicate-id");
  });
});
