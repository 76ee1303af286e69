import { describe, expect, it } from "vitest";
import { setParentsAndCarers, type ParentOrCarerInput } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("setParentsAndCarers", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = setParentsAndCarers(map, [
      { personId: "p-mum", name: "Leanne (Mum)", relation: "mother", view: "I want Craig home, but not when he has been drinking." },
      { personId: "p-dad", name: "Craig (Dad)", relation: "father", absenceReason: "On a night shift; seen at home on 12 March" },
    ]);
    // #endregion docs-example
    expect(next.parentsAndCarers?.map((p) => p.relation)).toEqual(["mother", "father"]);
    expect(next).not.toBe(map);
    expect(map).toEqual(sampleMap());
    expect(map.parentsAndCarers).toBeUndefined();
    expect(Object.isFrozen(next.parentsAndCarers)).toBe(true);
  });

  it("replaces the list the map had", () => {
    const first = setParentsAndCarers(sampleMap(), [{ personId: "p-mum", relation: "mother" }]);
    const next = setParentsAndCarers(first, [{ personId: "p-gran", relation: "kinship-carer" }]);
    expect(next.parentsAndCarers).toEqual([{ personId: "p-gran", relation: "kinship-carer" }]);
    expect(setParentsAndCarers(first, []).parentsAndCarers).toEqual([]);
  });

  it("refuses an entry that does not parse, with its path", () => {
    const map = deepFreeze(sampleMap());
    const entries = [{ personId: "p-mum", relation: "mother" }, { personId: "p-dad", relation: "uncle" }] as unknown as ParentOrCarerInput[];
    const error = thrown(() => setParentsAndCarers(map, entries));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([[1, "relation"]]);
    expect(map).toEqual(sampleMap());
  });
});
