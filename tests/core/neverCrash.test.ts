import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as main from "../../src/index";
import * as cinCensus from "../../src/interop/cin-census/index";
import * as ssda903 from "../../src/interop/ssda903/index";
import * as workforce from "../../src/interop/workforce/index";
import * as synthetic from "../../src/synthetic/index";
import { isKinsafeError, PARSE_LIMITS, parseWith, safeParseWith, type SafeParseResult } from "../../src/core";
import { goodMapInput } from "../assessment/fixtures";
import { build, S } from "../continuum/fixtures";
import { child, episode } from "../metrics/fixtures";
import { validCorpus } from "../schemaCorpus";

// Every public parse, safe-parse, validate and migrate function returns or throws a
// KinsafeError, whatever it is given, and never changes what it is given.

const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { main, synthetic, cinCensus, ssda903, workforce };
const BOUNDARY = /^(parse|safeParse|validate|migrate)[A-Z]/;

type Boundary = (input: unknown) => unknown;

/** Every boundary function of every entry of the package, by name. */
function boundaryFunctions(): Map<string, Boundary> {
  const found = new Map<string, Boundary>();
  for (const entry of Object.values(ENTRIES)) {
    for (const [name, value] of Object.entries(entry)) {
      if (typeof value === "function" && BOUNDARY.test(name)) found.set(name, value as Boundary);
    }
  }
  return found;
}

// The functions whose result is data (never throw) and those that throw their KinsafeError.
const RETURNING = [
  "safeParseAssessmentMap",
  "safeParseCaseFile",
  "safeParseChildRecord",
  "safeParseChildVoiceRecord",
  "safeParseServiceTimeline",
  "validateChildRecord",
  "safeParseSafetyPlan",
  "safeParseMonitoringEvent",
  "safeParseSafetyNetwork",
  "safeParsePerson",
  "safeParseBottomLine",
  "safeParseBottomLinePolicy",
  "safeParseAuditRecord",
  "safeParseAuditTool",
  "safeParseServiceEvent",
  "safeParseContinuumPolicy",
  "safeParseCaseFileCommand",
  "safeParseAssessmentMapCommand",
  "safeParseSurvey",
  "safeParseSurveyResponse",
  "safeParseTimeDiaryEntry",
];
const THROWING = [
  "migrateCaseFile",
  "migrateChildRecord",
  "parseAssessmentMap",
  "parseCaseFile",
  "parseChildRecord",
  "parseChildVoiceRecord",
  "parseServiceTimeline",
  "parseSafetyPlan",
  "parseMonitoringEvent",
  "parseSafetyNetwork",
  "parsePerson",
  "parseBottomLine",
  "parseBottomLinePolicy",
  "parseAuditRecord",
  "parseAuditTool",
  "parseServiceEvent",
  "parseContinuumPolicy",
  "parseCaseFileCommand",
  "parseAssessmentMapCommand",
  "parseSurvey",
  "parseSurveyResponse",
  "parseTimeDiaryEntry",
];

const FUNCTIONS = boundaryFunctions();

type Outcome = { readonly kind: "value" } | { readonly kind: "error"; readonly code: string; readonly issues: number };

/** Calls `name` on `input`: the outcome, or the foreign exception it let through. */
function call(name: string, input: unknown): Outcome {
  const f = FUNCTIONS.get(name);
  if (f === undefined) throw new Error(`no function ${name}`);
  if (RETURNING.includes(name)) {
    const r = f(input) as SafeParseResult<unknown>;
    if (r.ok) return { kind: "value" };
    if (!isKinsafeError(r.error)) throw new Error(`${name} returned a foreign error`);
    return { kind: "error", code: r.error.code, issues: r.error.issues.length };
  }
  try {
    f(input);
    return { kind: "value" };
  } catch (error) {
    if (!isKinsafeError(error)) throw error;
    return { kind: "error", code: error.code, issues: error.issues.length };
  }
}

// ---- valid documents, one of each kind

