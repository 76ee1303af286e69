import { produce, type Draft } from "immer";
import type { PersonId } from "../core";
import type { Person } from "./Network";

/**
 * Removes a person and every relationship pointing at them from a draft list of people.
 *
 * @param draft - A draft of the people of a case.
 * @param id - The person to remove.
 *
 * @internal Shared by {@link removePerson} and audited changes.
 */
export function removePersonRecipe(draft: Draft<Person[]>, id: PersonId): void {
  const index = draft.findIndex((p) => p.id === id);
  if (index < 0) return;
  draft.splice(index, 1);
  for (const person of draft) {
    if (person.relationships.some((r) => r.toId === id)) person.relationships = person.relationships.filter((r) => r.toId !== id);
  }
}

/**
 * Removes a person from the people of a case, with every relationship other people have to them.
 *
 * Removing an id the list does not have changes nothing and returns the same list. Other
 * records (network members, plan rules, informing records) may still name the person: they are
 * history and are not changed here.
 *
 * @param people - The people of the case.
 * @param id - The person to remove.
 * @returns A new list without the person, or `people` itself when they were not there.
 *
 * @example
 * {@includeCode ../../tests/network/removePerson.test.ts#docs-example}
 *
 * @category Network
 */
export function removePerson(people: readonly Person[], id: string): readonly Person[] {
  return produce(people as Person[], (draft) => {
    removePersonRecipe(draft, id as PersonId);
  });
}
