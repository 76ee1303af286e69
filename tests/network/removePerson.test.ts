import { describe, expect, it } from "vitest";
import { personId } from "../../src/core";
import { removePerson } from "../../src/network";
import { deepFreeze, ids, people } from "./fixtures";

describe("removePerson", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = removePerson(people, ids.ben);
    next.some((p) => p.id === ids.ben); // false
    next.find((p) => p.id === ids.amy)?.relationships; // [] (Amy's "sibling" link to Ben is gone)
    // #endregion docs-example
    expect(next.some((p) => p.id === ids.ben)).toBe(false);
    expect(next.find((p) => p.id === ids.amy)?.relationships).toEqual([]);
  });

  it("returns the same list when the person is not there", () => {
    expect(removePerson(people, personId("nobody"))).toBe(people);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze([...people]);
    removePerson(frozen, ids.kerry);
    expect(frozen).toHaveLength(people.length);
  });
});
