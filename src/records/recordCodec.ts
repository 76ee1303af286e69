// Child records in a compact form for the read threads' hand-off (`readReturns(...).cohort()`):
// each object of the record's schema as the array of its values in the schema's order, so that
// the field names, more than half of a record's JSON, are not written for every record. The
// threads hold every record of every return in this form until all are read, so its size is
// most of their memory.
import type * as z from "zod";
import type { ChildRecord } from "./ChildRecord";
import { ChildRecordSchema } from "./ChildRecord";

/** How a value of the record's schema is written: as it is, an object by position, or a list of such. */
type Shape = { readonly kind: "as-is" } | { readonly kind: "object"; readonly keys: readonly string[]; readonly index: ReadonlyMap<string, number>; readonly fields: readonly Shape[] } | { readonly kind: "list"; readonly item: Shape };

const AS_IS: Shape = { kind: "as-is" };

/** The shape of a zod schema of the record (objects, lists, and values written as they are). */
function shapeOf(schema: z.ZodType): Shape {
  const def = schema._zod.def as unknown as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
  switch (def.type) {
    case "optional":
    case "default":
    case "readonly":
      return def.innerType === undefined ? AS_IS : shapeOf(def.innerType);
    case "object": {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      return { kind: "object", keys, index: new Map(keys.map((k, i) => [k, i])), fields: keys.map((k) => shapeOf(shape[k] as z.ZodType)) };
    }
    case "array": {
      const item = def.element === undefined ? AS_IS : shapeOf(def.element);
      return item.kind === "as-is" ? AS_IS : { kind: "list", item };
    }
    default:
      return AS_IS;
  }
}

let recordShape: Shape | undefined;

/** A value the compact form cannot hold exactly: the record is then written as it is. */
class NotCompact extends Error {}

const isRawJson = (JSON as { isRawJSON?: (value: unknown) => boolean }).isRawJSON;

/**
 * Whether JSON writes `value` as an object or a list of its own keys or items (a plain object or
 * array with no `toJSON`, not raw JSON): so the compact form, which writes its fields itself, writes
 * what JSON would.
 */
function plain(value: object, list: boolean): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (list ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== "function" && isRawJson?.(value) !== true;
}

/**
 * Whether a value written as it is comes back as JSON writes it, in a field of the compact form
 * (where JSON's `null` would read as absent): text, a yes or no, a finite number, or a plain
 * object or list (whose contents JSON writes the same way in either form).
 */
function keepsAsIs(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      return value !== null && plain(value, Array.isArray(value));
    default:
      return false;
  }
}

function compact(shape: Shape, value: unknown): unknown {
  if (shape.kind === "as-is") {
    if (!keepsAsIs(value)) throw new NotCompact();
    return value;
  }
  if (typeof value !== "object" || value === null) throw new NotCompact();
  if (shape.kind === "list") {
    if (!Array.isArray(value) || !plain(value, true)) throw new NotCompact();
    const list = value as readonly unknown[];
    const out = new Array<unknown>(list.length);
    // A hole is read as undefined, which no item can be: the record is written as it is.
    for (let i = 0; i < list.length; i++) out[i] = compact(shape.item, list[i]);
    return out;
  }
  if (Array.isArray(value) || !plain(value, false)) throw new NotCompact();
  const o = value as Record<string, unknown>;
  // The fields JSON writes (own, enumerable, not undefined), each at its place in the schema; a
  // field outside the schema, or null (which the compact form writes for absent), has no place.
  // The places between are holes, which JSON writes as null.
  const out: unknown[] = [];
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (v === undefined) continue;
    const i = shape.index.get(key);
    if (i === undefined || v === null) throw new NotCompact();
    out[i] = compact(shape.fields[i] as Shape, v);
  }
  return out;
}

function expand(shape: Shape, value: unknown): unknown {
  if (shape.kind === "as-is") return value;
  const list = value as readonly unknown[];
  if (shape.kind === "list") {
    const out = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = expand(shape.item, list[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (v !== null) out[shape.keys[i] as string] = expand(shape.fields[i] as Shape, v);
  }
  return out;
}

/**
 * A child record in compact form, for JSON: an array (each object of the record's schema as its
 * values in the schema's order, absent as `null`, trailing absences left out), or
 * `{ asIs: record }` when the record has anything that form cannot hold exactly (a field outside
 * the schema, a `null`, a value of another kind where an object or list belongs, anything JSON
 * writes otherwise than by its keys or items: a `toJSON`, an instance of a class, a boxed or
 * non-finite number, a hole in a list), so that for any object `r`
 * `expandRecord(JSON.parse(JSON.stringify(compactRecord(r))))` equals
 * `JSON.parse(JSON.stringify(r))` but for the order of the fields (and throws where that
 * throws: a `BigInt`, a cycle).
 *
 * @param record - A child record (checked or not).
 * @returns The compact form.
 * @internal
 */
export function compactRecord(record: unknown): unknown {
  recordShape ??= shapeOf(ChildRecordSchema);
  try {
    const out = compact(recordShape, record);
    // (An array whenever the schema's shape was read as an object, as the tests check.)
    return Array.isArray(out) ? out : { asIs: record };
  } catch (error) {
    if (error instanceof NotCompact) return { asIs: record };
    throw error;
  }
}

/**
 * The record of a {@link compactRecord} form read back from JSON.
 *
 * @param value - The compact form, parsed.
 * @returns The record (its fields in the schema's order).
 * @internal
 */
export function expandRecord(value: unknown): ChildRecord {
  recordShape ??= shapeOf(ChildRecordSchema);
  return (Array.isArray(value) ? expand(recordShape, value) : (value as { asIs: unknown }).asIs) as ChildRecord;
}
