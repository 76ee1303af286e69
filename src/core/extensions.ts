import * as z from "zod";

/**
 * A JSON value: what a host system may keep in an `extensions` object (text, numbers, booleans,
 * null, and arrays and objects of them).
 *
 * @category Core
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The host system's own data on a kinsafe document or item: any JSON object, kept exactly as
 * given through parsing, updates, audited commands, undo and migration, and never read by
 * kinsafe. Every document and every item with an id accepts `extensions`; any other property
 * kinsafe does not know is refused with its path (see docs/for-vendors.md, "Your own fields").
 *
 * @category Core
 */
export const ExtensionsSchema = z.record(z.string(), z.json());
/** @category Core */
export type Extensions = { readonly [key: string]: JsonValue };
