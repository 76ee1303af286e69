import { castDraft, produce, type Draft } from "immer";
import { KinsafeError } from "../core";
import type { Person } from "./Network";

/**
 * Adds a person to a draft list of people.
 *
 * @param draft - A draft of the people of a case.
 * @param person - The new person.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used.
 *
 * @internal Shared by {@link addPerson} and audited changes.
 */
export function addPersonRecipe(draft: Draft<Person[]>, person: Person): void {
  if (draft.some((p) => p.id === person.id)) {
    throw new KinsafeError("duplicate-id", `The case already has a person with the id ${JSON.stringify(person.id)}.`);
  }
  draft.push(castDraft(person));
}

/**
 * Adds a person (a child, a family member, a friend or a professional) to the people of a case.
 *
 * People are shared by the assessment map, the network and the safety plan: record each one
 * once, with their household and their relationships to the children (the genogram and ecomap;
 * domain specification 1.9). The list is not changed: a new list is returned. Like every
 * kinsafe updater, the result is deep-frozen, including the `person` object passed in.
 *
 * @param people - The people of the case.
 * @param person - The new person, already parsed with {@link PersonSchema}.
 * @returns A new list ending with `person`.
 * @throws {@link KinsafeError} with code `duplicate-id` when a person with that id is already in the list.
 *
 * @example
 * {@includeCode ../../tests/network/addPerson.test.ts#docs-example}
 *
 * @category Network
 */
export function addPerson(people: readonly Person[], person: Person): readonly Person[] {
  return produce(people as Person[], (draft) => {
    addPersonRecipe(draft, person);
  });
}