const caseFile = JSON.parse(readFileSync(new URL("../case-file/stored/case-file-v2.json", import.meta.url), "utf8")) as Record<string, unknown>;
const childVoice = (caseFile["childVoice"] as unknown[])[0];
const map = JSON.parse(JSON.stringify(goodMapInput)) as unknown;
const timeline = JSON.parse(JSON.stringify(build([S.contact]))) as unknown;
const record = JSON.parse(JSON.stringify(child("c-1", { cinEpisodes: [episode("e-1", "2024-01-01")] }))) as unknown;
const corpus = validCorpus();
const firstOf = (name: string): unknown => (corpus[name] ?? [])[0];
const FIXTURES: Readonly<Record<string, unknown>> = {
  caseFile,
  childVoice,
  map,
  timeline,
  record,
  ...Object.fromEntries(
    ["safety-plan", "monitoring-event", "safety-network", "person", "bottom-line", "bottom-line-policy", "audit-record", "audit-tool", "service-event", "continuum-policy", "case-file-command", "assessment-map-command", "survey", "survey-response", "time-diary-entry"].map((n) => [n, firstOf(n)]),
  ),
};
const KIND_OF: Readonly<Record<string, string>> = {
  AssessmentMap: "map",
  CaseFile: "caseFile",
  ChildRecord: "record",
  ChildVoiceRecord: "childVoice",
  ServiceTimeline: "timeline",
  SafetyPlan: "safety-plan",
  MonitoringEvent: "monitoring-event",
  SafetyNetwork: "safety-network",
  Person: "person",
  BottomLine: "bottom-line",
  BottomLinePolicy: "bottom-line-policy",
  AuditRecord: "audit-record",
  AuditTool: "audit-tool",
  ServiceEvent: "service-event",
  ContinuumPolicy: "continuum-policy",
  CaseFileCommand: "case-file-command",
  AssessmentMapCommand: "assessment-map-command",
  Survey: "survey",
  SurveyResponse: "survey-response",
  TimeDiaryEntry: "time-diary-entry",
};
function fixtureFor(name: string): unknown {
  const kind = KIND_OF[name.replace(/^(parse|safeParse|validate|migrate)/, "")];
  if (kind === undefined) throw new Error(`no fixture for ${name}`);
  return FIXTURES[kind];
}

// ---- pathological inputs

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

function recordWithFactors(n: number, code: string): unknown {
  const r = JSON.parse(JSON.stringify(record)) as { cinEpisodes: { assessments: unknown[] }[] };
  (r.cinEpisodes[0] as { assessments: unknown[] }).assessments = [{ id: "a-1", startDate: "2024-01-02", factors: Array.from({ length: n }, () => code) }];
  return r;
}

function invalidRecord(episodes: number): unknown {
  const r = JSON.parse(JSON.stringify(record)) as { cinEpisodes: unknown[] };
  r.cinEpisodes = Array.from({ length: episodes }, () => ({ id: " x", referralDate: "bad", referralSource: "ZZ", referralNfa: "no", closureDate: 5, assessments: [{ id: "", startDate: 1, factors: ["ZZ", "YY"] }], cinPlans: [{}], section47s: [{}], cpPlans: [{}] }));
  return r;
}

function pathological(): readonly (readonly [string, () => unknown])[] {
  const cycle: Record<string, unknown> = { schemaVersion: 1, child: {} };
  cycle["self"] = cycle;
  cycle["cinEpisodes"] = [cycle];
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const throwing = { get() { throw new Error("trap"); }, ownKeys() { throw new Error("trap"); }, getPrototypeOf() { throw new Error("trap"); }, has() { throw new Error("trap"); } };
  return [
    ["130,000 valid factors", () => recordWithFactors(130_000, "1A")],
    ["130,000 invalid factors", () => recordWithFactors(130_000, "ZZ")],
    ["100,000-deep objects", () => nested(100_000, (v) => ({ child: v, schemaVersion: 1, cinEpisodes: [v] }))],
    ["100,000-deep arrays", () => nested(100_000, (v) => [v])],
    ["a cycle", () => cycle],
    ["BigInt", () => 1n],
    ["BigInt fields", () => ({ ...(record as object), schemaVersion: 1n, child: 1n })],
    ["a getter that throws", () => ({ schemaVersion: 1, get child(): never { throw new Error("getter"); }, get id(): never { throw new Error("getter"); } })],
    ["a Proxy whose traps throw", () => new Proxy({}, throwing)],
    ["an array Proxy whose traps throw", () => new Proxy([], throwing)],
    ["a revoked Proxy", () => revocable.proxy],
    ["symbols", () => ({ [Symbol("k")]: 1, schemaVersion: Symbol("v"), child: Symbol("c") })],
    ["a sparse array of length 2³²-1", () => sparse],
    ["a record with a sparse list", () => ({ ...(record as object), cinEpisodes: sparse, visits: sparse })],
    ["a large typed array", () => ({ ...(record as object), cinEpisodes: new Int32Array(1_000_000) })],
    ["a 7 MB invalid record", () => invalidRecord(36_000)],
    ["a Map, a Date, a function", () => ({ schemaVersion: 1, child: new Map([[1, 2]]), cinEpisodes: new Date(Number.NaN), id: () => 1 })],
    ["null-prototype object", () => Object.assign(Object.create(null) as object, { schemaVersion: 1 })],
  ];
}

