import { castDraft } from "immer";
import type * as z from "zod";
import { KinsafeError, type InputIssue } from "./errors";
import type { IdFactory, IdKind } from "./idFactory";
import { describeReceived, formatPath, PARSE_LIMITS, safeParseWith } from "./parse";
import { sameJson } from "./drafts";

// The one input contract of every create/add/update function (see "Updating documents" in
// docs/for-vendors.md): plain JSON in, parsed and reference-checked together, every problem
// reported in one KinsafeError whose paths are the document's, branded readonly out.
// Internal: exported from the core index for other folders, never from the package.

/** A path in a document. @internal */
export type DocPath = readonly (string | number)[];

/** Anything with an id, as a reference check sees it. @internal */
export interface HasId {
  readonly id: string;
}

/**
 * Parses `input` with `schema` and adds its problems to `issues` with `at` put in front of
 * each path, so that they read as paths of the document the input goes into.
 *
 * @returns The parsed value, or `undefined` when it did not parse.
 * @throws {@link KinsafeError} with code `too-large` when the input is beyond the parse limits.
 * @internal
 */
export function parseInto<S extends z.ZodType>(schema: S, input: unknown, at: DocPath, what: string, issues: InputIssue[]): z.output<S> | undefined {
  const result = safeParseWith(schema, input, what);
  if (result.ok) return result.value;
  if (result.error.code !== "invalid-input") throw result.error;
  for (const issue of result.error.issues) issues.push({ ...issue, path: [...at, ...issue.path] });
  return undefined;
}

/**
 * Adds a `reference/...` (or other kinsafe rule) problem to `issues`.
 *
 * @internal
 */
export function addIssue(issues: InputIssue[], path: DocPath, rule: string, message: string, received?: unknown): void {
  issues.push(received === undefined ? { path: [...path], rule, message } : { path: [...path], rule, message, received: describeReceived(received) });
}

/**
 * Throws one {@link KinsafeError} listing every problem, or returns when there is none. The code
 * is `duplicate-id` when every problem is an id already used (`reference/duplicate-id`), and
 * `invalid-input` otherwise.
 *
 * @internal
 */
export function throwIfIssues(what: string, issues: readonly InputIssue[]): void {
  if (issues.length === 0) return;
  const { maxIssues } = PARSE_LIMITS;
  const listed = issues.slice(0, maxIssues);
  if (issues.length > maxIssues) {
    const more = issues.length - maxIssues;
    listed.push({ path: [], rule: "too-many-issues", message: `${String(more)} more ${more === 1 ? "problem" : "problems"} not listed.` });
  }
  const code = issues.every((i) => i.rule === "reference/duplicate-id") ? "duplicate-id" : "invalid-input";
  const lines = listed.map((i) => `  - ${formatPath(i.path)}: ${i.message}${i.received === undefined ? "" : ` (received ${i.received})`}`);
  const count = issues.length === 1 ? "1 problem" : `${String(issues.length)} problems`;
  throw new KinsafeError(code, `Invalid ${what}: ${count}.\n${lines.join("\n")}`, listed);
}

/**
 * A plain object's own field, read defensively (the input may be anything).
 *
 * @internal
 */
export function fieldOf(input: unknown, key: string): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input) || !Object.hasOwn(input, key)) return undefined;
  return (input as Readonly<Record<string, unknown>>)[key];
}

/**
 * An array field's elements, or none when the field is not an array.
 *
 * @internal
 */
export function listOf(input: unknown, key: string): readonly unknown[] {
  const value = fieldOf(input, key);
  return Array.isArray(value) ? value : [];
}

/**
 * The ids of a list of things with ids, or `undefined` when the list is not given (the
 * references to it are then not checked).
 *
 * @internal
 */
export function idsOf(list: readonly HasId[] | undefined): ReadonlySet<string> | undefined {
  return list === undefined ? undefined : new Set(list.map((x) => x.id));
}

/**
 * Reports `value` at `path` when it is a string that `known` does not hold (nothing when `known`
 * is not given, or the value is not a string: its shape is reported by the schema).
 *
 * @internal
 */
export function checkReference(issues: InputIssue[], value: unknown, path: DocPath, known: ReadonlySet<string> | undefined, rule: string, message: (id: string) => string): void {
  if (known === undefined || typeof value !== "string" || known.has(value)) return;
  addIssue(issues, path, rule, message(value), value);
}

/**
 * {@link checkReference} for each element of an array.
 *
 * @internal
 */
export function checkReferences(issues: InputIssue[], values: unknown, path: DocPath, known: ReadonlySet<string> | undefined, rule: string, message: (id: string) => string): void {
  if (!Array.isArray(values)) return;
  values.forEach((value, i) => {
    checkReference(issues, value, [...path, i], known, rule, message);
  });
}

/** How many times a factory is asked for an id that is free. */
const MAX_ID_ATTEMPTS = 1000;

/**
 * The input with an id: as it is when it has one (or is not an object, or there is no
 * factory); otherwise a copy with an id from `ids`, asked again while the id is `used`.
 *
 * @internal
 */
export function withId(input: unknown, kind: IdKind, ids: IdFactory | undefined, used: (id: string) => boolean): unknown {
  if (ids === undefined || typeof input !== "object" || input === null || Array.isArray(input)) return input;
  if (fieldOf(input, "id") !== undefined) return input;
  let id = ids(kind);
  for (let i = 1; i < MAX_ID_ATTEMPTS && used(id); i++) id = ids(kind);
  return { ...(input as Record<string, unknown>), id };
}

/**
 * An entry merged with changes, as plain data: a key set to `undefined` is removed and the
 * `locked` keys keep their values.
 *
 * @internal
 */
export function mergeChanges(entry: object, changes: unknown, locked: readonly string[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) return merged;
  for (const [key, value] of Object.entries(changes)) {
    if (locked.includes(key)) continue;
    if (value === undefined) Reflect.deleteProperty(merged, key);
    else merged[key] = value;
  }
  return merged;
}

/**
 * Makes a draft entry equal to `next`, writing only what differs, so that immer returns the same
 * document when nothing changed.
 *
 * @internal
 */
export function replaceEntry(draft: object, next: object): void {
  const target = draft as Record<string, unknown>;
  const source = next as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    if (!Object.hasOwn(source, key)) Reflect.deleteProperty(target, key);
  }
  for (const [key, value] of Object.entries(source)) {
    if (!sameJson(target[key], value)) target[key] = castDraft(value);
  }
}

/**
 * Reports every repeated id of a list as `reference/duplicate-id`, at the repeat's `id`.
 *
 * @internal
 */
export function checkUniqueIds(issues: InputIssue[], items: readonly unknown[], at: DocPath, seen: Map<string, string> = new Map()): void {
  items.forEach((item, i) => {
    const id = fieldOf(item, "id");
    if (typeof id !== "string") return;
    const previous = seen.get(id);
    if (previous !== undefined) addIssue(issues, [...at, i, "id"], "reference/duplicate-id", `The id ${JSON.stringify(id)} is already used at ${previous}.`, id);
    else seen.set(id, formatPath([...at, i]));
  });
}
