import type { AssessmentMap } from "./AssessmentMap";
import type { AddMapItemOptions, GreyAreaInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a grey area to an assessment map.
 *
 * Column 1 of the map (or its own box): information whose significance is not yet clear. Use {@link reclassifyGreyArea} once it is. Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`):
 * plain JSON in, shape, references and ids checked together, every problem in one error whose
 * paths are the map's (`["greyAreas", 2, "text"]`), a new frozen map out; neither the map nor `item`
 * is changed.
 *
 * @param map - The map to extend.
 * @param item - The new grey area, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of an item given without one.
 * @returns A new map whose `greyAreas` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse, points at items the map does not have or has no id (`issues` lists every problem with its path in the map), or `duplicate-id` when the only problem is an id already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addGreyArea.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addGreyArea(map: AssessmentMap, item: GreyAreaInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "greyAreas", item, options);
  });
}
