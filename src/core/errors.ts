/**
 * One problem with an input: where it is, which rule it broke, and what was received.
 *
 * @category Core
 */
export interface InputIssue {
  /** Where in the input, e.g. `["goals", 0, "dangerId"]`. Empty for the whole value. */
  readonly path: readonly (string | number)[];
  /** The rule that was broken: a zod issue code (`invalid_type`, `too_big`, …) or a kinsafe rule such as `reference/unknown-id`. */
  readonly rule: string;
  /** A sentence in English saying what is wrong. */
  readonly message: string;
  /** A short rendering of the value that was received, when there is one. */
  readonly received?: string;
}

/**
 * Error codes of {@link KinsafeError}.
 *
 * - `invalid-input`: a document failed to parse; `issues` lists every problem.
 * - `not-found`: an updater was given an id that is not in the document.
 * - `duplicate-id`: an updater was asked to add an item whose id is already used.
 * - `still-referenced`: an item cannot be removed because others point at it.
 * - `invalid-argument`: an argument a programmer passed is out of its range.
 * - `unknown-command`: an audited change of a type the applier does not know.
 * - `too-large`: an input is too large or too deeply nested to check (more values, a longer
 *   array or deeper nesting than the parse functions' limits; see `docs/errors-and-findings.md`),
 *   or checking it ran out of stack or memory. Nothing was parsed.
 *
 * @category Core
 */
export type KinsafeErrorCode =
  | "invalid-input"
  | "not-found"
  | "duplicate-id"
  | "still-referenced"
  | "invalid-argument"
  | "unknown-command"
  | "too-large";

/**
 * The one error type kinsafe throws. It is thrown for bad input at a parsing boundary
 * (`parse*` functions, with every problem in {@link KinsafeError.issues}) and for programmer
 * errors (an unknown id given to an updater). Practice rules never throw: they return findings.
 *
 * Every message starts with `[kinsafe]`.
 *
 * @example
 * {@includeCode ../../tests/core/errors.test.ts#docs-example}
 *
 * @category Core
 */
export class KinsafeError extends Error {
  /** What kind of error this is. */
  readonly code: KinsafeErrorCode;
  /** Every problem found, each with its path. Empty for programmer errors that are not about a document. */
  readonly issues: readonly InputIssue[];

  /**
   * @param code - What kind of error this is.
   * @param message - A sentence in English; `[kinsafe] ` is put in front of it.
   * @param issues - Every problem found, each with its path.
   */
  constructor(code: KinsafeErrorCode, message: string, issues: readonly InputIssue[] = []) {
    super(`[kinsafe] ${message}`);
    this.name = "KinsafeError";
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Tells whether a value is a {@link KinsafeError}, also across bundles where `instanceof`
 * may fail because two copies of kinsafe are loaded.
 *
 * @param value - Anything caught.
 * @returns `true` when `value` is a kinsafe error.
 *
 * @example
 * {@includeCode ../../tests/core/errors.test.ts#is-kinsafe-error}
 *
 * @category Core
 */
export function isKinsafeError(value: unknown): value is KinsafeError {
  return (
    value instanceof KinsafeError ||
    (value instanceof Error && value.name === "KinsafeError" && "issues" in value && "code" in value)
  );
}
