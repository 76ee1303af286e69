import * as z from "zod";
import { parseWith } from "./parse";

/**
 * The rule for every id: one to 200 characters, no control character anywhere (U+0000–U+001F,
 * such as a tab, a carriage return or a line feed; U+007F–U+009F) and no line or paragraph
 * separator (U+2028, U+2029), and no white space at either end. Spaces inside are allowed.
 *
 * @internal
 */
// eslint-disable-next-line no-control-regex -- the rule is precisely about control characters
export const ID_PATTERN = /^[^\s\u0000-\u001f\u007f-\u009f](?:[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*[^\s\u0000-\u001f\u007f-\u009f])?$/;

/** The most characters in an id. @internal */
export const MAX_ID_LENGTH = 200;

/**
 * The schema type of a branded string id (see {@link idSchema}).
 *
 * @category Core
 */
export type IdSchema<B extends string> = z.core.$ZodBranded<z.ZodString, B>;

/**
 * Builds the schema of a branded string id. Ids are non-empty strings of at most 200
 * characters with no control characters (no tab, carriage return or line feed anywhere) and no
 * white space at either end; the brand stops, say, a person id being
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
    .max(MAX_ID_LENGTH)
    .regex(ID_PATTERN, "An id must not contain control characters (such as a tab or a line break) or start or end with white space.")
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
