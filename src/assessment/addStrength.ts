import type { AssessmentMap } from "./AssessmentMap";
import type { AddMapItemOptions, StrengthInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds an existing strength to an assessment map.
 *
 * Column 2 of the map: a positive in the family or network not (yet) shown to protect the child from a specific danger. Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`):
 * plain JSON in, shape, references and ids checked together, every problem in one error whose
 * paths are the map's (`["strengths", 2, "text"]`), a new frozen map out; neither the map nor `item`
 * is changed.
 *
 * @param map - The map to extend.
 * @param item - The new strength, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of an item given without one.
 * @returns A new map whose `strengths` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse, points at items the map does not have or has no id (`issues` lists every problem with its path in the map), or `duplicate-id` when the only problem is an id already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addStrength.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addStrength(map: AssessmentMap, item: StrengthInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "strengths", item, options);
  });
}
