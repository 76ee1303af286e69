import { describe, expect, it } from "vitest";
import { addPerson, PersonSchema } from "../../src/network";
import { deepFreeze, people, thrown } from "./fixtures";

const uncle = PersonSchema.parse({ id: "uncle-dan", name: "Uncle Dan", kind: "adult", householdId: "hh-dan", relationships: [{ toId: "amy", kind: "aunt-or-uncle" }] });

describe("addPerson", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = addPerson(people, uncle);
    next.length; // 11
    next.at(-1)?.name; // "Uncle Dan"
    // #endregion docs-example
    expect(next).toHaveLength(people.length + 1);
    expect(next.at(-1)).toEqual(uncle);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze([...people]);
    const next = addPerson(frozen, uncle);
    expect(frozen).toHaveLength(people.length);
    expect(next).not.toBe(frozen);
  });

  it("refuses an id already used", () => {
    const first = people[0];
    if (first === undefined) throw new Error("fixture");
    expect(thrown(() => addPerson(people, first)).code).toBe("duplicate-id");
  });
});
