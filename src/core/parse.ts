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

const MAX_RECEIVED = 80;

/** Renders a received value briefly for an issue. */
function describeReceived(input: unknown): string {
  if (input === undefined) return "undefined";
  if (typeof input === "string") {
    const s = JSON.stringify(input.length > MAX_RECEIVED ? `${input.slice(0, MAX_RECEIVED)}…` : input);
    return s;
  }
  if (typeof input === "number" || typeof input === "boolean" || input === null) return String(input);
  if (Array.isArray(input)) return `an array of ${String(input.length)}`;
  if (typeof input === "object") return "an object";
  return typeof input;
}

/**
 * Turns zod's issues into kinsafe's {@link InputIssue}s, keeping every path.
 *
 * @param issues - zod issues from a failed `safeParse`.
 * @returns One input issue per zod issue (union branches flattened).
 *
 * @internal
 */
export function toInputIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const rule = issue.code === "custom" && typeof issue.params?.["rule"] === "string" ? issue.params["rule"] : issue.code;
    const base: InputIssue = { path, rule, message: issue.message };
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
 * Parses `input` with `schema`, returning kinsafe's result shape.
 *
 * @internal
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): SafeParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = toInputIssues(result.error.issues);
  const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}${i.received === undefined ? "" : ` (received ${i.received})`}`);
  const count = issues.length === 1 ? "1 problem" : `${String(issues.length)} problems`;
  return { ok: false, error: new KinsafeError("invalid-input", `Invalid ${what}: ${count}.\n${lines.join("\n")}`, issues) };
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