describe("the public parse, safe-parse, validate and migrate functions", () => {
  it("are all covered here: a new one must be added to this test", () => {
    expect([...FUNCTIONS.keys()].sort()).toEqual([...RETURNING, ...THROWING].sort());
  });

  it.each([...RETURNING, ...THROWING])("%s gives a result or a KinsafeError for pathological input, fast", (name) => {
    for (const [what, make] of pathological()) {
      const input = make();
      const started = performance.now();
      let outcome: Outcome;
      try {
        outcome = call(name, input);
      } catch (error) {
        throw new Error(`${name}(${what}) threw ${String(error)}`, { cause: error });
      }
      expect(performance.now() - started, `${name}(${what})`).toBeLessThan(5_000);
      if (outcome.kind === "error") expect(outcome.issues, `${name}(${what})`).toBeLessThanOrEqual(PARSE_LIMITS.maxIssues + 1);
    }
  }, 120_000);

  it("refuse the 130,000-entry factors list and deep nesting without a stack overflow", () => {
    // Before the bounds, zod's array handling spread 130,000 issues into one call:
    // RangeError: Maximum call stack size exceeded.
    const valid = main.safeParseChildRecord(recordWithFactors(130_000, "1A"));
    const invalid = main.validateChildRecord(recordWithFactors(130_000, "ZZ"));
    for (const r of [valid, invalid]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe("invalid-input");
      expect(r.error.issues).toEqual([expect.objectContaining({ path: ["cinEpisodes", 0, "assessments", 0, "factors"], rule: "too_big" })]);
    }
    const deep = main.safeParseCaseFile(nested(100_000, (v) => ({ people: v })));
    expect(deep.ok ? undefined : deep.error.code).toBe("too-large");
    expect(() => main.parseServiceTimeline(nested(100_000, (v) => [v]))).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  it("refuse a 7 MB invalid record in well under a second, listing at most 100 problems", () => {
    // Before: 25 s and 4.8 GB, then RangeError: Invalid string length.
    const started = performance.now();
    const r = main.validateChildRecord(invalidRecord(36_000));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.rule)).toEqual(["too_big"]);
    // Within the list bounds, every item is checked, the problems are counted, and 100 listed.
    const many = main.validateChildRecord(invalidRecord(2_000));
    expect(many.ok).toBe(false);
    if (many.ok) return;
    expect(many.error.issues).toHaveLength(PARSE_LIMITS.maxIssues + 1);
    expect(many.error.issues.at(-1)).toMatchObject({ rule: "too-many-issues", path: [] });
    expect(many.error.message).toMatch(/^\[kinsafe\] Invalid child record: \d{5,} problems\./);
    expect(many.error.message.length).toBeLessThan(PARSE_LIMITS.maxIssues * (PARSE_LIMITS.maxMessageLength + 200));
  });

  it("refuse cycles, throwing getters and Proxies as invalid input, naming the rule", () => {
    const cycle: Record<string, unknown> = {};
    cycle["child"] = cycle;
    const r = main.safeParseChildRecord(cycle);
    expect(r.ok ? undefined : r.error.issues.map((i) => i.rule)).toEqual(["cycle"]);
    const getter = main.safeParseAssessmentMap({ get id(): never { throw new TypeError("no"); } });
    expect(getter.ok ? undefined : [getter.error.code, getter.error.issues.map((i) => i.rule)]).toEqual(["invalid-input", ["unreadable"]]);
    const proxy = main.validateChildRecord(new Proxy({}, { get() { throw new Error("trap"); } }));
    expect(proxy.ok ? undefined : proxy.error.code).toBe("invalid-input");
  });

  // The generated values: anything (with BigInt, Maps, Sets, dates, typed and sparse arrays,
  // null prototypes, boxed values), and valid documents with one value replaced by anything.
  const arbAnything = fc.anything({
    maxDepth: 4,
    maxKeys: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });
  const arbNasty = fc.oneof(
    arbAnything,
    fc.constantFrom<unknown>(1n, Symbol("s"), null, undefined, Number.NaN, -0, "", " x", "a\r\nb", "\u0000", "\u001b]0;T\u0007"),
    fc.integer({ min: 0, max: 200 }).map((n) => nested(n, (v) => [v])),
    fc.integer({ min: 0, max: 20_000 }).map((n) => Array.from({ length: n }, () => "1A")),
  );

  function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
    return out;
  }

  function replaced(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
    if (path.length === 0) return value;
    const copy = (Array.isArray(doc) ? [...(doc as unknown[])] : { ...(doc as object) }) as Record<string | number, unknown>;
    const [head, ...rest] = path as [string | number, ...(string | number)[]];
    copy[head] = replaced(copy[head], rest, value);
    return copy;
  }

  function freeze<T>(value: T, seen = new Set<unknown>()): T {
    if (typeof value !== "object" || value === null || seen.has(value) || ArrayBuffer.isView(value)) return value;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) freeze((value as Record<string | symbol, unknown>)[key], seen);
    Object.freeze(value);
    return value;
  }

  it.each([...RETURNING, ...THROWING])("%s: any input gives a result or a KinsafeError and is not changed", (name) => {
    const fixture = fixtureFor(name);
    const paths = pathsOf(fixture);
    const arbInput = fc.oneof(
      arbNasty,
      fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), arbNasty).map(([i, v]) => replaced(fixture, paths[i] ?? [], v)),
      fc.constant(fixture),
    );
    fc.assert(
      fc.property(arbInput, (input) => {
        const before = inspect(input, { depth: Infinity, showHidden: true, maxArrayLength: Infinity, maxStringLength: Infinity });
        freeze(input);
        const outcome = call(name, input);
        expect(["value", "error"]).toContain(outcome.kind);
        expect(inspect(input, { depth: Infinity, showHidden: true, maxArrayLength: Infinity, maxStringLength: Infinity })).toBe(before);
      }),
      { numRuns: 60 },
    );
    // The unchanged fixture parses.
    expect(call(name, fixture)).toEqual({ kind: "value" });
  }, 60_000);
});

