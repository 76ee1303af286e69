import { describe, expect, it } from "vitest";
import { personId } from "../../src/core";
import { updatePerson } from "../../src/network";
import { deepFreeze, ids, people, thrown } from "./fixtures";

describe("updatePerson", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const next = updatePerson(people, ids.michelle, { householdId: "hh-home" });
    next.find((p) => p.id === ids.michelle)?.householdId; // "hh-home"
    // #endregion docs-example
    expect(next.find((p) => p.id === ids.michelle)?.householdId).toBe("hh-home");
  });

  it("removes an optional field given as undefined and keeps the id", () => {
    const next = updatePerson(people, ids.kerry, { contact: undefined });
    expect(next.find((p) => p.id === ids.kerry)).not.toHaveProperty("contact");
    const sneaky = { name: "K" } as Record<string, unknown>;
    sneaky["id"] = "other";
    expect(updatePerson(people, ids.kerry, sneaky).find((p) => p.id === ids.kerry)?.name).toBe("K");
  });

  it("returns the same list when nothing changes", () => {
    const kerry = people.find((p) => p.id === ids.kerry);
    expect(updatePerson(people, ids.kerry, { name: kerry?.name ?? "", relationships: kerry?.relationships ?? [] })).toBe(people);
  });

  it("does not mutate its deep-frozen input", () => {
    const frozen = deepFreeze([...people]);
    expect(() => updatePerson(frozen, ids.gran, { name: "Pat" })).not.toThrow();
    expect(frozen.find((p) => p.id === ids.gran)?.name).toBe("Gran (Pat)");
  });

  it("throws not-found for an unknown person", () => {
    expect(thrown(() => updatePerson(people, personId("nobody"), { name: "X" })).code).toBe("not-found");
  });
});
