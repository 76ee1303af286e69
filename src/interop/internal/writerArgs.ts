import { KinsafeError } from "../../core";

// Checks of what the statutory-return writers are given: a programmer error is a KinsafeError
// with code `invalid-argument`, never a TypeError from inside the writer.

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/**
 * Checks a writer's argument that must be a plain object (a header, the options).
 *
 * @internal
 */
export function checkWriterObject(value: unknown, what: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new KinsafeError("invalid-argument", `${what} must be an object; received ${describe(value)}.`);
}

/**
 * Checks a writer's records: an array of child records.
 *
 * @internal
 */
export function checkWriterRecords(records: unknown, writer: string): void {
  if (!Array.isArray(records)) throw new KinsafeError("invalid-argument", `${writer} takes an array of child records; received ${describe(records)}.`);
}

/**
 * Checks one child record before a writer reads it: an object with a `child` that has a
 * `childId`, and the lists the writer reads as arrays.
 *
 * @internal
 */
export function checkWriterRecord(record: unknown, lists: readonly string[]): void {
  if (typeof record !== "object" || record === null || Array.isArray(record)) throw new KinsafeError("invalid-argument", `A child record must be an object; received ${describe(record)}.`);
  const r = record as Record<string, unknown>;
  const child = r["child"];
  if (typeof child !== "object" || child === null || Array.isArray(child)) throw new KinsafeError("invalid-argument", `A child record must have a child; received ${describe(child)}.`);
  if (typeof (child as Record<string, unknown>)["childId"] !== "string") throw new KinsafeError("invalid-argument", `A child record's child.childId must be a string; received ${describe((child as Record<string, unknown>)["childId"])}.`);
  for (const list of lists) if (!Array.isArray(r[list])) throw new KinsafeError("invalid-argument", `A child record's ${list} must be an array; received ${describe(r[list])}.`);
}
