// Child records in a compact form for the read threads' hand-off (`readReturns(...).cohort()`):
// each object of the record's schema as the array of its values in the schema's order, so that
// the field names, more than half of a record's JSON, are not written for every record. The
// threads hold every record of every return in this form until all are read, so its size is
// most of their memory.
import type * as z from "zod";
import type { ChildRecord } from "./ChildRecord";
import { ChildRecordSchema } from "./ChildRecord";

/** How a value of the record's schema is written: as it is, an object by position, or a list of such. */
type Shape = { readonly kind: "as-is" } | { readonly kind: "object"; readonly keys: readonly string[]; readonly fields: readonly Shape[] } | { readonly kind: "list"; readonly item: Shape };

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
      return { kind: "object", keys, fields: keys.map((k) => shapeOf(shape[k] as z.ZodType)) };
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

function compact(shape: Shape, value: unknown): unknown {
  if (shape.kind === "as-is") return value;
  if (shape.kind === "list") {
    if (!Array.isArray(value)) throw new NotCompact();
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = compact(shape.item, value[i]);
    return out;
  }
  if (typeof value !== "object" || value === null) throw new NotCompact();
  // A plain object only: an instance of a class may write itself otherwise (toJSON).
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new NotCompact();
  const o = value as Record<string, unknown>;
  const out: unknown[] = [];
  let given = 0;
  let last = -1;
  for (let i = 0; i < shape.keys.length; i++) {
    const v = o[shape.keys[i] as string];
    // Absent is written null; a null given (which JSON would keep) cannot then be told apart.
    if (v === null) throw new NotCompact();
    if (v === undefined) {
      out.push(null);
      continue;
    }
    const field = shape.fields[i] as Shape;
    // A value JSON writes as null (NaN, Infinity, what a toJSON makes null) would come back absent.
    if (field.kind === "as-is" && ((typeof v === "number" && !Number.isFinite(v)) || (typeof v === "object" && "toJSON" in v))) throw new NotCompact();
    given++;
    last = i;
    out.push(compact(field, v));
  }
  // A field outside the schema (JSON would keep it) has no place; nor, more simply, one given as
  // undefined (JSON leaves it out, as the compact form would: the record is written as it is).
  if (Object.keys(o).length !== given) throw new NotCompact();
  out.length = last + 1;
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
 * `{ asIs: record }` when the record has what that form cannot hold (a field outside the schema, a `null`, a value
 * of the wrong kind where an object or list belongs, an object with its own `toJSON`), so that
 * `expandRecord(JSON.parse(JSON.stringify(compactRecord(r))))` always equals
 * `JSON.parse(JSON.stringify(r))` but for the order of the fields.
 *
 * @param record - A child record (checked or not).
 * @returns The compact form.
 * @internal
 */
export function compactRecord(record: unknown): unknown {
  recordShape ??= shapeOf(ChildRecordSchema);
  try {
    return compact(recordShape, record);
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
