import { describe, expect, it } from "vitest";
import { addParticipant } from "../../src/assessment";
import { deepFreeze, sampleMap, thrown } from "./fixtures";

describe("addParticipant", () => {
  it("shows the documented example", () => {
    const map = deepFreeze(sampleMap());
    // #region docs-example
    const next = addParticipant(map, { personId: "p-teacher", name: "Ms Khan", role: "professional", agency: "Greenfield Primary School" });
    // #endregion docs-example
    expect(next.participants.at(-1)).toEqual({ personId: "p-teacher", name: "Ms Khan", role: "professional", agency: "Greenfield Primary School" });
    expect(map).toEqual(sampleMap());
  });

  it("refuses a person who already takes part, and a bad role", () => {
    expect(thrown(() => addParticipant(sampleMap(), { personId: "p-mum", role: "carer" })).code).toBe("duplicate-id");
    const error = thrown(() => addParticipant(sampleMap(), { personId: "p-x", role: "boss" as "worker" }));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => i.path)).toEqual([["participants", 2, "role"]]);
  });
});
