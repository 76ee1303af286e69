// The corpus of the JSON Schema agreement test (tests/schemaCorpus.test.ts): valid documents of
// every published schema, taken from the fixtures and the arbitraries of the other tests, and
// the mutations that turn them into near misses.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { applyAssessmentMapChange, checkAssessmentMap, type AssessmentMapCommand } from "../src/assessment";
import { AuditRecordSchema, BUILT_IN_AUDIT_TOOLS, MAPPING_AUDIT_TOOL } from "../src/audit";
import { applyCaseFileChange, createCaseFile, type CaseFileCommand } from "../src/case-file";
import { createWorkingDayCalendar } from "../src/calendar";
import { DEFAULT_CONTINUUM_POLICY, toChildRecord } from "../src/continuum";
import { arbAssessmentMap } from "./arbitraries";
import { goodMap, meta as mapMeta, sampleMap } from "./assessment/fixtures";
import { adjustments, goodCase } from "./audit/fixtures";
import { arbCaseFile } from "./case-file/arbitraries";
import { ids, metaOn, people, workedBottomLines, workedCase, workedCaseByCommands, workedCommands } from "./case-file/fixtures";
import { arbChildVoiceRecordInput } from "./child-voice/arbitraries";
import { safetyHouse, threeHouses, wizardsAndFairies, wordsAndPictures } from "./child-voice/fixtures";
import { AT, build } from "./continuum/fixtures";
import { arbChildRecord } from "./metrics/fixtures";
import { childVoice, map, monitoring, network, plan } from "./network/fixtures";
import { arbSafetyNetwork } from "./network/arbitraries";
import { arbMonitoringEvents, arbSafetyPlan } from "./safety-plan/arbitraries";

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, seed: number): Json[] => fc.sample(arb, { numRuns, seed }).map(json);

/** Commands of an assessment map, each valid on `sampleMap()`. */
const MAP_COMMANDS: readonly AssessmentMapCommand[] = [
  { type: "add-item", column: "harm", item: { id: "h-2", text: "Amy was left alone", actorIds: [], childIds: [], status: "alleged", positions: [] } },
  { type: "update-item", column: "goals", id: "g-1", patch: { text: "Amy is cared for by a sober adult every night" }, unset: ["dangerId"] },
  { type: "reclassify-grey-area", greyAreaId: "a-1", to: { column: "complicatingFactors", item: { id: "c-2", text: "Weekends are unclear", personIds: [] } } },
  { type: "add-judgement", scaleId: "sc-1", judgement: { id: "j-2", value: 6, on: "2025-03-29" } },
  { type: "set-next-step-status", nextStepId: "n-1", status: "in-progress" },
  { type: "add-participant", participant: { personId: "p-gran", role: "network" } },
  { type: "remove-item", column: "dangers", id: "d-1", cascade: true },
];

function caseFileEntries(): Json[] {
  let caseFile = createCaseFile({ id: "case-amy-ben", childIds: [ids.amy, ids.ben], people });
  const entries: Json[] = [];
  for (const { on, command } of workedCommands()) {
    const { next, entry } = applyCaseFileChange(caseFile, command, metaOn(on));
    entries.push(json(entry));
    caseFile = next;
  }
  return entries;
}

function caseFileCommands(): Json[] {
  const mapChange: CaseFileCommand = { type: "map-change", mapId: map.id, command: { type: "set-variant", variant: "success" } };
  const update: CaseFileCommand = { type: "update-person", personId: ids.amy, patch: { name: "Amy B" }, unset: ["householdId"] };
  return [...workedCommands().map((c) => json(c.command)), json(mapChange), json(update)];
}

function mapAuditEntries(): Json[] {
  return MAP_COMMANDS.map((command) => json(applyAssessmentMapChange(sampleMap(), command, mapMeta).entry));
}

function timelines(): Json[] {
  return [AT.cp, AT.lookedAfter, AT.proceedings, AT.steppedDown, AT.epo, AT.transferredIn, AT.earlyHelp, AT.nfa].map((steps) => json(build(steps)));
}

function auditRecords(): Json[] {
  const base = { caseFileId: "case-amy-ben", date: "2025-06-02", auditorIds: ["tm-jane"], toolId: MAPPING_AUDIT_TOOL.id, toolVersion: MAPPING_AUDIT_TOOL.version };
  return [
    { ...base, id: "a-1", mode: { kind: "file" }, adjustments: [], answers: [{ criterionId: "map-1", value: "yes", comment: "Clear harm statements" }] },
    { ...base, id: "a-2", mode: { kind: "collaborative", with: ["worker", "family"] }, adjustments, answers: [{ criterionId: "map-1", value: "partly", suggested: "yes" }, { criterionId: "map-2", value: 7 }], summary: "A good map" },
  ].map((r) => json(AuditRecordSchema.parse(r)));
}

