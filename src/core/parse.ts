import type * as z from "zod";
import { KinsafeError, type InputIssue } from "./errors";

/**
 * The result of a `safeParse*` function: the parsed value, or the error that
 * the matching `parse*` function would have thrown, as data.
 *
 * @category Core
 */
export type SafeParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: KinsafeError };

/**
 * The limits every parse, safe-parse and validate function checks before it looks at a value's
 * shape, so that no input, however large or strange, can exhaust the stack or the memory. An
 * input beyond them is refused whole with a {@link KinsafeError} of code `too-large`.
 *
 * - `maxDepth`: objects and arrays nested at most 64 deep (kinsafe's deepest document, a case
 *   file whose audit trail holds patches of maps, is under 20 deep).
 * - `maxValues`: at most 1,000,000 values (objects, arrays, strings, numbers, …) in all, counting
 *   an array's length before reading it, so a sparse array of length 2³² is refused at once.
 * - `maxTextLength`: at most 64 Mi (67,108,864) characters in all strings together.
 * - `maxIssues`: at most 100 problems are listed; a last issue of rule `too-many-issues` says
 *   how many more there were.
 * - `maxMessageLength`: each problem's message is cut to 500 characters.
 *
 * @internal
 */
export const PARSE_LIMITS = {
  maxDepth: 64,
  maxValues: 1_000_000,
  maxTextLength: 64 * 1024 * 1024,
  maxIssues: 100,
  maxMessageLength: 500,
} as const;

const MAX_RECEIVED = 80;

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * Renders a received value briefly and safely for an issue or a message: never throws (a
 * BigInt, a symbol, a Proxy or a getter that throws are all described) and is at most about
 * 80 characters long.
 *
 * @internal
 */
export function describeReceived(input: unknown): string {
  try {
    if (input === undefined) return "undefined";
    if (typeof input === "string") return JSON.stringify(cut(input, MAX_RECEIVED));
    if (typeof input === "number" || typeof input === "boolean" || input === null) return String(input);
    if (typeof input === "bigint") return `${cut(input.toString(), MAX_RECEIVED)}n`;
    if (Array.isArray(input)) return `an array of ${String(input.length)}`;
    if (typeof input === "object") return "an object";
    return typeof input;
  } catch {
    return "a value that could not be read";
  }
}

/** Why a value was refused before its shape was checked. */
type Refusal = { readonly code: "too-large" | "invalid-input"; readonly issue: InputIssue };

function tooLarge(rule: string, message: string): Refusal {
  return { code: "too-large", issue: { path: [], rule, message } };
}


function isWalked(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.prototype.toString.call(value) === "[object Object]";
}

/**
 * Walks `input` once, iteratively (no recursion, so no depth can overflow the stack), and
 * refuses it when it breaks one of {@link PARSE_LIMITS}. Only arrays and plain objects are
 * entered; anything else (a Date, a Map, a typed array) is one value for the schema to refuse.
 * A cycle always ends in a refusal (it is infinitely deep); with `cycles`, the walk keeps the
 * objects on the current path to name it.
 *
 * @returns The refusal, or the number of values.
 */
