import { describe, expect, it } from "vitest";
import {
  addComplicatingFactor,
  addDangerStatement,
  addExistingSafety,
  addGreyArea,
  addHarmStatement,
  addNextStep,
  addSafetyGoal,
  addSafetyScale,
  addStrength,
  isKinsafeError,
  removeComplicatingFactor,
  removeDangerStatement,
  removeExistingSafety,
  removeGreyArea,
  removeHarmStatement,
  removeNextStep,
  removeSafetyGoal,
  removeSafetyScale,
  removeStrength,
  updateComplicatingFactor,
  updateDangerStatement,
  updateExistingSafety,
  updateGreyArea,
  updateHarmStatement,
  updateNextStep,
  updateSafetyGoal,
  updateSafetyScale,
  updateStrength,
  type AssessmentMap,
  type AssessmentMapColumn,
} from "../../src";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

// Behaviour every add/update/remove updater shares, checked for every list of the map.

interface Row {
  readonly column: AssessmentMapColumn;
  readonly add: (map: AssessmentMap, item: never) => AssessmentMap;
  readonly update: (map: AssessmentMap, id: string, patch: never) => AssessmentMap;
  readonly remove: (map: AssessmentMap, id: string) => AssessmentMap;
  /** An id of the list that nothing points at. */
  readonly id: string;
  /** A new valid item (id `new-1`). */
  readonly item: Record<string, unknown>;
  /** A text field of the item (default `text`). */
  readonly field?: string;
}

const rows: readonly Row[] = [
  { column: "harm", add: addHarmStatement, update: updateHarmStatement, remove: removeHarmStatement, id: "h-1", item: { text: "Mum shouted at Amy", actorIds: [], childIds: [], status: "alleged", positions: [] } },
  { column: "dangers", add: addDangerStatement, update: updateDangerStatement, remove: removeDangerStatement, id: "d-2", item: { text: "Amy may be left alone", worriedParties: [], actorIds: [], childIds: [], disputedBy: [], positions: [] } },
  { column: "complicatingFactors", add: addComplicatingFactor, update: updateComplicatingFactor, remove: removeComplicatingFactor, id: "c-1", item: { text: "Dad works nights", personIds: [] } },
  { column: "greyAreas", add: addGreyArea, update: updateGreyArea, remove: removeGreyArea, id: "a-1", item: { text: "Who is Amy's uncle" } },
  { column: "strengths", add: addStrength, update: updateStrength, remove: removeStrength, id: "s-1", item: { text: "Dad reads with Amy", personIds: [], observedBy: [] } },
  { column: "existingSafety", add: addExistingSafety, update: updateExistingSafety, remove: removeExistingSafety, id: "e-1", item: { text: "Mum calls Gran", actorIds: [], dangerIds: ["d-1"], observedBy: [] } },
  { column: "goals", add: addSafetyGoal, update: updateSafetyGoal, remove: removeSafetyGoal, id: "g-1", item: { owner: "family", text: "Amy feels safe at home", who: [], protectiveBehaviours: [], monitoredBy: [] } },
  { column: "nextSteps", add: addNextStep, update: updateNextStep, remove: removeNextStep, id: "n-1", item: { text: "Visit Gran", status: "planned", goalIds: ["g-1"] } },
  { column: "scales", add: addSafetyScale, update: updateSafetyScale, remove: removeSafetyScale, id: "sc-1", item: { subject: { kind: "overall" }, polarity: "safety-high", judgements: [] }, field: "question" },
];

const ids = (map: AssessmentMap, column: AssessmentMapColumn): string[] => (map[column] as readonly { readonly id: string }[]).map((i) => i.id);

describe.each(rows)("updaters of $column", ({ column, add, update, remove, id, item, field = "text" }) => {
  it("add appends the parsed item and does not mutate its inputs", () => {
    const map = deepFreeze(sampleMap());
    const input = deepFreeze({ ...item, id: "new-1", [field]: "  Text is stored exactly as given  " });
    const next = add(map, input as never);
    expect(ids(next, column).at(-1)).toBe("new-1");
    expect((next[column].at(-1) as Record<string, unknown>)[field]).toBe("  Text is stored exactly as given  ");
    expect(thrown(() => add(map, { ...item, id: "new-2", [field]: "   " } as never)).issues.map((i) => i.path)).toContainEqual([column, map[column].length, field]);
    expect(next[column]).toHaveLength(map[column].length + 1);
    expect(map).toEqual(sampleMap());
  });

  it("add refuses an id used anywhere in the map with duplicate-id", () => {
    expect(thrown(() => add(sampleMap(), { ...item, id } as never)).code).toBe("duplicate-id");
    expect(thrown(() => add(sampleMap(), { ...item, id: "j-1" } as never)).code).toBe("duplicate-id");
  });

  it("add refuses an invalid item with invalid-input and paths in the map, leaving no corrupt map", () => {
    const error = thrown(() => add(sampleMap(), { ...item, id: "new-1", [field]: 42 } as never));
    expect(isKinsafeError(error)).toBe(true);
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toContainEqual([column, sampleMap()[column].length, field]);
  });

  it("update changes a field, keeps the id, and leaves the input alone", () => {
    const map = deepFreeze(sampleMap());
    const next = update(map, id, { [field]: "Changed text" } as never);
    const changed = next[column].find((i) => i.id === id) as Record<string, unknown>;
    expect(changed[field]).toBe("Changed text");
    expect(ids(next, column)).toEqual(ids(map, column));
    expect(map).toEqual(sampleMap());
  });

  it("update returns the same map when nothing really changes", () => {
    const map = sampleMap();
    const current = map[column].find((i) => i.id === id) as Record<string, unknown>;
    const { id: _id, ...same } = current;
    expect(update(map, id, same as never)).toBe(map);
    expect(update(map, id, {} as never)).toBe(map);
  });

  it("update throws not-found for an unknown id and invalid-input for a bad value", () => {
    expect(thrown(() => update(sampleMap(), "nope", {} as never)).code).toBe("not-found");
    const error = thrown(() => update(sampleMap(), id, { [field]: "" } as never));
    expect(error.code).toBe("invalid-input");
    const index = sampleMap()[column].findIndex((i) => i.id === id);
    expect(error.issues.map((i) => i.path)).toContainEqual([column, index, field]);
  });

  it("remove takes the item out; removing an absent id returns the same map", () => {
    const map = deepFreeze(sampleMap());
    const next = remove(map, id);
    expect(ids(next, column)).not.toContain(id);
    expect(next[column]).toHaveLength(map[column].length - 1);
    expect(remove(map, "absent")).toBe(map);
    expect(map).toEqual(sampleMap());
  });

  it("add then remove gives back an equal map", () => {
    const map = sampleMap();
    expect(remove(add(map, { ...item, id: "new-1" } as never), "new-1")).toEqual(map);
  });
});