function research(): { survey: Json[]; "survey-response": Json[]; "time-diary-entry": Json[] } {
  return {
    survey: [
      {
        id: "parents-survey",
        version: 1,
        title: "Parents' survey",
        groups: ["parents", "staff"],
        items: [
          { id: "listened", kind: "likert", text: "My social worker listens to me", points: 5, low: "Strongly disagree", high: "Strongly agree" },
          { id: "comments", kind: "free-text", text: "Anything else?" },
        ],
      },
    ],
    "survey-response": [
      { id: "r1-baseline", surveyId: "parents-survey", respondentId: "r1", group: "parents", timePoint: "baseline", date: "2016-01-10", answers: [{ itemId: "listened", value: 4 }, { itemId: "comments", value: "She calls back" }] },
    ],
    "time-diary-entry": [
      { id: "e1", workerId: "sw-sarah", date: "2016-03-01", activity: "direct-work", minutes: 180 },
      { id: "e2", workerId: "sw-sarah", date: "2016-03-01", activity: "travel", minutes: 60 },
    ],
  };
}

/** A host system's own data, as it may keep it in `extensions`: nested objects, arrays, null, unicode. */
export const VENDOR_EXTENSIONS: Json = { "acme-crm": { id: 4711, tags: ["priority", "Zoë — ✓"], owner: null, deep: { a: [{ b: true }, [], {}] } } };

/** The schemas of documents (as opposed to commands, audit entries and findings): each takes `extensions` at its top. */
export const DOCUMENT_SCHEMAS: readonly string[] = [
  "case-file",
  "person",
  "assessment-map",
  "child-voice-record",
  "safety-network",
  "safety-plan",
  "monitoring-event",
  "bottom-line",
  "bottom-line-policy",
  "audit-tool",
  "audit-record",
  "service-timeline",
  "service-event",
  "continuum-policy",
  "working-day-calendar",
  "child-record",
  "survey",
  "survey-response",
  "time-diary-entry",
];

/**
 * `doc` with `extensions` on every object that has an id (each document and item) and, for a
 * document, at its top; a case file's history is left as it is.
 */
export function withExtensions(doc: Json, document: boolean): Json {
  const walk = (value: Json, root: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (typeof value !== "object" || value === null) return value;
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(value)) out[key] = root && key === "history" ? v : walk(v, false);
    // A command names an item by its id (`remove-item`); it is not an item.
    const isCommand = typeof out["type"] === "string" && !("date" in out);
    if ((root && document) || (typeof out["id"] === "string" && !isCommand)) out["extensions"] = VENDOR_EXTENSIONS;
    return out;
  };
  return walk(doc, true);
}

/** Valid documents of every published schema, by schema name. */
export function validCorpus(): Record<string, Json[]> {
  // The stored version-1 worked case as migrateCaseFile brings it forward (version 2 only adds
  // what version 1 could not hold), and a stored version-2 case with a vendor's extensions.
  const storedV1 = { ...(JSON.parse(readFileSync(new URL("case-file/stored/case-file-v1.json", import.meta.url), "utf8")) as Record<string, Json>), schemaVersion: 2 } as Json;
  const storedV2 = JSON.parse(readFileSync(new URL("case-file/stored/case-file-v2.json", import.meta.url), "utf8")) as Json;
  // Entries recorded before a whole document was recorded by reference: their commands hold it.
  const storedWhole = JSON.parse(readFileSync(new URL("case-file/stored/case-file-v1-whole-documents.json", import.meta.url), "utf8")) as { history: { command: { type: string } }[] };
  const wholeDocumentEntries = storedWhole.history.filter((e) => ["add-map-version", "add-plan-version", "add-child-voice"].includes(e.command.type)) as Json[];
  const calendar = { from: "2025-01-01", to: "2025-12-31", weekendDays: [0, 6], closedDays: [{ date: "2025-12-25", title: "Christmas Day" }] };
  const corpus: Record<string, Json[]> = {
    "case-file": [json(workedCase()), json(workedCaseByCommands()), storedV1, storedV2, json(goodCase), ...sample(arbCaseFile(), 4, 14)],
    "case-file-command": caseFileCommands(),
    "case-file-audit-entry": [...caseFileEntries(), ...wholeDocumentEntries],
    "case-file-history-entry": json(workedCaseByCommands().history) as Json[],
    person: json(people) as Json[],
    "assessment-map": [json(goodMap), json(map), json(sampleMap()), ...sample(arbAssessmentMap(), 4, 14)],
    "assessment-map-command": json(MAP_COMMANDS) as Json[],
    "assessment-map-audit-entry": mapAuditEntries(),
    "child-voice-record": [...json([threeHouses, wizardsAndFairies, safetyHouse, wordsAndPictures, ...childVoice]) as Json[], ...sample(arbChildVoiceRecordInput(), 4, 14)],
    "safety-network": [json(network), ...sample(arbSafetyNetwork(), 3, 14)],
    "safety-plan": [json(plan), ...sample(arbSafetyPlan(), 3, 14)],
    "monitoring-event": [...(json(monitoring) as Json[]), ...sample(arbMonitoringEvents(), 2, 14).flatMap((events) => events as Json[])],
    "bottom-line": json(workedBottomLines) as Json[],
    "bottom-line-policy": [{ authority: "Northshire County Council", version: "2025-04", effectiveFrom: "2025-04-01", bottomLines: json(workedBottomLines) }],
    "audit-tool": json(BUILT_IN_AUDIT_TOOLS) as Json[],
    "audit-record": auditRecords(),
    "service-timeline": timelines(),
    "service-event": timelines().flatMap((t) => (t as { events: Json[] }).events),
    "continuum-policy": [json(DEFAULT_CONTINUUM_POLICY)],
    "working-day-calendar": [calendar, { from: "2024-04-01", to: "2025-03-31", weekendDays: [], closedDays: [] }],
    "child-record": [json(toChildRecord(build(AT.cp), { calendar: createWorkingDayCalendar() })), json(toChildRecord(build(AT.lookedAfter), { calendar: createWorkingDayCalendar() })), ...sample(arbChildRecord(), 4, 14)],
    finding: [...json(checkAssessmentMap(sampleMap())) as Json[], { code: "assessment/x", severity: "info", path: [], params: { term: "neglect", count: 2 } }],
    "change-meta": [json(mapMeta)],
    ...research(),
  };
  // Each model once more with a host system's extensions on the document and on its items.
  for (const [name, docs] of Object.entries(corpus)) {
    const first = docs[0];
    const extended = first === undefined ? undefined : withExtensions(first, DOCUMENT_SCHEMAS.includes(name));
    if (extended !== undefined && JSON.stringify(extended) !== JSON.stringify(first)) docs.push(extended);
  }
  return corpus;
}

