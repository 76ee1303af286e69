import * as z from "zod";
import { parseWith } from "./parse";

/**
 * The schema type of a branded string id (see {@link idSchema}).
 *
 * @category Core
 */
export type IdSchema<B extends string> = z.core.$ZodBranded<z.ZodString, B>;

/**
 * Builds the schema of a branded string id. Ids are non-empty strings of at most 200
 * characters with no leading or trailing white space; the brand stops, say, a person id being
 * passed where a danger statement id belongs. Brands exist only in types: the JSON is a plain
 * string.
 *
 * @typeParam B - The brand, e.g. `"PersonId"`.
 * @returns A zod schema whose output is `string & z.$brand<B>`.
 *
 * @example
 * {@includeCode ../../tests/core/ids.test.ts#docs-example}
 *
 * @category Core
 */
export function idSchema<B extends string>(): IdSchema<B> {
  return z
    .string()
    .min(1)
    .max(200)
    .regex(/^\S(?:.*\S)?$/, "An id must not start or end with white space.")
    .brand<B>() as IdSchema<B>;
}

/**
 * Id of a person: a child, a family member, a network member or a professional.
 *
 * @category Core
 */
export const PersonIdSchema = idSchema<"PersonId">();
/** @category Core */
export type PersonId = z.output<typeof PersonIdSchema>;

/**
 * Brands a string as a {@link PersonId} after checking it, for tests and for code that reads
 * ids from trusted storage.
 *
 * @param value - The id.
 * @returns The same string, branded.
 * @throws {@link KinsafeError} with code `invalid-input` when `value` is not a valid id.
 *
 * @example
 * {@includeCode ../../tests/core/ids.test.ts#person-id}
 *
 * @category Core
 */
export function personId(value: string): PersonId {
  return parseWith(PersonIdSchema, value, "person id");
}
