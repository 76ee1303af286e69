import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { buildJsonSchemas } from "../../scripts/schemas";
import { applyAssessmentMapChange, createAssessmentMap, parseAssessmentMap, reclassifyGreyArea, setAssessmentMapVariant, updateHarmStatement, updateSafetyScale, type AssessmentMap } from "../../src/assessment";
import { applyCaseFileChange, CASE_FILE_SCHEMA_VERSION, createCaseFile, migrateCaseFile, parseCaseFile, safeParseCaseFile, undoLastCaseFileChange, type CaseFile, type CaseFileCommand } from "../../src/case-file";
import { parseChildVoiceRecord, recordChildVoiceConsent, updateChildVoiceItem, type ThreeHousesRecord } from "../../src/child-voice";
import { isoDate, isoDateTime, personId } from "../../src/core";
import { PersonSchema, SafetyNetworkSchema, endNetworkMembership, recordInforming, updateNetworkMember, updatePerson, type SafetyNetwork } from "../../src/network";
import { MonitoringEventSchema, PlanRuleIdSchema, SafetyPlanSchema, addPlanReview, newPlanVersion, setPlanStatus, updatePlanRule, type SafetyPlan } from "../../src/safety-plan";
import { threeHouses } from "../child-voice/fixtures";
import { goodMap } from "../assessment/fixtures";
import { network, plan } from "../network/fixtures";

// Unknown fields are never lost: every document and every item with an id keeps the host
// system's own data in `extensions`, through parsing, updates, audited commands, undo, migration
// and a JSON round trip; any other unknown field is refused with its path, by the parsers and by
// the published JSON Schemas alike.

/** A vendor's data as it comes from JSON: nested objects, arrays, null, unicode, and a `__proto__` key. */
const VENDOR = '{"acme-case":{"crmId":4711,"tags":["priority","Zoë — 🌳 ✓"],"owner":null,"deep":{"a":[{"b":true},[],{}]}},"__proto__":{"polluted":"yes"},"":0}';
const vendor = (n: number): unknown => JSON.parse(VENDOR.replace("4711", String(n))) as unknown;

const meta = { at: isoDateTime("2025-06-01T09:00:00Z"), by: personId("sw-sarah"), reason: "Kept up to date" };
/** The stored version-1 worked case, brought to the current version (version 2 only adds what version 1 could not hold). */
const storedV1 = (): Record<string, unknown> => ({ ...(JSON.parse(readFileSync(new URL("./stored/case-file-v1.json", import.meta.url), "utf8")) as Record<string, unknown>), schemaVersion: CASE_FILE_SCHEMA_VERSION });

type Json = Record<string, unknown>;

/** Adds `extensions` (with the vendor's data) to the document and to every object with an id in it, history apart. */
function withExtensions<T>(doc: T): T {
  let n = 0;
  const walk = (value: unknown, root: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (typeof value !== "object" || value === null) return value;
    const out: Json = {};
    for (const [key, v] of Object.entries(value)) out[key] = key === "history" && root ? v : walk(v, false);
    if (root || typeof out["id"] === "string") out["extensions"] = vendor(++n);
    return out;
  };
  // Through JSON text, so that every `__proto__` is an own key, as a stored document has it.
  return JSON.parse(JSON.stringify(walk(JSON.parse(JSON.stringify(doc)), true))) as T;
}

