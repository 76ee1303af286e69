import { describe, expect, it } from "vitest";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type * as z from "zod";
import { buildJsonSchemas, publishedSchemas } from "../scripts/schemas";
import { safeParseAssessmentMap } from "../src/assessment";
import { buildWorkingDayCalendar, type WorkingDayCalendarSpec } from "../src/calendar";
import { safeParseCaseFile } from "../src/case-file";
import { safeParseChildVoiceRecord } from "../src/child-voice";
import { safeParseServiceTimeline } from "../src/continuum";
import { isKinsafeError, safeParseWith, type InputIssue, type SafeParseResult } from "../src/core";
import { safeParseChildRecord } from "../src/records";
import { mutations, size, validCorpus, VENDOR_EXTENSIONS, type Json } from "./schemaCorpus";

/** The path of the first list element that is an object with an id (an item), if any. */
function firstItem(doc: Json, path: (string | number)[] = []): (string | number)[] | undefined {
  if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length; i++) {
      const v = doc[i] as Json;
      if (typeof v === "object" && v !== null && !Array.isArray(v) && typeof v["id"] === "string") return [...path, i];
      const inner = firstItem(v, [...path, i]);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  if (typeof doc !== "object" || doc === null) return undefined;
  for (const [key, v] of Object.entries(doc)) {
    if (path.length === 0 && key === "history") continue;
    // Patch values are kept as stored (any JSON), so they hold no strict item.
    if (key === "value" && path.length >= 2 && (path[path.length - 2] === "patches" || path[path.length - 2] === "inversePatches")) continue;
    const inner = firstItem(v, [...path, key]);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** `doc` with `extra` merged into the object at `path`. */
function withFieldAt(doc: Json, path: readonly (string | number)[], extra: Record<string, Json>): Json {
  const copy = structuredClone(doc);
  let target = copy as Record<string | number, Json>;
  for (const key of path) target = target[key] as Record<string | number, Json>;
  Object.assign(target, extra);
  return copy;
}

// For valid documents and their near misses, the verdict of ajv with the shipped JSON Schema
// equals kinsafe's parse verdict, except for the known gaps below: rules a JSON Schema cannot
// state. The test asserts that exactly these gaps occur, so that a new one fails it (and a gap
// closed must be struck from the list). docs/for-vendors.md lists the same gaps.

/**
 * The known gaps, each a case where the schema accepts what kinsafe refuses (docs/for-vendors.md,
 * "What the JSON Schemas cannot check", explains them to vendors):
 *
 * - `reference/…`: an id that must name another item of the document (`unknown-child`,
 *   `unknown-person`, `unknown-map`, `unknown-plan`, `unknown-rule`, `unknown-bottom-line`,
 *   `unknown-danger-statement`, `unknown-safety-goal`, and `unknown-event`: a service event that
 *   names an earlier event of its timeline), ids unique within their lists
 *   (`duplicate-id`), and a version that names itself as its previous one (`self-reference`).
 * - `child-voice/duplicate-page-number`: Words and Pictures page numbers are not repeated.
 * - `timeline/out-of-order`: service events are in date order.
 * - `audit/scale-without-end-anchors`: a 0–10 scale of an audit tool has anchors for 0 and 10.
 * - `calendar/ends-before-start`, `calendar/closed-day-outside-range`: `buildWorkingDayCalendar`
 *   compares the calendar's dates with each other.
 * - `text-trimmed-before-min-length`: the continuum's texts (service events, meetings, the
 *   continuum policy) are trimmed before their length is checked, so a text of spaces only passes
 *   the schema's `minLength: 1` and is refused by the parser.
 *
 * The first five compare fields with each other, which JSON Schema cannot do; the last one could
 * be closed by stating "not blank" as a pattern in the zod schemas.
 */
const KNOWN_GAPS: Readonly<Record<string, readonly string[]>> = {
  "case-file": [
    "reference/duplicate-id",
    "reference/unknown-bottom-line",
    "reference/unknown-child",
    "reference/unknown-danger-statement",
    "reference/unknown-map",
    "reference/unknown-person",
    "reference/unknown-plan",
    "reference/unknown-rule",
    "reference/unknown-safety-goal",
  ],
  "case-file-command": ["child-voice/duplicate-page-number", "reference/duplicate-id", "reference/unknown-child", "reference/unknown-danger-statement", "reference/unknown-safety-goal"],
  "case-file-audit-entry": ["child-voice/duplicate-page-number", "reference/duplicate-id", "reference/unknown-child", "reference/unknown-danger-statement", "reference/unknown-safety-goal"],
  "case-file-history-entry": [],
  person: [],
  "assessment-map": ["reference/duplicate-id", "reference/unknown-child", "reference/unknown-danger-statement", "reference/unknown-safety-goal"],
  "assessment-map-command": [],
  "assessment-map-audit-entry": [],
  "child-voice-record": ["child-voice/duplicate-page-number", "reference/duplicate-id", "reference/self-reference"],
  "safety-network": [],
  "safety-plan": [],
  "monitoring-event": [],
  "bottom-line": [],
  "bottom-line-policy": ["reference/duplicate-id"],
  "audit-tool": ["audit/scale-without-end-anchors", "reference/duplicate-id"],
  "audit-record": ["reference/duplicate-id"],
  "service-timeline": ["reference/duplicate-id", "reference/unknown-event", "text-trimmed-before-min-length", "timeline/out-of-order"],
  "service-event": ["text-trimmed-before-min-length"],
  "continuum-policy": ["text-trimmed-before-min-length"],
  "working-day-calendar": ["calendar/closed-day-outside-range", "calendar/ends-before-start"],
  "child-record": [],
  finding: [],
  "change-meta": [],
  survey: ["reference/duplicate-id"],
  "survey-response": [],
  "time-diary-entry": [],
};

/** How many values of each document are mutated at most (the case file's parts have their own schemas). */
const BUDGET: Readonly<Record<string, number>> = { "case-file": 40 };

const jsonSchemas = buildJsonSchemas();
const zodSchemas = publishedSchemas();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators: Record<string, ValidateFunction> = Object.fromEntries(Object.entries(jsonSchemas).map(([name, schema]) => [name, ajv.compile(schema)]));

function buildCalendar(input: unknown): SafeParseResult<unknown> {
  try {
    buildWorkingDayCalendar(input as WorkingDayCalendarSpec);
    return { ok: true, value: input };
  } catch (error) {
    if (isKinsafeError(error)) return { ok: false, error };
    throw error;
  }
}

/** How kinsafe reads each document: its parse function, or the exported schema through the same machinery. */
const PARSERS: Readonly<Record<string, (input: unknown) => SafeParseResult<unknown>>> = {
  "case-file": safeParseCaseFile,
  "assessment-map": safeParseAssessmentMap,
  "child-voice-record": safeParseChildVoiceRecord,
  "service-timeline": safeParseServiceTimeline,
  "child-record": safeParseChildRecord,
  "working-day-calendar": buildCalendar,
};

function parse(name: string, input: unknown): SafeParseResult<unknown> {
  const parser = PARSERS[name];
  return parser === undefined ? safeParseWith(zodSchemas[name] as z.ZodType, input, name) : parser(input);
}

/** The known gap an issue kinsafe raised belongs to (or `unexpected:` and its rule). */
function gapOf(issue: InputIssue): string {
  if (/^(reference|timeline|child-voice|audit)\//.test(issue.rule)) return issue.rule;
  if (issue.rule === "too_small" && issue.message.includes("string")) return "text-trimmed-before-min-length";
  if (issue.rule === "custom" && issue.path.length === 1 && issue.path[0] === "to") return "calendar/ends-before-start";
  if (issue.rule === "custom" && issue.path[0] === "closedDays" && issue.path[2] === "date") return "calendar/closed-day-outside-range";
  return `unexpected:${issue.rule}`;
}

const corpus = validCorpus();

describe("the JSON Schemas and the parsers agree", () => {
  it("on a corpus of every published schema", () => {
    expect(Object.keys(corpus).sort()).toEqual(Object.keys(jsonSchemas).sort());
    expect(Object.keys(KNOWN_GAPS).sort()).toEqual(Object.keys(jsonSchemas).sort());
  });

  it.each(Object.keys(jsonSchemas))("%s: every valid document passes both", (name) => {
    const validate = validators[name] as ValidateFunction;
    const docs = corpus[name] ?? [];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const parsed = parse(name, doc);
      expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.error.issues.slice(0, 3))).toBe(true);
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it.each(Object.keys(jsonSchemas))("%s: near misses get the same verdict, but for the known gaps", (name) => {
    const validate = validators[name] as ValidateFunction;
    const gaps = new Set<string>();
    const examples = new Map<string, string>();
    const refusedBy = new Map<string, number>();
    for (const doc of corpus[name] ?? []) {
      // Every value of a small document; of a large one, an even spread of values.
      for (const mutation of mutations(doc, Math.ceil(size(doc) / (BUDGET[name] ?? 150)))) {
        const schemaSays = validate(mutation.doc);
        const parsed = parse(name, mutation.doc);
        if (!schemaSays && !parsed.ok) refusedBy.set(mutation.kind, (refusedBy.get(mutation.kind) ?? 0) + 1);
        if (schemaSays === parsed.ok) continue;
        const found = parsed.ok ? [`schema-refuses:${validate.errors?.[0]?.keyword ?? "?"}`] : parsed.error.issues.map(gapOf);
        for (const gap of found) {
          gaps.add(gap);
          if (!examples.has(gap)) examples.set(gap, `${mutation.kind} at /${mutation.path.join("/")}`);
        }
      }
    }
    expect([...gaps].sort(), JSON.stringify(Object.fromEntries(examples))).toEqual(KNOWN_GAPS[name]);
    // The near misses are refused by both for every kind of mistake the documents can have.
    expect(refusedBy.get("wrong-type") ?? 0).toBeGreaterThan(0);
    expect(refusedBy.get("missing") ?? 0).toBeGreaterThan(0);
    // A large corpus: a limit only stops a hang (30-45 s on a busy two-core machine).
  }, 300_000);

  it("both refuse an impossible date, a month 13, an instant on a calendar date and an unknown code", () => {
    const map = corpus["assessment-map"]?.[0] as Record<string, Json>;
    for (const date of ["2025-02-30", "2023-02-29", "2025-13-01", "2025-03-03T10:00:00+01:00"]) {
      expect(validators["assessment-map"]?.({ ...map, date })).toBe(false);
      expect(safeParseAssessmentMap({ ...map, date }).ok).toBe(false);
    }
    expect(validators["assessment-map"]?.({ ...map, date: "2024-02-29" })).toBe(true);
    // Instants are RFC 3339 date-times with Z or an offset, T and Z in either case.
    for (const at of ["2025-03-03T10:00:00+01:00", "2025-03-03T10:00:00.5-05:30", "2025-03-03t10:00:00z"]) {
      expect(validators["change-meta"]?.({ at, by: "w1", reason: "r" }), at).toBe(true);
      expect(parse("change-meta", { at, by: "w1", reason: "r" }).ok, at).toBe(true);
    }
    for (const at of ["2025-03-03 10:00:00Z", "2025-03-03T10:00:00+0100", "2025-03-03T10:00Z", "2025-12-31T23:59:60Z", "2025-03-03T10:00:00"]) {
      expect(validators["change-meta"]?.({ at, by: "w1", reason: "r" }), at).toBe(false);
      expect(parse("change-meta", { at, by: "w1", reason: "r" }).ok, at).toBe(false);
    }
    expect(validators["assessment-map"]?.({ ...map, variant: "not-a-variant" })).toBe(false);
    expect(safeParseAssessmentMap({ ...map, variant: "not-a-variant" }).ok).toBe(false);
  });

  it.each(Object.keys(jsonSchemas))("%s: an unknown field, at the top or inside an item, is refused by both with its path", (name) => {
    // The policy: unknown fields are refused, never dropped; the host system's own data goes in `extensions`.
    const first = corpus[name]?.[0] as Record<string, Json>;
    const top = { ...first, "x-vendor-note": "kept by the host system" };
    expect(validators[name]?.(top)).toBe(false);
    expect(validators[name]?.errors).toContainEqual(expect.objectContaining({ keyword: "additionalProperties", instancePath: "", params: { additionalProperty: "x-vendor-note" } }));
    const parsed = parse(name, top);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues).toContainEqual(expect.objectContaining({ path: ["x-vendor-note"], rule: "unrecognized_keys" }));
    // Inside the first item with an id (a list element), when the document has one.
    // A history entry's command and patch values are kept as stored (any JSON), so it has no
    // strict item inside.
    const at = name === "case-file-history-entry" ? undefined : firstItem(first);
    if (at === undefined) return;
    const doc = withFieldAt(first, at, { "x-vendor-note": "kept by the host system" });
    expect(validators[name]?.(doc)).toBe(false);
    expect(validators[name]?.errors).toContainEqual(expect.objectContaining({ keyword: "additionalProperties", instancePath: `/${at.join("/")}` }));
    const inside = parse(name, doc);
    expect(inside.ok).toBe(false);
    if (!inside.ok) expect(inside.error.issues.map((i) => i.path)).toContainEqual([...at, "x-vendor-note"]);
  });

  it.each(Object.keys(jsonSchemas))("%s: extensions on the document and its items are accepted by both, and kept", (name) => {
    const extended = (corpus[name] ?? []).find((doc) => JSON.stringify(doc).includes("acme-crm")) as Record<string, Json> | undefined;
    if (extended === undefined) {
      // Findings and change metadata are kinsafe's own records, with no id: no extensions.
      expect(["finding", "change-meta"]).toContain(name);
      const doc = { ...(corpus[name]?.[0] as Record<string, Json>), extensions: VENDOR_EXTENSIONS };
      expect(validators[name]?.(doc)).toBe(false);
      expect(parse(name, doc).ok).toBe(false);
      return;
    }
    expect(validators[name]?.(extended), JSON.stringify(validators[name]?.errors?.slice(0, 3))).toBe(true);
    const parsed = parse(name, extended);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.error.issues.slice(0, 3))).toBe(true);
    if (parsed.ok && name !== "working-day-calendar") expect(JSON.stringify(parsed.value).split("acme-crm").length).toBe(JSON.stringify(extended).split("acme-crm").length);
  });

  it("count a string's length in code points alike: an id of 200 emoji passes both, 201 neither", () => {
    const meta = { at: "2025-03-03T10:00:00Z", by: "\u{1F600}".repeat(200), reason: "r" };
    expect(validators["change-meta"]?.(meta)).toBe(true);
    expect(parse("change-meta", meta).ok).toBe(true);
    const tooLong = { ...meta, by: "\u{1F600}".repeat(201) };
    expect(validators["change-meta"]?.(tooLong)).toBe(false);
    expect(parse("change-meta", tooLong).ok).toBe(false);
  });

  it("differ on a blank text of the continuum, which the parser trims before checking its length", () => {
    const event = corpus["service-event"]?.find((e) => typeof (e as Record<string, Json>)["fromAuthority"] === "string") as Record<string, Json>;
    expect(validators["service-event"]?.({ ...event, fromAuthority: "   " })).toBe(true);
    expect(parse("service-event", { ...event, fromAuthority: "   " }).ok).toBe(false);
  });
});
