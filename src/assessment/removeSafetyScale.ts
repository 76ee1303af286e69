import type { AssessmentMap } from "./AssessmentMap";
import { produceMap, removeItemRecipe } from "./mapItems";

/**
 * Removes a safety scale from an assessment map.
 *
 * Removing an id the map does not have changes nothing and returns the same map. Its judgements go with it.
 *
 * @param map - The map.
 * @param id - The id of the safety scale to remove.
 * @returns A new map without the item, or `map` itself when it was not there.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeSafetyScale.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeSafetyScale(map: AssessmentMap, id: string): AssessmentMap {
  return produceMap(map, (draft) => {
    removeItemRecipe(draft, "scales", id);
  });
}