/** The `extensions` of the document and of every object with an id, as JSON text by id (history apart). */
function extensionsById(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string, root: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}/${String(i)}`, false);
      });
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const o = value as Json;
    const id = o["id"];
    if (root || typeof id === "string") {
      const key = root ? "(root)" : `${String(id)}${typeof o["version"] === "number" ? `@${String(o["version"])}` : ""}`;
      out.set(key, JSON.stringify(o["extensions"]) ?? "none");
    }
    for (const [k, v] of Object.entries(o)) if (!(root && k === "history") && k !== "extensions") walk(v, `${path}/${k}`, false);
  };
  walk(value(doc), "", true);
  return out;
}
const value = (doc: unknown): unknown => JSON.parse(JSON.stringify(doc)) as unknown;

/** JSON text with every object's keys sorted (kinsafe writes fields in its schema's order), `__proto__` keys included. */
function canonical(doc: unknown): string {
  if (Array.isArray(doc)) return `[${doc.map(canonical).join(",")}]`;
  if (typeof doc !== "object" || doc === null) return JSON.stringify(doc);
  const o = doc as Json;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
}

/** Every item of `before` that is still in `after` has the same extensions. */
function expectKept(before: unknown, after: unknown): void {
  const was = extensionsById(before);
  const now = extensionsById(after);
  let compared = 0;
  for (const [id, ext] of now) {
    const old = was.get(id);
    if (old === undefined) continue;
    expect(ext, id).toBe(old);
    compared++;
  }
  expect(compared).toBeGreaterThan(0);
  for (const ext of now.values()) expect(ext).not.toBe("none");
}

const jsonSchemas = buildJsonSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = (name: string) => ajv.compile(jsonSchemas[name] as object);

describe("a vendor's extensions", () => {
  it("survive parse → audited commands → undo → migrate → JSON round trip, __proto__ keys included", () => {
    const text = JSON.stringify(withExtensions(storedV1()));
    expect(text).toContain('"__proto__":{"polluted":"yes"}');
    const original = canonical(JSON.parse(text));
    const parsed = parseCaseFile(JSON.parse(text));
    expect(canonical(parsed)).toBe(original);

    const commands: CaseFileCommand[] = [
      { type: "update-person", personId: "kerry", patch: { name: "Kerry Smith" } },
      { type: "add-person", person: { id: "uncle-dev", name: "Uncle Dev", kind: "adult", relationships: [], extensions: { "acme-case": { crmId: 1, note: "né à Paris" } } } },
      { type: "update-person", personId: "gran-pat", patch: { extensions: { "acme-case": { crmId: 2, replaced: true } } } },
      { type: "update-person", personId: "auntie-jo", patch: {}, unset: ["extensions"] },
      { type: "map-change", mapId: "map-1", command: { type: "update-item", column: "harm", id: "h-slap", patch: { source: "Reported by the school" } } },
      { type: "map-change", mapId: "map-1", command: { type: "remove-item", column: "harm", id: "h-arguments" } },
      { type: "plan-change", planId: "plan-1", change: { type: "update-rule", ruleId: "r-bedtime", patch: { when: "Every night" } } },
      { type: "update-monitoring", eventId: "m-breach", patch: { note: "Followed up" } },
      { type: "update-network", change: { type: "end-member", personId: "michelle", on: "2025-05-31" } },
    ];
    let current: CaseFile = parsed;
    for (const command of commands) current = applyCaseFileChange(current, command, meta).next;
    expect(current.people.find((p) => p.id === "uncle-dev")?.extensions).toEqual({ "acme-case": { crmId: 1, note: "né à Paris" } });
    expect(current.people.find((p) => p.id === "gran-pat")?.extensions).toEqual({ "acme-case": { crmId: 2, replaced: true } });
    expect(current.people.find((p) => p.id === "auntie-jo")).not.toHaveProperty("extensions");
    expect(JSON.stringify(current.people.find((p) => p.id === "kerry")?.extensions)).toBe(JSON.stringify(vendor(3)));
    const ids = extensionsById(current);
    for (const [id, ext] of extensionsById(parsed)) if (!["gran-pat", "auntie-jo", "h-arguments"].includes(id)) expect(ids.get(id), id).toBe(ext);

    // Stored, read back and migrated: the same document.
    const stored = JSON.stringify(current);
    const migrated = migrateCaseFile(JSON.parse(stored));
    expect(canonical(migrated)).toBe(canonical(JSON.parse(stored)));

    // Undone change by change (the removed harm statement comes back with its extensions).
    let undone: CaseFile = migrated;
    for (let i = 0; i < commands.length; i++) undone = undoLastCaseFileChange(undone);
    expect(canonical(undone)).toBe(original);
    expect(canonical(migrateCaseFile(JSON.parse(JSON.stringify(undone))))).toBe(original);
    expect(({} as Json)["polluted"]).toBeUndefined();
  });

  it("survive every updater of the map, the network, the plan and the child's voice", () => {
    const map = parseAssessmentMap(withExtensions(goodMap));
    const mapAfter: AssessmentMap[] = [
      updateHarmStatement(map, map.harm[0]?.id ?? "", { source: "The school" }),
      setAssessmentMapVariant(map, "wellbeing"),
      updateSafetyScale(map, map.scales[0]?.id ?? "", { question: "How safe is Amy?" }),
      applyAssessmentMapChange(map, { type: "update-item", column: "dangers", id: map.dangers[0]?.id ?? "", patch: { context: "At weekends" } }, meta).next,
    ];
    for (const next of mapAfter) expectKept(map, next);
    if (map.greyAreas[0] !== undefined) {
      const grey = map.greyAreas[0];
      const next = reclassifyGreyArea(map, grey.id, { column: "complicatingFactors", item: { id: grey.id, text: grey.text, personIds: [] } });
      expect(JSON.stringify(next.complicatingFactors.find((c) => c.id === grey.id)?.extensions)).toBe(JSON.stringify(grey.extensions));
    }

    const net: SafetyNetwork = SafetyNetworkSchema.parse(withExtensions(network));
    const member = net.members[0];
    if (member === undefined) throw new Error("the network fixture has members");
    for (const next of [updateNetworkMember(net, member.personId, { commitment: "Sundays" }), endNetworkMembership(net, member.personId, isoDate("2025-06-01"))]) expectKept(net, next);
    const informing = net.informing[0];
    if (informing !== undefined) expectKept(net, recordInforming(net, { ...informing, id: `${informing.id}-again` as typeof informing.id }));

    const safetyPlan: SafetyPlan = SafetyPlanSchema.parse(withExtensions(plan));
    const rule = safetyPlan.rules[0];
    if (rule === undefined) throw new Error("the plan fixture has rules");
    const drafted = SafetyPlanSchema.parse({ ...value(safetyPlan) as Json, status: "draft", statusHistory: [{ status: "draft", on: "2025-03-28" }] });
    expectKept(drafted, updatePlanRule(drafted, PlanRuleIdSchema.parse(rule.id), { when: "Every evening" }));
    const review = safetyPlan.reviews[0];
    if (review !== undefined) expectKept(safetyPlan, addPlanReview(safetyPlan, { ...review, id: `${review.id}-2` as typeof review.id, date: isoDate("2025-06-20") }));
    const status = setPlanStatus(safetyPlan, "sustaining", isoDate("2025-06-01"));
    if (status.ok) expectKept(safetyPlan, status.value);
    expectKept(safetyPlan, newPlanVersion(safetyPlan, { id: "plan-2", on: isoDate("2025-06-01") }));

    const record = parseChildVoiceRecord(withExtensions(threeHouses)) as ThreeHousesRecord;
    const item = record.items[0];
    if (item === undefined) throw new Error("the Three Houses fixture has items");
    expectKept(record, updateChildVoiceItem(record, item.id, { text: "My dog" }));
    expectKept(record, recordChildVoiceConsent(record, { child: { status: "given", on: "2025-06-01" } }));

    const person = PersonSchema.parse(withExtensions({ id: "kerry", name: "Kerry", kind: "adult", relationships: [] }));
    const [updated] = updatePerson([person], person.id, { name: "Kerry S" });
    expectKept(person, updated);
    const event = MonitoringEventSchema.parse(withExtensions({ id: "m-1", planId: "plan-1", date: "2025-05-01", byId: "gran-pat", role: "network", outcome: "followed" }));
    expect(JSON.stringify(event.extensions)).toBe(JSON.stringify(vendor(1)));
  });
});

describe("creating a document", () => {
  it("takes the host system's extensions and keeps them", () => {
    const ext = { acme: { caseRef: "AC-0412", team: "North", aliases: ["Zoë"], closed: null } };
    const caseFile = createCaseFile({ id: "case-1", childIds: ["amy"], people: [{ id: "amy", name: "Amy", kind: "child", relationships: [] }], extensions: ext });
    expect(caseFile.extensions).toEqual(ext);
    const map = createAssessmentMap({ id: "map-1", childIds: ["amy"], date: "2025-03-20", authorId: "sw-sarah", extensions: ext });
    expect(map.extensions).toEqual(ext);
  });
});

describe("an unknown field", () => {
  it("is refused with its path by the parser and by the shipped JSON Schema, at the top and inside an item", () => {
    const doc = storedV1();
    const people = doc["people"] as Json[];
    const withStray = { ...doc, crmId: 4711, people: people.map((p, i) => (i === 2 ? { ...p, crmId: "c-9" } : p)) };
    const parsed = safeParseCaseFile(withStray);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: ["crmId"], rule: "unrecognized_keys" }),
          expect.objectContaining({ path: ["people", 2, "crmId"], rule: "unrecognized_keys" }),
        ]),
      );
      expect(parsed.error.issues.find((i) => i.path.length === 1)?.message).toContain('"extensions"');
      expect(parsed.error.message).toContain("people[2].crmId");
    }
    const check = validate("case-file");
    expect(check(withStray)).toBe(false);
    const errors = (check.errors ?? []).filter((e) => e.keyword === "additionalProperties").map((e) => `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}`);
    expect(errors).toEqual(expect.arrayContaining(["/crmId", "/people/2/crmId"]));
  });

  it("is refused by migrateCaseFile in a stored version-1 document, with its path, not dropped", () => {
    const doc = storedV1();
    const maps = doc["maps"] as Json[];
    const map = maps[0] as Json;
    const harm = map["harm"] as Json[];
    const stray = { ...doc, maps: [{ ...map, harm: [{ ...harm[0], severityScore: 3 }, ...harm.slice(1)] }] };
    let error: unknown;
    try {
      migrateCaseFile(stray);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "invalid-input", issues: [{ path: ["maps", 0, "harm", 0, "severityScore"], rule: "unrecognized_keys" }] });
  });

  it("is refused in every published schema's objects: each sets additionalProperties false, and objects with an id accept extensions", () => {
    const loose: string[] = [];
    const noExtensions: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          walk(n, `${path}/${String(i)}`);
        });
        return;
      }
      if (typeof node !== "object" || node === null) return;
      const o = node as Json;
      const props = o["properties"] as Json | undefined;
      if (props !== undefined) {
        if (o["additionalProperties"] !== false) loose.push(path);
        // Commands name an item by its id; every other object with an id is an item.
        if ("id" in props && !("extensions" in props) && !("type" in props && "const" in (props["type"] as Json))) noExtensions.push(path);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    for (const [name, schema] of Object.entries(jsonSchemas)) walk(schema, name);
    // The one object kept open: a history entry's command, stored as it was applied (any type).
    expect(loose.sort()).toEqual(["case-file-history-entry/properties/command", "case-file/properties/history/items/properties/command"]);
    expect(noExtensions).toEqual([]);
    // Every document accepts extensions at its top.
    for (const name of ["case-file", "person", "assessment-map", "safety-network", "safety-plan", "monitoring-event", "bottom-line-policy", "audit-tool", "audit-record", "service-timeline", "continuum-policy", "working-day-calendar", "child-record", "survey", "survey-response", "time-diary-entry"]) {
      expect(Object.keys((jsonSchemas[name] as { properties: Json }).properties), name).toContain("extensions");
    }
  });
});