describe("parse limits", () => {
  const Schema = z.object({ items: z.array(z.unknown()) });

  it("refuse an input nested deeper than maxDepth, with too-large", () => {
    const ok = safeParseWith(Schema, { items: [nested(PARSE_LIMITS.maxDepth - 2, (v) => [v])] }, "thing");
    expect(ok.ok).toBe(true);
    const deep = safeParseWith(Schema, { items: [nested(PARSE_LIMITS.maxDepth, (v) => [v])] }, "thing");
    expect(deep.ok ? undefined : [deep.error.code, deep.error.issues[0]?.rule]).toEqual(["too-large", "too-large/depth"]);
  });

  it("refuse an input of more than maxValues values, counting a sparse array's length", () => {
    const many = safeParseWith(Schema, { items: new Array(PARSE_LIMITS.maxValues) }, "thing");
    expect(many.ok ? undefined : [many.error.code, many.error.issues[0]?.rule]).toEqual(["too-large", "too-large/values"]);
  });

  it("refuse more than maxTextLength characters of text", () => {
    const half = "x".repeat(PARSE_LIMITS.maxTextLength / 2);
    const r = safeParseWith(Schema, { items: [half, half, "x"] }, "thing");
    expect(r.ok ? undefined : [r.error.code, r.error.issues[0]?.rule]).toEqual(["too-large", "too-large/text"]);
  });

  it("turn a RangeError inside validation into too-large and any other exception into invalid-input", () => {
    const overflow = z.string().refine(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    expect(() => parseWith(overflow, "x", "thing")).toThrow(expect.objectContaining({ code: "too-large" }));
    const other = z.string().refine(() => {
      throw new TypeError("x is not a function");
    });
    expect(() => parseWith(other, "x", "thing")).toThrow(expect.objectContaining({ code: "invalid-input" }));
  });

  it("cut each message to maxMessageLength characters", () => {
    const long = z.string().refine(() => false, { message: "m".repeat(10_000) });
    const r = safeParseWith(long, "x", "thing");
    expect(r.ok ? undefined : r.error.issues[0]?.message.length).toBe(PARSE_LIMITS.maxMessageLength + 1);
  });
});
