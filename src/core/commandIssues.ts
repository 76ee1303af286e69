import type * as z from "zod";
import type { InputIssue } from "./errors";
import { distinctIssues } from "./issues";
import { ChangeMetaSchema } from "./changes";
import { safeParseWith, toInputIssues } from "./parse";

// One pass over an audited command: its shape and the references it makes, checked together and
// reported in the document's paths. The command's payload is placed where it would go in the
// document (without running the command's recipe), and the document is checked as its parser
// checks it; the command's own problems are moved to the same place.

type Path = readonly (string | number)[];

/**
 * Where the payload of a command goes in the document: a problem at `payload` (a path in the
 * command) or below it is reported at `at` (a path in the document) or below it.
 *
 * @internal
 */
export interface CommandRoute {
  readonly payload: Path;
  readonly at: Path;
}

/**
 * A command's payload put in the document: the document as it would be (plain JSON, not
 * parsed), and the routes from command paths to document paths.
 *
 * @internal
 */
export interface CommandPlacement {
  /** The document with the payload in place; absent when the command's target is not there. */
  readonly candidate?: unknown;
  readonly routes: readonly CommandRoute[];
  /** The command names an item the document does not have (rule `reference/not-found`, at the command's path). */
  readonly missing?: InputIssue;
  /**
   * Places in the document that repeat a value of the payload (a plan's status copied into its
   * status history): a problem there is the one already reported where the caller wrote the
   * value, so it is not reported twice.
   */
  readonly derived?: readonly Path[];
}

/**
 * The placement of a command whose target is not in the document.
 *
 * @internal
 */
export function notFound(path: Path, message: string, id: unknown): CommandPlacement {
  return { routes: [], missing: { path: [COMMAND_PATH, ...path], rule: "reference/not-found", message, received: typeof id === "string" ? JSON.stringify(id) : String(id) } };
}

/**
 * The path every problem that names no place in the document starts with: the command's own
 * fields (its `type`, the ids that say what it changes, `unset`) are reported at
 * `["command", ...path in the command]`. No document of kinsafe has a `command` field.
 *
 * @internal
 */
export const COMMAND_PATH = "command";

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/**
 * Moves a problem from the command's paths to the document's.
 *
 * @internal
 */
export function routeIssue(issue: InputIssue, routes: readonly CommandRoute[]): InputIssue {
  // The longest payload path that holds the problem wins.
  let best: CommandRoute | undefined;
  for (const route of routes) {
    if (startsWith(issue.path, route.payload) && (best === undefined || route.payload.length > best.payload.length)) best = route;
  }
  const path = best === undefined ? [COMMAND_PATH, ...issue.path] : [...best.at, ...issue.path.slice(best.payload.length)];
  return { ...issue, path };
}

/**
 * The code of the error that reports `issues`: `not-found` when the only problem is a target
 * that is not there, `duplicate-id` when every problem is an id already used, otherwise
 * `invalid-input` (the codes the updaters have always thrown for those problems alone).
 *
 * @internal
 */
export function codeOf(issues: readonly InputIssue[]): "invalid-input" | "not-found" | "duplicate-id" {
  if (issues.length === 0) return "invalid-input";
  if (issues.every((i) => i.rule === "reference/not-found")) return "not-found";
  if (issues.every((i) => i.rule === "reference/duplicate-id")) return "duplicate-id";
  return "invalid-input";
}

/**
 * Checks a command in one pass: the command against its schema, and, when its payload can be
 * placed, the document with the payload in place against the document's schema (shape and
 * references). Every problem is in the document's paths, or under {@link COMMAND_PATH}.
 *
 * @param commandSchema - The schema of the commands.
 * @param command - The command as received.
 * @param placement - Where its payload goes, or `undefined` when the command does not say (an unknown type, a target that is not there).
 * @param documentSchema - The schema of the document, with its reference checks.
 * @returns The parsed command when it parsed, every problem, and the code to throw them with:
 * see {@link codeOf}.
 *
 * @internal
 */
export function checkCommand<S extends z.ZodType>(
  commandSchema: S,
  command: unknown,
  placement: CommandPlacement | undefined,
  documentSchema: z.ZodType,
): { readonly parsed?: z.output<S>; readonly issues: InputIssue[]; readonly code: "invalid-input" | "not-found" | "duplicate-id" } {
  const result = commandSchema.safeParse(command, { reportInput: true });
  const routes = placement?.routes ?? [];
  // With the schema and the input, a null for an optional field reads "omit the field instead of
  // null" (rule null-for-optional), as the parsers say it.
  const issues = result.success ? [] : toInputIssues(result.error.issues, commandSchema, command).map((issue) => routeIssue(issue, routes));
  if (placement?.missing !== undefined) issues.push(placement.missing);
  if (placement?.candidate !== undefined) {
    const checked = documentSchema.safeParse(placement.candidate, { reportInput: true });
    const derived = placement.derived ?? [];
    if (!checked.success) issues.push(...toInputIssues(checked.error.issues, documentSchema, placement.candidate).filter((issue) => !derived.some((d) => startsWith(issue.path, d))));
  }
  const all = distinctIssues(issues);
  const code = codeOf(all);
  return result.success ? { parsed: result.data, issues: all, code } : { issues: all, code };
}

/**
 * The problems of an audited change's metadata (`at`, `by`, `reason`), at the paths
 * `recordChange` reports them (`["at"]`, `["by"]`, `["reason"]`; no document of kinsafe has
 * those fields at its top), so that a command's problems and its metadata's are listed in one
 * error.
 *
 * @internal
 */
export function changeMetaIssues(meta: unknown): InputIssue[] {
  const checked = safeParseWith(ChangeMetaSchema, meta, "change metadata");
  return checked.ok ? [] : [...checked.error.issues];
}

/**
 * Plain JSON helpers for placing a payload that has not been parsed.
 *
 * @internal
 */
export const json = {
  obj(value: unknown): Readonly<Record<string, unknown>> | undefined {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  },
  list(value: unknown): readonly unknown[] {
    return Array.isArray(value) ? value : [];
  },
  /** The index of the item whose `key` is `id` in a list, or -1. */
  indexOf(list: unknown, id: unknown, key = "id"): number {
    if (typeof id !== "string") return -1;
    return json.list(list).findIndex((item) => json.obj(item)?.[key] === id);
  },
  /** An item with a patch merged in: fields of `unset` removed, `keep` restored. */
  merged(item: unknown, patch: unknown, unset: unknown, keep: string): Record<string, unknown> {
    const out: Record<string, unknown> = { ...(json.obj(item) ?? {}), ...(json.obj(patch) ?? {}) };
    for (const [key, value] of Object.entries(out)) if (value === undefined) Reflect.deleteProperty(out, key);
    for (const key of json.list(unset)) if (typeof key === "string" && key !== keep) Reflect.deleteProperty(out, key);
    out[keep] = json.obj(item)?.[keep];
    return out;
  },
  /** A copy of `list` with `item` at `index` (appended when `index` is the length). */
  with(list: unknown, index: number, item: unknown): unknown[] {
    const out = [...json.list(list)];
    out[index] = item;
    return out;
  },
};
