import { safeParseWith, type SafeParseResult } from "../core";
import { PersonSchema, type Person } from "./Network";

/**
 * Parses a person without throwing: returns the person, or the error that
 * {@link parsePerson} would have thrown, as data.
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns `{ ok: true, value }` with the person, or `{ ok: false, error }` whose `error.issues` lists every problem with its path. Never throws: an input beyond the parse limits gives an error of code `too-large`.
 *
 * @example
 * {@includeCode ../../tests/network/parseSafetyNetwork.test.ts#safe-parse-person}
 *
 * @category Network
 */
export function safeParsePerson(input: unknown): SafeParseResult<Person> {
  return safeParseWith(PersonSchema, input, "person");
}
