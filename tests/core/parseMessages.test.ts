// The messages of parse errors, the same through every parse entry point: a missing field says
// "required", a null given for an optional field says to omit it.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { parseAssessmentMap, safeParseAssessmentMap } from "../../src/assessment";
import { parseCaseFile } from "../../src/case-file";
import { parseServiceTimeline } from "../../src/continuum";
import { parseWith, safeParseWith, type KinsafeError } from "../../src/core";
import { parseChildRecord } from "../../src/records";
import { goodMap } from "../assessment/fixtures";
import { workedCase } from "../case-file/fixtures";
import { AT, build } from "../continuum/fixtures";
import { child } from "../metrics/fixtures";

type Json = Record<string, unknown>;
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

function failure(f: () => unknown): KinsafeError {
  try {
    f();
  } catch (error) {
    return error as KinsafeError;
  }
  throw new Error("expected an error");
}

function issueAt(error: KinsafeError, path: readonly (string | number)[]): KinsafeError["issues"][number] | undefined {
  return error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
}

describe("parse messages", () => {
  it("says required for a missing field, and to omit a null optional field", () => {
    // #region required-and-null
    const Person = z.object({ name: z.string(), birthDate: z.string().optional() });
    const result = safeParseWith(Person, { birthDate: null }, "person");
    if (!result.ok) {
      result.error.message;
      // [kinsafe] Invalid person: 2 problems.
      //   - name: required
      //   - birthDate: omit the field instead of null: it is optional, and null is not one of its values
    }
    // #endregion required-and-null
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: ["name"], rule: "required", message: "required" },
      { path: ["birthDate"], rule: "null-for-optional", message: "omit the field instead of null: it is optional, and null is not one of its values" },
    ]);
    expect(result.error.message).toContain("  - name: required\n");
    expect(result.error.message).not.toContain("received undefined");
    expect(result.error.message).toContain("birthDate: omit the field instead of null");
  });

  it("names the options of a missing enum, literal or union tag", () => {
    const Schema = z.object({
      kind: z.enum(["child", "adult"]),
      one: z.literal(1),
      event: z.discriminatedUnion("type", [z.object({ type: z.literal("visit") }), z.object({ type: z.literal("closure"), reason: z.string() })]),
    });
    const error = failure(() => parseWith(Schema, { event: {} }, "example"));
    expect(issueAt(error, ["kind"])).toEqual({ path: ["kind"], rule: "required", message: 'required (one of "child" | "adult")' });
    expect(issueAt(error, ["one"])).toEqual({ path: ["one"], rule: "required", message: "required (one of 1)" });
    expect(issueAt(error, ["event", "type"])).toEqual({ path: ["event", "type"], rule: "required", message: 'required (one of "visit" | "closure")' });
    // A field of the chosen branch is required in that branch.
    const branch = failure(() => parseWith(Schema, { kind: "child", one: 1, event: { type: "closure" } }, "example"));
    expect(branch.issues).toEqual([{ path: ["event", "reason"], rule: "required", message: "required" }]);
  });

  it("keeps the message of a null for a required field, and of a wrong value", () => {
    const Schema = z.object({ name: z.string(), kind: z.enum(["a", "b"]).optional(), age: z.number().optional() });
    const error = failure(() => parseWith(Schema, { name: null, kind: "c", age: "3" }, "example"));
    expect(issueAt(error, ["name"])).toMatchObject({ rule: "invalid_type", received: "null" });
    expect(issueAt(error, ["name"])?.message).toContain("expected string");
    expect(issueAt(error, ["kind"])).toMatchObject({ rule: "invalid_value", received: '"c"' });
    expect(issueAt(error, ["age"])).toMatchObject({ rule: "invalid_type", received: '"3"' });
  });

  it("tells optional fields through unions, arrays, records and lazy schemas", () => {
    const Item = z.object({ note: z.string().optional(), text: z.string() });
    const Schema = z.object({
      items: z.array(Item),
      byId: z.record(z.string(), Item),
      either: z.union([z.object({ a: z.string().optional() }), z.object({ b: z.number() })]),
      tree: z.lazy(() => Item),
      withDefault: z.string().default("x"),
    });
    const input = { items: [{ text: "t", note: null }, { note: "n" }], byId: { k: { text: "t", note: null } }, either: { a: null }, tree: { text: null, note: null }, withDefault: null };
    const error = failure(() => parseWith(Schema, input, "example"));
    expect(issueAt(error, ["items", 0, "note"])?.rule).toBe("null-for-optional");
    expect(issueAt(error, ["items", 1, "text"])?.rule).toBe("required");
    expect(issueAt(error, ["byId", "k", "note"])?.rule).toBe("null-for-optional");
    expect(issueAt(error, ["tree", "note"])?.rule).toBe("null-for-optional");
    expect(issueAt(error, ["tree", "text"])?.rule).toBe("invalid_type");
    expect(issueAt(error, ["withDefault"])?.rule).toBe("null-for-optional");
    expect(error.issues.find((i) => i.path[0] === "either")).toBeDefined();
  });

  it("applies to the assessment map", () => {
    const { authorId: _author, ...map } = json(goodMap);
    const error = failure(() => parseAssessmentMap({ ...map, recordedAt: null, caseId: null }));
    expect(issueAt(error, ["authorId"])).toEqual({ path: ["authorId"], rule: "required", message: "required" });
    expect(issueAt(error, ["recordedAt"])?.rule).toBe("null-for-optional");
    expect(issueAt(error, ["caseId"])?.message).toContain("omit the field instead of null");
    const safe = safeParseAssessmentMap({ ...map, recordedAt: null });
    expect(safe.ok === false && [...safe.error.issues.map((i) => i.rule)].sort()).toEqual(["null-for-optional", "required"]);
  });

  it("applies to the case file, inside people and plans", () => {
    const doc = json(workedCase());
    const people = doc["people"] as Json[];
    const [first, ...rest] = people;
    const { name: _name, ...nameless } = first as Json;
    const error = failure(() => parseCaseFile({ ...doc, people: [{ ...nameless, birthDate: null }, ...rest] }));
    expect(issueAt(error, ["people", 0, "name"])).toEqual({ path: ["people", 0, "name"], rule: "required", message: "required" });
    expect(issueAt(error, ["people", 0, "birthDate"])?.rule).toBe("null-for-optional");
    expect(error.message).toContain("people[0].name: required");
  });

  it("applies to the service timeline and its events", () => {
    const doc = json(build(AT.cp));
    const events = doc["events"] as Json[];
    const { date: _date, ...undated } = events[0] as Json;
    const error = failure(() => parseServiceTimeline({ ...doc, events: [undated, ...events.slice(1)] }));
    expect(issueAt(error, ["events", 0, "date"])).toEqual({ path: ["events", 0, "date"], rule: "required", message: "required" });
  });

  it("applies to the child record", () => {
    const record = json(child("c-1"));
    const { cinEpisodes: _cin, ...rest } = record;
    const error = failure(() => parseChildRecord({ ...rest, child: { childId: "c-1", disabilities: [], upn: null } }));
    expect(issueAt(error, ["cinEpisodes"])?.rule).toBe("required");
    expect(issueAt(error, ["child", "upn"])?.rule).toBe("null-for-optional");
  });
});

