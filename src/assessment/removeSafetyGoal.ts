import type { AssessmentMap } from "./AssessmentMap";
import { produceMap, removeItemRecipe } from "./mapItems";

/**
 * Removes a safety goal from an assessment map.
 *
 * Removing an id the map does not have changes nothing and returns the same map. Its id is also taken out of next steps' `goalIds`.
 *
 * @param map - The map.
 * @param id - The id of the safety goal to remove.
 * @returns A new map without the item, or `map` itself when it was not there.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeSafetyGoal.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeSafetyGoal(map: AssessmentMap, id: string): AssessmentMap {
  return produceMap(map, (draft) => {
    removeItemRecipe(draft, "goals", id);
  });
}
