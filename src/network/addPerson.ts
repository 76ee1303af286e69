import { castDraft, produce, type Draft } from "immer";
import { addIssue, fieldOf, guardInput, KinsafeError, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { PersonSchema, type Person } from "./Network";
import { personIssues, type PeopleInputOptions, type PersonInput } from "./networkInput";

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
 * domain specification 1.9). Each relationship must point at another person of the list, so add
 * the children first.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the list's (`[10, "relationships", 0, "toId"]`), a new frozen list out; neither the list nor
 * `person` is changed.
 *
 * @param people - The people of the case.
 * @param person - The new person, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of a person given without one.
 * @returns A new list ending with the parsed person.
 * @throws {@link KinsafeError} with code `invalid-input` when the person does not parse or a relationship points at nobody in the list (`issues` lists every problem with its path), or `duplicate-id` when the only problem is that a person with that id is already in the list.
 *
 * @example
 * {@includeCode ../../tests/network/addPerson.test.ts#docs-example}
 *
 * @category Network
 */
export function addPerson(people: readonly Person[], person: PersonInput, options: PeopleInputOptions = {}): readonly Person[] {
  return guardInput("person", () => {
    const used = (id: string): boolean => people.some((p) => p.id === id);
    const input = withId(person, "person", options.ids, used);
    const at = [people.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(PersonSchema, input, at, "person", issues);
    personIssues(issues, input, at, new Set(people.map((p) => p.id)));
    const id = fieldOf(input, "id");
    if (typeof id === "string" && used(id)) addIssue(issues, [...at, "id"], "reference/duplicate-id", `The case already has a person with the id ${JSON.stringify(id)}.`, id);
    throwIfIssues("person", issues);
    // No issues: the person parsed.
    return produce(people as Person[], (draft) => {
      addPersonRecipe(draft, parsed as Person);
    });
  });
}
