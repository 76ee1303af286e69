import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as z from "zod";
import { buildJsonSchemas, PUBLISHED_SCHEMAS, schemaIndex, toPublishedJsonSchema } from "../scripts/schemas";
import { goodMap } from "./assessment/fixtures";
import { AT, build } from "./continuum/fixtures";
import { createWorkingDayCalendar } from "../src/calendar";
import { DEFAULT_CONTINUUM_POLICY, toChildRecord } from "../src/continuum";
import { workedCaseByCommands } from "./case-file/fixtures";

// The JSON Schemas published for vendors who do not write TypeScript must accept what kinsafe
// accepts and refuse what it refuses (tests/schemaCorpus.test.ts compares them on a corpus).
const schemas = buildJsonSchemas();

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const ajv = strictAjv();

function validator(name: string) {
  const schema = schemas[name];
  if (schema === undefined) throw new Error(`no published schema ${name}`);
  return ajv.getSchema(schema["$id"] as string) ?? ajv.compile(schema);
}

/** Every `type` keyword of a schema, wherever it is. */
function typeKeywords(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(typeKeywords);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === "type" && (typeof child === "string" || Array.isArray(child)) ? [child] : typeKeywords(child)));
}

describe("published JSON Schemas", () => {
  it("publishes every persisted model, command and audit entry", () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        "assessment-map",
        "assessment-map-audit-entry",
        "assessment-map-command",
        "audit-record",
        "audit-tool",
        "bottom-line",
        "bottom-line-policy",
        "case-file",
        "case-file-audit-entry",
        "case-file-command",
        "case-file-history-entry",
        "change-meta",
        "child-record",
        "child-voice-record",
        "continuum-policy",
        "finding",
        "monitoring-event",
        "person",
        "safety-network",
        "safety-plan",
        "service-event",
        "service-timeline",
        "survey",
        "survey-response",
        "time-diary-entry",
        "working-day-calendar",
      ].sort(),
    );
  });

  it("head each document with $schema, $id, title and description, and list it in index.json", () => {
    for (const { name, title, description } of PUBLISHED_SCHEMAS) {
      const schema = schemas[name] as Record<string, unknown>;
      expect(Object.keys(schema).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema["$id"]).toBe(`urn:kinsafe:schema:${name}`);
      expect(schema["title"]).toBe(title);
      expect(description.length).toBeGreaterThan(20);
    }
    expect(new Set(PUBLISHED_SCHEMAS.map((s) => s.title)).size).toBe(PUBLISHED_SCHEMAS.length);
    expect(schemaIndex()).toContainEqual({ name: "case-file", file: "case-file.json", $id: "urn:kinsafe:schema:case-file", title: "Case file" });
    expect(schemaIndex().map((e) => e.name)).toEqual(Object.keys(schemas).sort());
  });

  it("compile under ajv's strict mode (draft 2020-12), all in one instance", () => {
    for (const name of Object.keys(schemas)) expect(() => validator(name), name).not.toThrow();
  });

  it("have no union types (a `type` array), which strict mode refuses without allowUnionTypes", () => {
    for (const name of Object.keys(schemas)) expect(typeKeywords(schemas[name]).filter(Array.isArray), name).toEqual([]);
  });

  it("split a union of bare types, which zod writes as a `type` array, into anyOf branches", () => {
    const head = { $id: "urn:kinsafe:schema:test", title: "Test", description: "A union of bare types." };
    const schema = z.object({ path: z.array(z.union([z.string(), z.number()])), note: z.string().max(5).nullable() });
    expect(typeKeywords(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }))).toContainEqual(["string", "number"]);
    const json = toPublishedJsonSchema(schema, head);
    expect(typeKeywords(json).filter(Array.isArray)).toEqual([]);
    const validate = strictAjv().compile(json);
    expect(validate({ path: ["a", 1], note: null })).toBe(true);
    expect(validate({ path: [true], note: "abc" })).toBe(false);
    expect(validate({ path: [], note: "too long" })).toBe(false);
  });

  it("accept a stored case-file audit entry, which the assessment-map entry refuses", () => {
    const [entry] = workedCaseByCommands().history;
    const stored = JSON.parse(JSON.stringify(entry)) as unknown;
    expect(validator("case-file-audit-entry")(stored)).toBe(true);
    expect(validator("case-file-history-entry")(stored)).toBe(true);
    expect(validator("assessment-map-audit-entry")(stored)).toBe(false);
  });

  it("accept a complete assessment map and refuse a bad one", () => {
    const validate = validator("assessment-map");
    expect(validate(JSON.parse(JSON.stringify(goodMap))), JSON.stringify(validate.errors)).toBe(true);
    const bad = { ...(JSON.parse(JSON.stringify(goodMap)) as Record<string, unknown>), version: 0, date: "2025-02-30x" };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain("/version");
    expect(paths).toContain("/date");
  });

  it("refuse a judgement of 11", () => {
    const validate = validator("assessment-map");
    const doc = JSON.parse(JSON.stringify(goodMap)) as { scales: { judgements: { value: number }[] }[] };
    const judgement = doc.scales[0]?.judgements[0];
    if (judgement === undefined) throw new Error("fixture has no judgement");
    judgement.value = 11;
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/scales/0/judgements/0/value");
  });

  it("accept findings and change metadata", () => {
    expect(validator("finding")({ code: "assessment/x", severity: "warning", path: ["goals", 0] })).toBe(true);
    expect(validator("finding")({ code: "assessment/x", severity: "fatal", path: [] })).toBe(false);
    expect(validator("change-meta")({ at: "2025-03-03T10:00:00Z", by: "w1", reason: "r" })).toBe(true);
    expect(validator("change-meta")({ at: "2025-03-03 10:00", by: "w1", reason: "r" })).toBe(false);
  });

  it("accept a service timeline, its events, the continuum policy and the child record", () => {
    const timeline = JSON.parse(JSON.stringify(build([...AT.cp, { type: "review-conference", decision: "continue-plan", meeting: { attendees: [], decisions: [] } }]))) as {
      events: Record<string, unknown>[];
    };
    const validate = validator("service-timeline");
    expect(validate(timeline), JSON.stringify(validate.errors)).toBe(true);
    for (const event of timeline.events) expect(validator("service-event")(event)).toBe(true);
    expect(validator("service-event")({ ...timeline.events[0], type: "teleport" })).toBe(false);
    expect(validator("continuum-policy")(JSON.parse(JSON.stringify(DEFAULT_CONTINUUM_POLICY)))).toBe(true);
    const record = JSON.parse(JSON.stringify(toChildRecord(build(AT.cp), { calendar: createWorkingDayCalendar() }))) as unknown;
    const validateRecord = validator("child-record");
    expect(validateRecord(record), JSON.stringify(validateRecord.errors)).toBe(true);
    expect(validator("working-day-calendar")({ from: "2025-01-01", to: "2025-12-31", weekendDays: [0, 6], closedDays: [] })).toBe(true);
  });
});
