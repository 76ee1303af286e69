import { produce, type Draft } from "immer";
import { guardInput, KinsafeError, mergeChanges, parseInto, replaceEntry, throwIfIssues, type DeepReadonly, type InputIssue, type PersonId } from "../core";
import type * as z from "zod";
import { PersonSchema, type Person } from "./Network";
import { applyChanges, sameJson } from "./internal";
import { personIssues } from "./networkInput";

/**
 * The changes an update may make to a person: any field but `id`. Give `undefined` for an
 * optional field to remove it.
 *
 * @category Network
 */
export type PersonChanges = { readonly [K in Exclude<keyof PersonFields, "id">]?: PersonFields[K] | undefined };
/**
 * The fields of a person, as their schema takes them.
 *
 * @category Network
 */
export type PersonFields = DeepReadonly<z.input<typeof PersonSchema>>;

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
 * change. The changed person is checked whole, as {@link addPerson} checks a new one (the
 * contract of every updater: "Updating documents" in `docs/for-vendors.md`). When nothing really
 * changes, the same list is returned, so callers can skip saving.
 *
 * @param people - The people of the case.
 * @param id - The person to change.
 * @param changes - The fields to change, as plain JSON.
 * @returns A new list with the person changed, or `people` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the list has no person with that id, or `invalid-input` when the changed person does not parse or a relationship points at nobody in the list (every problem in `issues`, with the list's paths).
 *
 * @example
 * {@includeCode ../../tests/network/updatePerson.test.ts#docs-example}
 *
 * @category Network
 */
export function updatePerson(people: readonly Person[], id: string, changes: PersonChanges): readonly Person[] {
  return guardInput("person", () => {
    const index = people.findIndex((p) => p.id === id);
    const current = people[index];
    if (current === undefined) throw new KinsafeError("not-found", `The case has no person with the id ${JSON.stringify(id)}.`);
    const merged = mergeChanges(current, changes, ["id"]);
    const issues: InputIssue[] = [];
    const parsed = parseInto(PersonSchema, merged, [index], "person", issues);
    personIssues(issues, merged, [index], new Set(people.map((p) => p.id)));
    throwIfIssues("person", issues);
    if (parsed === undefined || sameJson(current, parsed)) return people;
    return produce(people as Person[], (draft) => {
      replaceEntry(draft[index] as object, parsed);
    });
  });
}