describe("an unknown extensions field on a part that takes none", () => {
  it("says this part takes none, and names the nearest item with an id and the person", () => {
    const doc = json(workedCase());
    const network = doc["network"] as Json;
    const members = network["members"] as Json[];
    const stray = { ...doc, network: { ...network, members: members.map((m, i) => (i === 0 ? { ...m, extensions: { crmId: 4711 } } : m)) } };
    const issue = issueAt(failure(() => parseCaseFile(stray)), ["network", "members", 0, "extensions"]);
    expect(issue?.rule).toBe("unrecognized_keys");
    expect(issue?.message).toContain("this part takes no extensions");
    expect(issue?.message).toContain("the nearest item with an id (network)");
    expect(issue?.message).toContain("the person's own");
    expect(issue?.message).not.toContain("(on a document or an item with an id)");
  });

  it("names the document when no item with an id encloses the part", () => {
    const map = json(goodMap);
    const analysis = { worker: { text: "The danger is high", extensions: {} }, family: [] };
    const issue = issueAt(failure(() => parseAssessmentMap({ ...map, analysis })), ["analysis", "worker", "extensions"]);
    expect(issue?.message).toContain("this part takes no extensions");
    expect(issue?.message).toContain('"extensions" of the document');
    expect(issue?.message).not.toContain("person");
  });

  it("keeps the general message for any other unknown field", () => {
    const issue = issueAt(failure(() => parseAssessmentMap({ ...json(goodMap), crmId: 1 })), ["crmId"]);
    expect(issue?.message).toContain('Keep the host system\'s own data in "extensions" (on a document or an item with an id)');
  });
});
