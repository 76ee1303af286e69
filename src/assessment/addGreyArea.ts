import type { AssessmentMap } from "./AssessmentMap";
import type { GreyAreaInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a grey area to an assessment map.
 *
 * Column 1 of the map (or its own box): information whose significance is not yet clear. Use {@link reclassifyGreyArea} once it is. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new grey area; its id must not be used anywhere in the map.
 * @returns A new map whose `greyAreas` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addGreyArea.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addGreyArea(map: AssessmentMap, item: GreyAreaInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "greyAreas", item);
  });
}
