import { produce, type Draft } from "immer";
import { KinsafeError, type PersonId } from "../core";
import type { Person } from "./Network";
import { applyChanges } from "./internal";

/**
 * The changes an update may make to a person: any field but `id`. Give `undefined` for an
 * optional field to remove it.
 *
 * @category Network
 */
export type PersonChanges = { readonly [K in Exclude<keyof Person, "id">]?: Person[K] | undefined };

/**
 * Changes a person in a draft list of people.
 *
 * @param draft - A draft of the people of a case.
 * @param id - The person to change.
 * @param changes - The fields to change.
 * @throws {@link KinsafeError} with code `not-found` when nobody has the id.
 *
 * @internal Shared by {@link updatePerson} and audited changes.
 */
export function updatePersonRecipe(draft: Draft<Person[]>, id: PersonId, changes: PersonChanges): void {
  const person = draft.find((p) => p.id === id);
  if (person === undefined) throw new KinsafeError("not-found", `The case has no person with the id ${JSON.stringify(id)}.`);
  applyChanges(person, changes, ["id"]);
}

/**
 * Changes some fields of a person: a new household, a corrected name, an added relationship.
 *
 * Fields not named in `changes` are kept; `undefined` removes an optional field; `id` cannot
 * change. When nothing really changes, the same list is returned, so callers can skip saving.
 *
 * @param people - The people of the case.
 * @param id - The person to change.
 * @param changes - The fields to change.
 * @returns A new list with the person changed, or `people` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the list has no person with that id.
 *
 * @example
 * {@includeCode ../../tests/network/updatePerson.test.ts#docs-example}
 *
 * @category Network
 */
export function updatePerson(people: readonly Person[], id: PersonId, changes: PersonChanges): readonly Person[] {
  return produce(people as Person[], (draft) => {
    updatePersonRecipe(draft, id, changes);
  });
}
