import type { AssessmentMap } from "./AssessmentMap";
import type { AddMapItemOptions, ExistingSafetyInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds an existing safety item to an assessment map.
 *
 * Column 2 of the map: what people around the child have done to keep the child safe when the danger was present. Its `dangerIds` must name danger statements of the map. Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`):
 * plain JSON in, shape, references and ids checked together, every problem in one error whose
 * paths are the map's (`["existingSafety", 2, "text"]`), a new frozen map out; neither the map nor `item`
 * is changed.
 *
 * @param map - The map to extend.
 * @param item - The new existing safety item, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of an item given without one.
 * @returns A new map whose `existingSafety` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse, points at items the map does not have or has no id (`issues` lists every problem with its path in the map), or `duplicate-id` when the only problem is an id already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addExistingSafety.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addExistingSafety(map: AssessmentMap, item: ExistingSafetyInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "existingSafety", item, options);
  });
}
