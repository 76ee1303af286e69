import type { AssessmentMap } from "./AssessmentMap";
import { produceMap, removeItemRecipe } from "./mapItems";

/**
 * Removes a grey area from an assessment map.
 *
 * Removing an id the map does not have changes nothing and returns the same map.
 *
 * @param map - The map.
 * @param id - The id of the grey area to remove.
 * @returns A new map without the item, or `map` itself when it was not there.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeGreyArea.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeGreyArea(map: AssessmentMap, id: string): AssessmentMap {
  return produceMap(map, (draft) => {
    removeItemRecipe(draft, "greyAreas", id);
  });
}
