import { describe, expect, it } from "vitest";
import { sequentialIds } from "../../src/core";
import { addDangerStatement, addHarmStatement, addSafetyGoal, parseAssessmentMap, addSafetyScale, addScaleJudgement, addStrength, updateSafetyGoal } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

// The input contract of the map's add/update updaters ("Updating documents" in
// docs/for-vendors.md): shape, references and ids checked together, every problem in one error
// whose paths are the map's, ids from an IdFactory, the input never changed.

const rulesAt = (error: ReturnType<typeof thrown>): [readonly unknown[], string][] => error.issues.map((i) => [i.path, (i as unknown as { readonly rule: string }).rule]);

describe("map updaters: one error with the map's paths", () => {
  it("addSafetyGoal reports an unknown owner and a danger statement the map does not have together", () => {
    const error = thrown(() => addSafetyGoal(sampleMap(), { id: "g-2", dangerId: "d-ghost", owner: "agencyy" as "agency", text: "Amy is safe", who: [], protectiveBehaviours: [], monitoredBy: [] }));
    expect(error.code).toBe("invalid-input");
    expect(rulesAt(error)).toEqual([
      [["goals", 1, "owner"], "invalid_value"],
      [["goals", 1, "dangerId"], "reference/unknown-danger-statement"],
    ]);
  });

  it("addHarmStatement and addDangerStatement refuse a child the map is not about, as parseAssessmentMap does", () => {
    const harm = thrown(() => addHarmStatement(sampleMap(), { id: "h-2", text: "Dad hit Ben", actorIds: ["p-dad"], childIds: ["p-ben"], status: "alleged", positions: [], otherChildren: [{ name: "Amy", relation: "sibling", personId: "p-amy" }] }));
    expect(rulesAt(harm)).toEqual([
      [["harm", 1, "childIds", 0], "reference/unknown-child"],
      [["harm", 1, "otherChildren", 0, "personId"], "reference/other-child-is-map-child"],
    ]);
    const danger = thrown(() => addDangerStatement(sampleMap(), { id: "d-3", text: "Dad may hit Ben", worriedParties: ["School"], actorIds: [], childIds: ["p-ben"], disputedBy: [], positions: [] }));
    expect(rulesAt(danger)).toEqual([[["dangers", 2, "childIds", 0], "reference/unknown-child"]]);
    // What the updater accepts, the parser accepts.
    const ok = addHarmStatement(sampleMap(), { id: "h-2", text: "Dad hit Amy", actorIds: ["p-dad"], childIds: ["p-amy"], status: "alleged", positions: [] });
    expect(parseAssessmentMap(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
  });

  it("updateSafetyGoal reports the same problems at the goal's index", () => {
    const error = thrown(() => updateSafetyGoal(sampleMap(), "g-1", { owner: "agencyy" as "agency", dangerId: "d-ghost" }));
    expect(error.code).toBe("invalid-input");
    expect(rulesAt(error)).toEqual([
      [["goals", 0, "owner"], "invalid_value"],
      [["goals", 0, "dangerId"], "reference/unknown-danger-statement"],
    ]);
  });

  it("addSafetyScale reports an impossible date, an unknown subject and a repeated judgement id together", () => {
    const judgement = { id: "j-9", value: 5, on: "2025-02-30" };
    const error = thrown(() => addSafetyScale(sampleMap(), { id: "sc-2", subject: { kind: "danger", dangerId: "d-ghost" }, polarity: "safety-high", judgements: [judgement, { ...judgement, on: "2025-03-01" }] }));
    expect(error.code).toBe("invalid-input");
    expect(rulesAt(error)).toEqual([
      [["scales", 1, "judgements", 0, "on"], expect.any(String) as string],
      [["scales", 1, "subject", "dangerId"], "reference/unknown-danger-statement"],
      [["scales", 1, "judgements", 1, "id"], "reference/duplicate-id"],
    ]);
  });

  it("addDangerStatement reports a bad field and an id used elsewhere in the map together, as invalid-input", () => {
    const item = { id: "g-1", text: "Amy may be hurt", worriedParties: [], actorIds: [], childIds: ["p-amy"], disputedBy: [], positions: [] };
    const error = thrown(() => addDangerStatement(sampleMap(), { ...item, worriedParties: [42 as unknown as string] }));
    expect(error.code).toBe("invalid-input");
    expect(rulesAt(error)).toEqual([
      [["dangers", 2, "worriedParties", 0], "invalid_type"],
      [["dangers", 2, "id"], "reference/duplicate-id"],
    ]);
    // The id alone: duplicate-id, at the new item's path (not at the goal that already has it).
    const alone = thrown(() => addDangerStatement(sampleMap(), item));
    expect(alone.code).toBe("duplicate-id");
    expect(rulesAt(alone)).toEqual([[["dangers", 2, "id"], "reference/duplicate-id"]]);
  });

  it("addStrength without an id and without ids reports the id as required at its path in the map", () => {
    const error = thrown(() => addStrength(sampleMap(), { text: "Dad reads with Amy", personIds: [], observedBy: [] }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["strengths", 1, "id"]]);
  });
});

describe("map updaters: ids from an IdFactory", () => {
  it("addStrength takes its id from options.ids", () => {
    const map = sampleMap();
    // #region map-ids
    const ids = sequentialIds();
    const next = addStrength(map, { text: "Dad reads with Amy every evening", personIds: [], observedBy: ["Mum"] }, { ids });
    // next.strengths.at(-1)?.id === "strength-1"
    // #endregion map-ids
    expect(next.strengths.at(-1)?.id).toBe("strength-1");
  });

  it("an id in the input wins over the factory", () => {
    const next = addStrength(sampleMap(), { id: "s-own", text: "Dad reads with Amy", personIds: [], observedBy: [] }, { ids: sequentialIds() });
    expect(next.strengths.at(-1)?.id).toBe("s-own");
  });

  it("ids the map already uses are skipped", () => {
    const map = addStrength(sampleMap(), { id: "strength-1", text: "Gran visits", personIds: [], observedBy: [] });
    const ids = sequentialIds();
    const next = addDangerStatement(addStrength(map, { text: "Dad reads with Amy", personIds: [], observedBy: [] }, { ids }), { text: "Amy may be left alone", worriedParties: [], actorIds: [], childIds: [], disputedBy: [], positions: [] }, { ids });
    expect(next.strengths.map((s) => s.id)).toEqual(["s-1", "strength-1", "strength-2"]);
    expect(next.dangers.at(-1)?.id).toBe("danger-statement-1");
  });

  it("addSafetyGoal and addSafetyScale (with its judgements) and addScaleJudgement take ids of their own kinds", () => {
    const ids = sequentialIds({ prefix: "case-7/" });
    const withGoal = addSafetyGoal(sampleMap(), { dangerId: "d-2", owner: "family", text: "Amy gets to school on time", who: [], protectiveBehaviours: [], monitoredBy: [] }, { ids });
    const withScale = addSafetyScale(withGoal, { subject: { kind: "overall" }, polarity: "safety-high", judgements: [{ value: 5, on: "2025-03-29" }, { id: "j-own", value: 6, on: "2025-03-29" }] }, { ids });
    const next = addScaleJudgement(withScale, "case-7/safety-scale-1", { value: 7, on: "2025-03-30" }, { ids });
    expect(next.goals.at(-1)?.id).toBe("case-7/safety-goal-1");
    expect(next.scales.at(-1)?.id).toBe("case-7/safety-scale-1");
    expect(next.scales.at(-1)?.judgements.map((j) => j.id)).toEqual(["case-7/scale-judgement-1", "j-own", "case-7/scale-judgement-2"]);
  });

  it("addScaleJudgement reports a bad value at its path in the map, with a duplicate id in the same error", () => {
    const error = thrown(() => addScaleJudgement(sampleMap(), "sc-1", { id: "g-1", value: 11, on: "2025-03-29" }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["scales", 0, "judgements", 1, "value"], ["scales", 0, "judgements", 1, "id"]]);
  });
});

describe("map updaters: the input is never changed", () => {
  it("a deep-frozen item without an id is copied, not given an id", () => {
    const map = deepFreeze(sampleMap());
    const item = deepFreeze({ text: "Dad reads with Amy", personIds: [] as string[], observedBy: [] as string[] });
    const scale = deepFreeze({ subject: { kind: "overall" as const }, polarity: "safety-high" as const, judgements: [{ value: 5, on: "2025-03-29" }] });
    const ids = sequentialIds();
    addStrength(map, item, { ids });
    addSafetyScale(map, scale, { ids });
    expect(item).toEqual({ text: "Dad reads with Amy", personIds: [], observedBy: [] });
    expect(scale.judgements[0]).toEqual({ value: 5, on: "2025-03-29" });
    expect(map).toEqual(sampleMap());
  });

  it("a refused item leaves the map and the item as they were", () => {
    const map = deepFreeze(sampleMap());
    const item = deepFreeze({ id: "g-2", dangerId: "d-ghost", owner: "agencyy" as "agency", text: "Amy is safe", who: [], protectiveBehaviours: [], monitoredBy: [] });
    thrown(() => addSafetyGoal(map, item));
    thrown(() => updateSafetyGoal(map, "g-1", { dangerId: "d-ghost" }));
    expect(item.owner).toBe("agencyy");
    expect(map).toEqual(sampleMap());
  });
});
