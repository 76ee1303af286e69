import * as z from "zod";

/**
 * A JSON value: what a host system may keep in an `extensions` object (text, numbers, booleans,
 * null, and arrays and objects of them).
 *
 * @category Core
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** @category Core */
export type Extensions = { readonly [key: string]: JsonValue };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Whether `value` is what `extensions` may hold: a plain object whose values are JSON (text,
 * finite numbers, booleans, null, and arrays and plain objects of them).
 *
 * @internal
 */
export function isJsonObject(value: unknown): value is Extensions {
  return isPlainObject(value) && isJson(value);
}

function isJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  return isPlainObject(value) && Object.keys(value).every((key) => isJson(value[key]));
}

/**
 * A copy of a JSON value. Every key is kept as data: an object that has a `__proto__` key (as
 * `JSON.parse` makes one) is copied into an object with no prototype, so that the key is neither
 * lost nor turned into a prototype by any later copy (immer copies patch values by assignment).
 *
 * @internal
 */
export function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  const out: Record<string, unknown> = keys.includes("__proto__") ? (Object.create(null) as Record<string, unknown>) : {};
  for (const key of keys) Object.defineProperty(out, key, { value: copyJson(value[key]), enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * The host system's own data on a kinsafe document or item: any JSON object, kept exactly as
 * given through parsing, updates, audited commands, undo and migration, and never read by
 * kinsafe. Every document and every item with an `id` accepts `extensions`; any other property
 * kinsafe does not know is refused with its path (see docs/for-vendors.md, "Your own fields").
 *
 * Parsing returns a copy. Every key is kept, `__proto__` included: an object with that key is
 * copied into an object with no prototype, so the key stays data and pollutes nothing. In the
 * JSON Schemas, `extensions` is `{ "type": "object" }`.
 *
 * @example
 * {@includeCode ../../tests/core/extensions.test.ts#extensions}
 *
 * @category Core
 */
export const ExtensionsSchema: z.ZodType<Extensions> = z
  .unknown()
  .refine(isJsonObject, { message: "extensions must be a JSON object: its values text, finite numbers, booleans, null, and arrays and objects of them." })
  .overwrite((value) => copyJson(value) as Extensions)
  .meta({
    type: "object",
    description: "The host system's own data: any JSON object, kept whole through parsing, updates, audited commands, undo and migration, and never read by kinsafe.",
  });
