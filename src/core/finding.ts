import * as z from "zod";
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "./limits";

/**
 * How much a finding matters: `error` (the record does not meet the rule), `warning` (it
 * probably does not; a person should look), `info` (worth knowing).
 *
 * @category Core
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
/** @category Core */
export type Severity = z.output<typeof SeveritySchema>;

/**
 * One problem or observation about a domain value. Serialisable data with no prose: the text
 * comes from a message catalogue (see `formatFinding`).
 *
 * @typeParam Code - The union of codes the producer can return.
 *
 * @category Core
 */
export interface Finding<Code extends string = string> {
  /** Stable, namespaced, kebab-case code, e.g. `assessment/goal-without-duration`. */
  readonly code: Code;
  /** How much it matters. */
  readonly severity: Severity;
  /** Where in the value, e.g. `["goals", 2, "sustainFor"]`. Empty for the whole value. */
  readonly path: readonly (string | number)[];
  /** Values that the message template needs, e.g. `{ term: "neglect" }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The schema of a {@link Finding}, for callers who store findings.
 *
 * @category Core
 */
export const FindingSchema = z.strictObject({
  code: z.string().max(MAX_TEXT_LENGTH).min(1),
  severity: SeveritySchema,
  path: z.array(z.union([z.string().max(MAX_TEXT_LENGTH), z.number()])).max(MAX_LIST_LENGTH),
  params: z.record(z.string().max(MAX_TEXT_LENGTH), z.union([z.string().max(MAX_TEXT_LENGTH), z.number()])).optional(),
});

/**
 * The result of an operation that the rules may refuse (a transition that is not allowed, an
 * event out of order). A success may still carry warnings; a failure always has at least one
 * finding.
 *
 * @category Core
 */
export type Checked<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T; readonly findings: readonly Finding<Code>[] }
  | { readonly ok: false; readonly findings: readonly [Finding<Code>, ...Finding<Code>[]] };

/**
 * Builds a successful {@link Checked}.
 *
 * @param value - The result.
 * @param findings - Warnings or notes that go with it.
 * @returns `{ ok: true, value, findings }`.
 *
 * @example
 * {@includeCode ../../tests/core/finding.test.ts#checked}
 *
 * @category Core
 */
export function accept<T, Code extends string = string>(value: T, findings: readonly Finding<Code>[] = []): Checked<T, Code> {
  return { ok: true, value, findings };
}

/**
 * Builds a refused {@link Checked}.
 *
 * @param first - The finding that explains the refusal.
 * @param rest - Any further findings.
 * @returns `{ ok: false, findings }`.
 *
 * @example
 * {@includeCode ../../tests/core/finding.test.ts#checked}
 *
 * @category Core
 */
export function refuse<T = never, Code extends string = string>(first: Finding<Code>, ...rest: Finding<Code>[]): Checked<T, Code> {
  return { ok: false, findings: [first, ...rest] };
}

/**
 * Counts findings by severity.
 *
 * @param findings - Findings from any check.
 * @returns The number of errors, warnings and infos.
 *
 * @example
 * {@includeCode ../../tests/core/finding.test.ts#count}
 *
 * @category Core
 */
export function countFindings(findings: readonly Finding[]): { readonly error: number; readonly warning: number; readonly info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