function walk(input: unknown, cycles: boolean): Refusal | number {
  const { maxDepth, maxValues, maxTextLength } = PARSE_LIMITS;
  if (typeof input === "string") return input.length > maxTextLength ? tooLarge("too-large/text", `The input holds more than ${String(maxTextLength)} characters of text.`) : 1;
  if (typeof input !== "object" || input === null || !isWalked(input)) return 1;
  const stack: object[] = [input];
  const depths: number[] = [0]; // -1 marks the exit of the object below it on the stack
  const open = new Set<object>(); // with `cycles`: the objects on the path from the root
  let count = 1;
  let text = 0;
  for (;;) {
    const value = stack.pop();
    if (value === undefined) return count;
    const depth = depths.pop() as number;
    if (depth < 0) {
      open.delete(value);
      continue;
    }
    if (cycles) {
      if (open.has(value)) return { code: "invalid-input", issue: { path: [], rule: "cycle", message: "The input contains itself (a cycle), so it is not a JSON document." } };
      open.add(value);
      stack.push(value);
      depths.push(-1);
    }
    if (depth >= maxDepth) return tooLarge("too-large/depth", `The input is nested more than ${String(maxDepth)} levels deep.`);
    const array = Array.isArray(value) ? (value as unknown[]) : undefined;
    const keys = array === undefined ? Object.keys(value) : undefined;
    const length = array === undefined ? (keys as string[]).length : array.length;
    if (count + length > maxValues) return tooLarge("too-large/values", `The input holds more than ${String(maxValues)} values.`);
    count += length;
    for (let i = 0; i < length; i++) {
      const item = array === undefined ? (value as Record<string, unknown>)[(keys as string[])[i] as string] : array[i];
      if (typeof item === "string") {
        text += item.length;
        if (text > maxTextLength) return tooLarge("too-large/text", `The input holds more than ${String(maxTextLength)} characters of text.`);
      } else if (typeof item === "object" && item !== null && isWalked(item)) {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
}

/** {@link walk}, naming a cycle when the input is refused because of one. */
function precheck(input: unknown): Refusal | number {
  const result = walk(input, false);
  if (typeof result === "number") return result;
  const named = walk(input, true);
  return typeof named !== "number" && named.issue.rule === "cycle" ? named : result;
}

/** Inputs with more values than this also have their lists measured against the schema first. */
const MEASURE_LISTS_FROM = 50_000;

interface SchemaNode {
  readonly _zod: { readonly def: Readonly<Record<string, unknown>> };
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"]);

function unwrap(schema: SchemaNode): SchemaNode {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const def = s._zod.def;
    if (WRAPPERS.has(def["type"] as string)) s = def["innerType"] as SchemaNode;
    else if (def["type"] === "pipe") s = def["in"] as SchemaNode;
    else break;
  }
  return s;
}

function maxLengthOf(schema: SchemaNode): number | undefined {
  const checks = (schema._zod.def["checks"] ?? []) as readonly SchemaNode[];
  for (const check of checks) {
    const def = check._zod.def;
    if (def["check"] === "max_length" && typeof def["maximum"] === "number") return def["maximum"];
  }
  return undefined;
}

/**
 * Measures every list of `value` that the schema bounds (`.max()` on an array), through objects
 * and arrays of the schema, before zod reads the items: a list over its bound is refused without
 * checking what it holds. Unions are not entered.
 */
function measureLists(schema: SchemaNode, value: unknown, path: (string | number)[], out: InputIssue[]): void {
  if (out.length > PARSE_LIMITS.maxIssues || typeof value !== "object" || value === null) return;
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def["type"] === "array" && Array.isArray(value)) {
    const max = maxLengthOf(s);
    if (max !== undefined && value.length > max) {
      out.push({ path: [...path], rule: "too_big", message: `Too big: expected array to have <=${String(max)} items`, received: describeReceived(value) });
      return;
    }
    const element = def["element"] as SchemaNode;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      measureLists(element, value[i], path, out);
      path.pop();
    }
  } else if (def["type"] === "object" && !Array.isArray(value)) {
    const shape = def["shape"] as Readonly<Record<string, SchemaNode>>;
    for (const key of Object.keys(shape)) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      measureLists(shape[key] as SchemaNode, (value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/**
 * Turns anything thrown while reading or checking an input into a {@link KinsafeError}: a
 * `RangeError` (the stack or a string or array running out of room) is `too-large`; anything
 * else (a getter or a Proxy that throws) is `invalid-input`.
 *
 * @internal
 */
export function toKinsafeError(error: unknown, what: string): KinsafeError {
  if (error instanceof KinsafeError) return error;
  if (error instanceof RangeError) {
    const message = `The ${what} is too large or too deeply nested to check.`;
    return new KinsafeError("too-large", message, [{ path: [], rule: "too-large", message }]);
  }
  let name = "an error";
  try {
    if (error instanceof Error) name = cut(String(error.name), 40);
  } catch {
    // keep "an error"
  }
  const message = `Reading the ${what} threw ${name}: it is not plain JSON data.`;
  return new KinsafeError("invalid-input", message, [{ path: [], rule: "unreadable", message }]);
}

/**
 * Runs `fn`, turning anything but a {@link KinsafeError} that it throws into one (see
 * {@link toKinsafeError}).
 *
 * @internal
 */
export function guardInput<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toKinsafeError(error, what);
  }
}

/**
 * Checks `input` against {@link PARSE_LIMITS} (an iterative walk, before any schema runs). A large
 * input (more than 50,000 values) also has every list that `schema` bounds measured first, so
 * that a list over its bound is refused without checking each of its items.
 *
 * @returns The error to report, or `undefined` when the input is within the limits.
 *
 * @internal
 */
export function checkInputSize(input: unknown, what: string, schema?: z.ZodType): KinsafeError | undefined {
  let refusal: Refusal | number;
  const tooLong: InputIssue[] = [];
  try {
    refusal = precheck(input);
    if (typeof refusal === "number" && refusal > MEASURE_LISTS_FROM && schema !== undefined) measureLists(schema as unknown as SchemaNode, input, [], tooLong);
  } catch (error) {
    return toKinsafeError(error, what);
  }
  if (typeof refusal !== "number") return new KinsafeError(refusal.code, `Invalid ${what}: ${refusal.issue.message}`, [refusal.issue]);
  if (tooLong.length > 0) return issuesError(what, tooLong, tooLong.length);
  return undefined;
}

/** At most this many schemas are followed at once while looking for the schema of a path. */
const MAX_CANDIDATES = 64;

function readKey(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

/** The schemas `schema` may stand for once wrappers, pipes, lazies and unions are opened. */
function expand(schema: SchemaNode, value: unknown, out: SchemaNode[]): void {
  let s = schema;
  for (let i = 0; i < 16 && out.length < MAX_CANDIDATES; i++) {
    const def = s._zod.def;
    const type = def["type"];
    if (WRAPPERS.has(type as string)) s = def["innerType"] as SchemaNode;
    else if (type === "pipe") s = def["in"] as SchemaNode;
    else if (type === "lazy") s = (def["getter"] as () => SchemaNode)();
    else if (type === "union") {
      const discriminator = def["discriminator"];
      const tag = typeof discriminator === "string" ? readKey(value, discriminator) : undefined;
      for (const option of def["options"] as readonly SchemaNode[]) {
        if (tag !== undefined && !hasLiteral(option, discriminator as string, tag)) continue;
        expand(option, value, out);
      }
      return;
    } else if (type === "intersection") {
      expand(def["left"] as SchemaNode, value, out);
      expand(def["right"] as SchemaNode, value, out);
      return;
    } else break;
  }
  out.push(s);
}

/** Whether an object option of a discriminated union takes `tag` as its `key`. */
function hasLiteral(option: SchemaNode, key: string, tag: unknown): boolean {
  const shape = unwrap(option)._zod.def["shape"] as Readonly<Record<string, SchemaNode>> | undefined;
  const field = shape?.[key];
  if (field === undefined) return true;
  const values = unwrap(field)._zod.def["values"];
  return !Array.isArray(values) || values.includes(tag);
}

/** The schema of one step into an (opened) object, record, array or tuple schema. */
function childSchema(schema: SchemaNode, key: string | number): SchemaNode | undefined {
  const def = schema._zod.def;
  switch (def["type"]) {
    case "object":
      return typeof key === "string" ? (def["shape"] as Readonly<Record<string, SchemaNode>>)[key] ?? (def["catchall"] as SchemaNode | undefined) : undefined;
    case "record":
      return def["valueType"] as SchemaNode;
    case "array":
      return typeof key === "number" ? (def["element"] as SchemaNode) : undefined;
    case "tuple":
      return typeof key === "number" ? ((def["items"] as readonly SchemaNode[])[key] ?? (def["rest"] as SchemaNode | undefined)) : undefined;
    default:
      return undefined;
  }
}

/** Whether a schema accepts a missing value (`.optional()`, or a default). */
function acceptsMissing(schema: SchemaNode): boolean {
  let s = schema;
  for (let i = 0; i < 16; i++) {
    const def = s._zod.def;
    const type = def["type"];
    if (type === "optional" || type === "default" || type === "prefault") return true;
    if (WRAPPERS.has(type as string)) s = def["innerType"] as SchemaNode;
    else if (type === "pipe") s = def["in"] as SchemaNode;
    else return false;
  }
  return false;
}

/**
 * Whether the field at `path` of `input` is optional in `schema` (in at least one of the union
 * branches the input may stand for). Never throws: a schema or an input it cannot follow gives
 * `false`.
 */
function isOptionalAt(schema: SchemaNode, input: unknown, path: readonly PropertyKey[]): boolean {
  try {
    let nodes: SchemaNode[] = [schema];
    let value = input;
    for (const key of path) {
      if (typeof key === "symbol") return false;
      const next: SchemaNode[] = [];
      for (const node of nodes) {
        const opened: SchemaNode[] = [];
        expand(node, value, opened);
        for (const o of opened) {
          const child = childSchema(o, key);
          if (child !== undefined && next.length < MAX_CANDIDATES) next.push(child);
        }
      }
      if (next.length === 0) return false;
      nodes = next;
      value = readKey(value, key);
    }
    return path.length > 0 && nodes.some(acceptsMissing);
  } catch {
    return false;
  }
}

/** The values of an enum or a literal issue, as the message lists them. */
function listValues(values: readonly unknown[]): string {
  return values.map((v) => describeReceived(v)).join(" | ");
}

/**
 * The message of an issue about a missing value (`required`) or a `null` given for an optional
 * field (`null-for-optional`), or `undefined` for every other issue, which keeps zod's message.
 */
function missingOrNull(issue: z.core.$ZodIssue, schema: SchemaNode | undefined, input: unknown): { rule: string; message: string } | undefined {
  const received = issue.input;
  if (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union") {
    if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
      // A discriminated union reports at the tag's path and receives the whole object.
      if (readKey(received, issue.discriminator) !== undefined) return undefined;
      const options = "options" in issue && Array.isArray(issue.options) ? (issue.options as readonly unknown[]) : [];
      return { rule: "required", message: options.length > 0 ? `required (one of ${listValues(options)})` : "required" };
    }
    if (received === undefined && issue.path.length > 0) {
      if (issue.code === "invalid_value") return { rule: "required", message: `required (one of ${listValues(issue.values)})` };
      return { rule: "required", message: "required" };
    }
    if (received === null && schema !== undefined && isOptionalAt(schema, input, issue.path)) {
      return { rule: "null-for-optional", message: "omit the field instead of null: it is optional, and null is not one of its values" };
    }
  }
  return undefined;
}

/**
 * The message of an unknown field: kinsafe refuses it rather than drop it. An unknown
 * `extensions` is on a part that takes none: the message names where to put it instead, the
 * nearest enclosing item with an id (or the document), and the person for a part about one.
 */
function unknownFieldMessage(key: string, path: readonly (string | number)[], input: unknown): string {
  if (key !== "extensions") return cut(`Unknown field ${JSON.stringify(key)}: kinsafe refuses fields it does not know rather than drop them. Keep the host system's own data in "extensions" (on a document or an item with an id).`, PARSE_LIMITS.maxMessageLength);
  // The objects along the path, to find the nearest one with an id.
  let nearest: readonly (string | number)[] = [];
  let node: unknown = input;
  let here: unknown = input;
  for (let i = 0; i < path.length && typeof node === "object" && node !== null; i++) {
    node = (node as Record<string | number, unknown>)[path[i] as string | number];
    if (i < path.length - 1 && typeof node === "object" && node !== null && typeof (node as { id?: unknown }).id === "string") nearest = path.slice(0, i + 1);
    here = node;
  }
  const where = nearest.length === 0 ? "the document" : `the nearest item with an id (${formatPath(nearest)})`;
  const person = typeof here === "object" && here !== null && typeof (here as { personId?: unknown }).personId === "string" ? `, or, for data about the person, in the person's own "extensions" (in people)` : "";
  return cut(`Unknown field "extensions": this part takes no extensions. Keep the host system's own data in the "extensions" of ${where}${person}.`, PARSE_LIMITS.maxMessageLength);
}

/**
 * Turns zod's issues into kinsafe's {@link InputIssue}s, keeping every path. A missing value
 * reads `required` (rule `required`); a `null` given for an optional field, as ORMs send, reads
 * "omit the field instead of null" (rule `null-for-optional`) when `schema` and `input` are
 * given to tell that the field is optional. An unknown field (zod's `unrecognized_keys`) becomes
 * one issue per field, the field at the end of its path. Every other issue keeps zod's code as
 * its rule and zod's message.
 *
 * @param issues - zod issues from a failed `safeParse`.
 * @param schema - The schema that was parsed with, to tell optional fields.
 * @param input - The input that was parsed.
 * @returns One input issue per zod issue (union branches flattened), one per unknown field.
 *
 * @internal
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[], schema?: z.ZodType, input?: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys") {
      // One issue per unknown field, with the field in its path (kinsafe's objects are strict).
      for (const key of issue.keys) out.push({ path: [...path, key], rule: issue.code, message: unknownFieldMessage(key, path, input) });
      continue;
    }
    const plain = missingOrNull(issue, schema as unknown as SchemaNode | undefined, input);
    if (plain !== undefined) {
      out.push({ path, rule: plain.rule, message: plain.message });
      continue;
    }
    const rule = issue.code === "custom" && typeof issue.params?.["rule"] === "string" ? issue.params["rule"] : issue.code;
    const base: InputIssue = { path, rule, message: cut(issue.message, PARSE_LIMITS.maxMessageLength) };
    out.push("input" in issue ? { ...base, received: describeReceived(issue.input) } : base);
  }
  return out;
}

/**
 * Formats a path as `goals[0].dangerId`.
 *
 * @internal
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path.map((p, i) => (typeof p === "number" ? `[${String(p)}]` : i === 0 ? p : `.${p}`)).join("");
}

/**
 * Builds the `invalid-input` error for a list of problems: at most
 * {@link PARSE_LIMITS}.maxIssues are listed, then one issue of rule `too-many-issues` says how
 * many more there were. With `schema` and `input`, a `null` given for an optional field says to
 * omit it (see {@link toInputIssues}).
 *
 * @internal
 */
export function invalidInput(what: string, all: readonly z.core.$ZodIssue[], schema?: z.ZodType, input?: unknown): KinsafeError {
  const { maxIssues } = PARSE_LIMITS;
  const shown = all.length > maxIssues ? all.slice(0, maxIssues) : all;
  const listed = toInputIssues(shown, schema, input);
  // An issue of unknown fields lists one problem per field.
  return issuesError(what, listed, all.length - shown.length + listed.length);
}

/** The `invalid-input` error listing `listed` (at most maxIssues of `total` problems). */
function issuesError(what: string, listed: InputIssue[], total: number): KinsafeError {
  const { maxIssues } = PARSE_LIMITS;
  const issues = listed.slice(0, maxIssues);
  if (total > maxIssues) {
    const more = total - maxIssues;
    issues.push({ path: [], rule: "too-many-issues", message: `${String(more)} more ${more === 1 ? "problem" : "problems"} not listed.` });
  }
  const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}${i.received === undefined ? "" : ` (received ${i.received})`}`);
  const count = total === 1 ? "1 problem" : `${String(total)} problems`;
  return new KinsafeError("invalid-input", `Invalid ${what}: ${count}.\n${lines.join("\n")}`, issues);
}

/**
 * Parses `input` with `schema`, returning kinsafe's result shape. Never throws: the input is
 * first checked against {@link PARSE_LIMITS}, and anything the schema throws becomes a
 * {@link KinsafeError} (`too-large` for a `RangeError`).
 *
 * @internal
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): SafeParseResult<z.output<S>> {
  const refused = checkInputSize(input, what, schema);
  if (refused !== undefined) return { ok: false, error: refused };
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, error: invalidInput(what, result.error.issues, schema, input) };
  } catch (error) {
    return { ok: false, error: toKinsafeError(error, what) };
  }
}

/**
 * Parses `input` with `schema` or throws one {@link KinsafeError} listing every problem.
 *
 * @internal
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input, what);
  if (!result.ok) throw result.error;
  return result.value;
}
