// Problems a vendor trial found in audited case-file commands: references the case file did not
// check, a null for an optional field, metadata problems hidden by the command's, and a status
// reported twice.
import { describe, expect, it } from "vitest";
import { applyAssessmentMapChange } from "../../src/assessment";
import { applyCaseFileChange, createCaseFile, safeParseCaseFile, type CaseFileCommand } from "../../src/case-file";
import { type ChangeMeta, type KinsafeError } from "../../src/core";
import { sampleMap } from "../assessment/fixtures";
import { meta, workedCase, caught } from "./fixtures";

const pathsAndRules = (error: KinsafeError): unknown[] => error.issues.map((i) => [i.path, i.rule]);
const distinctPaths = (error: KinsafeError): unknown[] => [...new Set(error.issues.map((i) => JSON.stringify(i.path)))].map((p) => JSON.parse(p) as unknown);
const sorted = (list: unknown[]): unknown[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const caseFile = workedCase();
const n = caseFile.people.length;
const ghostMother = { toId: "ghost", kind: "mother" } as const;

describe("a person's relationships in the case file", () => {
  it("refuse a relationship to a person the case file does not hold, at its path", () => {
    const input = {
      id: "case-z",
      childIds: ["amy"],
      people: [
        { id: "amy", name: "Amy", kind: "child" as const, relationships: [] },
        { id: "kerry", name: "Kerry", kind: "adult" as const, relationships: [ghostMother] },
      ],
    };
    expect(pathsAndRules(caught(() => createCaseFile(input)))).toEqual([[["people", 1, "relationships", 0, "toId"], "reference/unknown-person"]]);
    const stored = { ...caseFile, people: caseFile.people.map((p, i) => (i === 1 ? { ...p, relationships: [...p.relationships, ghostMother] } : p)) };
    const read = safeParseCaseFile(JSON.parse(JSON.stringify(stored)));
    expect(read.ok ? [] : pathsAndRules(read.error)).toEqual([[["people", 1, "relationships", caseFile.people[1]?.relationships.length ?? -1, "toId"], "reference/unknown-person"]]);
  });

  it("refuse an added person or a patch that names one", () => {
    const added = caught(() => applyCaseFileChange(caseFile, { type: "add-person", person: { id: "z", name: "Z", kind: "adult", relationships: [ghostMother] } }, meta));
    expect(pathsAndRules(added)).toEqual([[["people", n, "relationships", 0, "toId"], "reference/unknown-person"]]);
    const patched = caught(() => applyCaseFileChange(caseFile, { type: "update-person", personId: "lee", patch: { relationships: [ghostMother] } }, meta));
    expect(pathsAndRules(patched)).toEqual([[["people", 3, "relationships", 0, "toId"], "reference/unknown-person"]]);
  });

  it("accept a relationship to a person of the case", () => {
    const { next } = applyCaseFileChange(caseFile, { type: "add-person", person: { id: "z", name: "Z", kind: "adult", relationships: [{ toId: "amy", kind: "grandparent" }] } }, meta);
    expect(next.people.at(-1)?.relationships).toEqual([{ toId: "amy", kind: "grandparent" }]);
  });
});

describe("the people a map names, in an audited command", () => {
  const map = caseFile.maps[0];
  if (map === undefined) throw new Error("the worked case has changed");
  const danger = map.dangers[0];

  it("refuse a danger statement whose actor is not one of the case's people", () => {
    const command = { type: "map-change", mapId: map.id, command: { type: "add-item", column: "dangers", item: { ...danger, id: "d-new", actorIds: ["lee", "ghost"], positions: [{ heldBy: "Nobody", personId: "nobody", view: "I don't agree" }] } } };
    const error = caught(() => applyCaseFileChange(caseFile, command as CaseFileCommand, meta));
    const at = ["maps", 0, "dangers", map.dangers.length];
    expect(sorted(pathsAndRules(error))).toEqual(sorted([
      [[...at, "actorIds", 1], "reference/unknown-person"],
      [[...at, "positions", 0, "personId"], "reference/unknown-person"],
    ]));
  });

  it("refuse a patch, a next step's owner and an added map version that name one", () => {
    const patch = { type: "map-change", mapId: map.id, command: { type: "update-item", column: "dangers", id: danger?.id, patch: { actorIds: ["ghost"] } } };
    expect(pathsAndRules(caught(() => applyCaseFileChange(caseFile, patch as CaseFileCommand, meta)))).toEqual([[["maps", 0, "dangers", 0, "actorIds", 0], "reference/unknown-person"]]);
    const version = { type: "add-map-version", map: { ...map, version: map.version + 1, authorId: "ghost" } };
    expect(pathsAndRules(caught(() => applyCaseFileChange(caseFile, version as CaseFileCommand, meta)))).toEqual([[["maps", caseFile.maps.length, "authorId"], "reference/unknown-person"]]);
  });

  it("accept an item that names the case's people", () => {
    const command = { type: "map-change", mapId: map.id, command: { type: "add-item", column: "dangers", item: { ...danger, id: "d-new", actorIds: ["kerry"] } } };
    expect(applyCaseFileChange(caseFile, command as CaseFileCommand, meta).next.maps[0]?.dangers.at(-1)?.actorIds).toEqual(["kerry"]);
  });
});

describe("a null for an optional field in an audited command", () => {
  const omit = "null-for-optional";
  it("says to omit the field, as the parsers do", () => {
    const added = caught(() => applyCaseFileChange(caseFile, { type: "add-person", person: { id: "n", name: "N", kind: "adult", relationships: [], birthDate: null } } as unknown as CaseFileCommand, meta));
    expect(pathsAndRules(added)).toEqual([[["people", n, "birthDate"], omit]]);
    expect(added.issues[0]?.message).toContain("omit the field instead of null");
    const patched = caught(() => applyCaseFileChange(caseFile, { type: "update-person", personId: "lee", patch: { householdId: null } } as unknown as CaseFileCommand, meta));
    expect(pathsAndRules(patched)).toEqual([[["people", 3, "householdId"], omit]]);
  });
});

describe("the change's metadata", () => {
  const bad = { at: "nope", by: "", reason: " " } as unknown as ChangeMeta;
  it("is reported with the command's problems, in one error", () => {
    const command = { type: "add-person", person: { id: "z", name: "Z", kind: "adult", birthDate: "2025-02-30", relationships: [] } };
    const error = caught(() => applyCaseFileChange(caseFile, command as CaseFileCommand, bad));
    expect(sorted(distinctPaths(error))).toEqual(sorted([["people", n, "birthDate"], ["at"], ["by"], ["reason"]]));
    expect(error.code).toBe("invalid-input");
  });

  it("is reported with an assessment map command's problems, in one error", () => {
    const error = caught(() => applyAssessmentMapChange(sampleMap(), { type: "set-variant", variant: "nope" } as never, bad));
    expect(sorted(distinctPaths(error))).toEqual(sorted([["variant"], ["at"], ["by"], ["reason"]]));
  });

  it("alone still reads at the paths recordChange gives", () => {
    const error = caught(() => applyCaseFileChange(caseFile, { type: "update-person", personId: "lee", patch: { name: "Lee B" } }, { ...meta, reason: " " }));
    expect(pathsAndRules(error)).toEqual([[["reason"], "invalid_format"]]);
  });
});

describe("a plan's status", () => {
  it("is reported once, where the command wrote it", () => {
    const error = caught(() => applyCaseFileChange(caseFile, { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "finished", on: "2025-06-01" } } as unknown as CaseFileCommand, meta));
    expect(pathsAndRules(error)).toEqual([[["plans", 0, "status"], "invalid_value"]]);
  });
});
