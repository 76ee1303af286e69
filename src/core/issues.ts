import { KinsafeError, type InputIssue, type KinsafeErrorCode } from "./errors";
import { formatPath, PARSE_LIMITS } from "./parse";

// Helpers for entry points that gather problems from several checks (the shape of an input and
// the references it makes into a document) and report them in one error, in the document's paths.

/**
 * The issues with `prefix` put in front of each path: an item's problems as the document's.
 *
 * @internal
 */
export function prefixIssues(issues: readonly InputIssue[], prefix: readonly (string | number)[]): InputIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/**
 * The issues without repeats (the same path, rule and message), in their first order.
 *
 * @internal
 */
export function distinctIssues(issues: readonly InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.path, issue.rule, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One error listing every problem (at most {@link PARSE_LIMITS}.maxIssues, then one saying how
 * many more), each with its path; `code` is `invalid-input` unless given.
 *
 * @internal
 */
export function issuesError(what: string, all: readonly InputIssue[], code: KinsafeErrorCode = "invalid-input"): KinsafeError {
  const { maxIssues } = PARSE_LIMITS;
  const issues = all.slice(0, maxIssues);
  if (all.length > maxIssues) {
    const more = all.length - maxIssues;
    issues.push({ path: [], rule: "too-many-issues", message: `${String(more)} more ${more === 1 ? "problem" : "problems"} not listed.` });
  }
  const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}${i.received === undefined ? "" : ` (received ${i.received})`}`);
  const count = all.length === 1 ? "1 problem" : `${String(all.length)} problems`;
  return new KinsafeError(code, `Invalid ${what}: ${count}.\n${lines.join("\n")}`, issues);
}
