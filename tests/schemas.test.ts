import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildJsonSchemas } from "../scripts/schemas";
import { goodMap } from "./assessment/fixtures";
import { AT, build } from "./continuum/fixtures";
import { createWorkingDayCalendar } from "../src/calendar";
import { DEFAULT_CONTINUUM_POLICY, toChildRecord } from "../src/continuum";

// The JSON Schemas published for vendors who do not write TypeScript must accept what kinsafe
// accepts and refuse what it refuses (shape only: reference checks are the parsers' job).
const schemas = buildJsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

function validator(name: string) {
  const schema = schemas[name];
  if (schema === undefined) throw new Error(`no published schema ${name}`);
  return ajv.compile(schema);
}

describe("published JSON Schemas", () => {
  it("publishes every persisted model", () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        "assessment-map",
        "assessment-map-audit-entry",
        "assessment-map-command",
        "change-meta",
        "child-record",
        "child-voice-record",
        "continuum-policy",
        "finding",
        "service-event",
        "service-timeline",
        "working-day-calendar",
      ].sort(),
    );
  });

  it("are valid draft 2020-12 schemas", () => {
    for (const name of Object.keys(schemas)) {
      expect(() => validator(name), name).not.toThrow();
    }
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
