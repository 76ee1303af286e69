// The law of every parse function: any input it accepts parses to a document that, stored as
// JSON and read back, parses to itself. The inputs are the valid documents of the schema corpus
// (fixtures and the arbitraries of every model), then the same documents mutated as host systems
// write them: instants with offsets, lower-case `t` and `z`, fractions of a second, white space
// around text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseAssessmentMap, safeParseAssessmentMapCommand } from "../src/assessment";
import { safeParseAuditRecord, safeParseAuditTool } from "../src/audit";
import { safeParseBottomLine, safeParseBottomLinePolicy } from "../src/bottom-lines";
import { safeParseCaseFile, safeParseCaseFileCommand } from "../src/case-file";
import { safeParseChildVoiceRecord } from "../src/child-voice";
import { safeParseContinuumPolicy, safeParseServiceEvent, safeParseServiceTimeline } from "../src/continuum";
import type { SafeParseResult } from "../src/core";
import { safeParseChildRecord } from "../src/records";
import { safeParsePerson, safeParseSafetyNetwork } from "../src/network";
import { safeParseSurvey, safeParseSurveyResponse, safeParseTimeDiaryEntry } from "../src/research";
import { safeParseMonitoringEvent, safeParseSafetyPlan } from "../src/safety-plan";
import { validCorpus, type Json } from "./schemaCorpus";

/** Every persisted model's safe-parse function, by the name of its published schema. */
const PARSERS: Readonly<Record<string, (input: unknown) => SafeParseResult<unknown>>> = {
  "case-file": safeParseCaseFile,
  "case-file-command": safeParseCaseFileCommand,
  person: safeParsePerson,
  "assessment-map": safeParseAssessmentMap,
  "assessment-map-command": safeParseAssessmentMapCommand,
  "child-voice-record": safeParseChildVoiceRecord,
  "safety-network": (input) => safeParseSafetyNetwork(input),
  "safety-plan": (input) => safeParseSafetyPlan(input),
  "monitoring-event": safeParseMonitoringEvent,
  "bottom-line": safeParseBottomLine,
  "bottom-line-policy": safeParseBottomLinePolicy,
  "audit-tool": safeParseAuditTool,
  "audit-record": safeParseAuditRecord,
  "service-timeline": safeParseServiceTimeline,
  "service-event": safeParseServiceEvent,
  "continuum-policy": safeParseContinuumPolicy,
  "child-record": safeParseChildRecord,
  survey: safeParseSurvey,
  "survey-response": safeParseSurveyResponse,
  "time-diary-entry": safeParseTimeDiaryEntry,
};

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** Keys under which values are kept as written (patches and loosely stored commands), not parsed. */
const KEPT_AS_WRITTEN = new Set(["patches", "inversePatches", "command"]);

/** The same instant written with an offset of `minutes` (east positive). */
function withOffset(instant: string, minutes: number): string {
  const fraction = /\.\d+/.exec(instant)?.[0] ?? "";
  const local = new Date(Date.parse(instant) + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  return `${local}${fraction}${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

type Choose = () => number;

/** Rewrites every instant (outside values kept as written) as the same instant in another form. */
function rewriteInstants(doc: Json, choose: Choose, kept = false): Json {
  if (typeof doc === "string") {
    if (kept || !INSTANT.test(doc)) return doc;
    const year = Number(doc.slice(0, 4));
    const form = choose() % 3;
    if (form === 0 || year < 2 || year > 9997) return doc.replace("T", "t").replace("Z", "z");
    if (form === 1) return withOffset(doc, (choose() % (2 * 1439 + 1)) - 1439);
    return withOffset(doc, [60, -300, 330, 0][choose() % 4] ?? 0); // offsets in use, and +00:00
  }
  if (Array.isArray(doc)) return doc.map((v) => rewriteInstants(v, choose, kept));
  if (typeof doc === "object" && doc !== null) return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, rewriteInstants(v, choose, kept || KEPT_AS_WRITTEN.has(k))]));
  return doc;
}

/**
 * Adds white space around some strings (which the parser may accept, trim or refuse) and a
 * fraction of a second to some instants (kept as written: a different string for the same time).
 */
function padStrings(doc: Json, choose: Choose): Json {
  if (typeof doc === "string" && INSTANT.test(doc) && !doc.includes(".")) return choose() % 3 === 0 ? doc.replace("Z", ".000Z") : doc;
  if (typeof doc === "string") return choose() % 5 === 0 ? ` ${doc}\t` : doc;
  if (Array.isArray(doc)) return doc.map((v) => padStrings(v, choose));
  if (typeof doc === "object" && doc !== null) return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, padStrings(v, choose)]));
  return doc;
}

const chooser = (choices: readonly number[]): Choose => {
  let k = 0;
  return () => choices[k++ % choices.length] ?? 0;
};
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const corpus = validCorpus();

describe("every persisted model parses to itself", () => {
  it("covers every model with a parse function", () => {
    for (const name of Object.keys(PARSERS)) expect(corpus[name]?.length ?? 0, name).toBeGreaterThan(0);
  });

  const choices = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 40 });

  it.each(Object.keys(PARSERS))("%s: instants in any RFC 3339 form give the same document, which parses to itself", (name) => {
    const parse = PARSERS[name] as (input: unknown) => SafeParseResult<unknown>;
    const docs = corpus[name] ?? [];
    fc.assert(
      fc.property(fc.constantFrom(...docs), choices, (doc, c) => {
        const plain = parse(doc);
        expect(plain.ok).toBe(true);
        if (!plain.ok) return;
        const rewritten = parse(rewriteInstants(doc, chooser(c)));
        expect(rewritten).toEqual(plain);
        expect(parse(stored(plain.value))).toEqual(plain);
      }),
      { numRuns: Math.min(40, docs.length * 8) },
    );
  });

  it.each(Object.keys(PARSERS))("%s: any mutated input the parser accepts parses to itself", (name) => {
    const parse = PARSERS[name] as (input: unknown) => SafeParseResult<unknown>;
    const docs = corpus[name] ?? [];
    fc.assert(
      fc.property(fc.constantFrom(...docs), choices, (doc, c) => {
        const choose = chooser(c);
        const first = parse(padStrings(rewriteInstants(doc, choose), choose));
        if (!first.ok) return;
        expect(parse(stored(first.value))).toEqual(first);
      }),
      { numRuns: Math.min(40, docs.length * 8) },
    );
  });
});