/** A path into a JSON value. */
export type Path = readonly (string | number)[];

/** One near miss of a valid document: what was done, where, and the document after it. */
export interface Mutation {
  readonly kind: string;
  readonly path: Path;
  readonly doc: Json;
}

/** Every value of a document with its path, the document first. */
function nodes(doc: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value: doc }];
  if (Array.isArray(doc)) return [...here, ...doc.flatMap((v, i) => nodes(v, [...path, i]))];
  if (typeof doc === "object" && doc !== null) return [...here, ...Object.entries(doc).flatMap(([k, v]) => nodes(v, [...path, k]))];
  return here;
}

/** The document with the value at `path` replaced (or, for `undefined`, the key removed). */
function withValue(doc: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return value ?? null;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(parent)) delete (parent as Record<string, Json>)[last];
  else (parent as Record<string | number, Json>)[last] = value as Json;
  return copy;
}

/** A value of another JSON type than `value`'s. */
function wrongType(value: Json): Json {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return "true";
  if (Array.isArray(value)) return {};
  return [];
}

/**
 * The strings put in place of a string: an impossible date, a month 13, an instant with an
 * offset, an unknown code, blank and padded text, and ids of 200 and 201 emoji (lengths count
 * code points in both: 200 is allowed, 201 is too long).
 */
export const STRING_MUTATIONS: readonly (readonly [string, string])[] = [
  ["bad-date", "2025-02-30"],
  ["bad-date", "2025-13-01"],
  ["bad-date", "2025-03-03T10:00:00+01:00"],
  ["early-date", "1970-01-01"],
  ["unknown-code", "not-a-code"],
  ["blank", ""],
  ["blank", "   "],
  ["padded", " padded "],
  ["astral", "\u{1F600}".repeat(200)],
  ["astral", "\u{1F600}".repeat(201)],
];

/**
 * The near misses of `doc`: wrong types, missing fields, bad strings, numbers off scale, repeated
 * and dropped items, an item's own id where another's belongs, unknown fields, `extensions`
 * where there were none (accepted on documents and items with an id only) and null. Made one at a time; with `every`, only the values whose index
 * in the walk is a multiple of `every` are mutated (to bound the work on large documents).
 */
export function* mutations(doc: Json, every = 1): Generator<Mutation> {
  let index = 0;
  for (const { path, value } of nodes(doc)) {
    if (index++ % every !== 0) continue;
    const at = (kind: string, v: Json | undefined, where: Path = path): Mutation => ({ kind, path: where, doc: withValue(doc, where, v) });
    yield at("wrong-type", wrongType(value));
    if (path.length > 0) yield at("null", null);
    if (typeof value === "string") for (const [kind, s] of STRING_MUTATIONS) yield at(kind, s);
    if (typeof value === "number") for (const n of [-1, 0.5, 11, 1e300]) yield at("number", n);
    if (Array.isArray(value)) {
      yield at("empty-list", []);
      if (value.length > 0) yield at("repeated-item", [...value, value[0] as Json]);
      if (value.length > 1) yield at("first-item-dropped", value.slice(1));
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) yield at("missing", undefined, [...path, key]);
      // An item that names itself where it should name another.
      const id = value["id"];
      if (typeof id === "string") for (const [key, v] of Object.entries(value)) if (key !== "id" && typeof v === "string") yield at("own-id", id, [...path, key]);
      yield at("unknown-field", { ...value, "x-vendor-note": "kept by the host system" });
      if (!("extensions" in value)) yield at("extensions", { ...value, extensions: VENDOR_EXTENSIONS });
    }
  }
}

/** How many values `doc` holds. */
export function size(doc: Json): number {
  return nodes(doc).length;
}
