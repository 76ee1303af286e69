import { KinsafeError } from "./errors";

/**
 * What an id is made for, so that an {@link IdFactory} can give each kind its own prefix or
 * sequence. Assessment-map items share the kind of their column.
 *
 * @category Core
 */
export type IdKind =
  | "case-file"
  | "person"
  | "assessment-map"
  | "harm-statement"
  | "danger-statement"
  | "complicating-factor"
  | "grey-area"
  | "strength"
  | "existing-safety"
  | "safety-goal"
  | "next-step"
  | "safety-scale"
  | "scale-judgement"
  | "safety-network"
  | "informing-record"
  | "network-meeting"
  | "safety-plan"
  | "plan-rule"
  | "plan-review"
  | "monitoring-event"
  | "bottom-line"
  | "child-voice-record"
  | "child-voice-item"
  | "words-and-pictures-page"
  | "child-voice-sharing";

/**
 * Makes a new id for an item that is being added without one. kinsafe never makes ids itself
 * (it reads no clock and no randomness): the host system injects its own factory, for example
 * `() => crypto.randomUUID()`, or {@link sequentialIds} in tests and scripts. An id made by a
 * factory is checked like any other id; when it is already used in the document, the factory is
 * asked again (see "Updating documents" in `docs/for-vendors.md`).
 *
 * @param kind - What the id is for.
 * @returns A new id: 1–200 characters, no control characters, no white space at either end.
 *
 * @category Core
 */
export type IdFactory = (kind: IdKind) => string;

/**
 * Options of {@link sequentialIds}.
 *
 * @category Core
 */
export interface SequentialIdsOptions {
  /** Put in front of every id, e.g. `"case-12/"`. Default: nothing. */
  readonly prefix?: string;
  /** The first number of each kind. Default 1. */
  readonly start?: number;
}

/**
 * A deterministic {@link IdFactory}: `prefix` + kind + `-` + a number counted per kind
 * (`plan-rule-1`, `plan-rule-2`, `network-meeting-1`, …). The same calls in the same order give
 * the same ids, so tests, examples and synthetic data are reproducible. The factory keeps its
 * counters: make a new one per document or per run. An id already used in the document is
 * skipped by the updater, which asks for the next.
 *
 * @param options - A prefix and the first number.
 * @returns A new factory with its own counters.
 * @throws {@link KinsafeError} with code `invalid-argument` when `start` is not a whole number of at least 0.
 *
 * @example
 * {@includeCode ../../tests/core/idFactory.test.ts#sequential-ids}
 *
 * @category Core
 */
export function sequentialIds(options: SequentialIdsOptions = {}): IdFactory {
  const prefix = options.prefix ?? "";
  const start = options.start ?? 1;
  if (!Number.isSafeInteger(start) || start < 0) throw new KinsafeError("invalid-argument", `start must be a whole number of at least 0; received ${String(start)}.`);
  const next = new Map<IdKind, number>();
  return (kind) => {
    const n = next.get(kind) ?? start;
    next.set(kind, n + 1);
    return `${prefix}${kind}-${String(n)}`;
  };
}
