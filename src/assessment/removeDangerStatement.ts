import type { AssessmentMap } from "./AssessmentMap";
import type { RemoveItemOptions } from "./mapColumns";
import { produceMap, removeItemRecipe } from "./mapItems";

/**
 * Removes a danger statement from an assessment map.
 *
 * Goals, scales and existing safety items that point at the danger statement would be left
 * dangling, so by default the removal is refused while they exist. With `{ cascade: true }`
 * the goals and scales about it are removed too, it is taken out of existing safety items'
 * `dangerIds`, and the removed goals are taken out of next steps' `goalIds`. Removing an id the
 * map does not have changes nothing and returns the same map.
 *
 * @param map - The map.
 * @param id - The id of the danger statement to remove.
 * @param options - `cascade` to remove what points at it as well.
 * @returns A new map without the danger statement, or `map` itself when it was not there.
 * @throws {@link KinsafeError} with code `still-referenced` when goals, scales or existing safety still point at it and `cascade` is not set; `issues` lists their paths.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeDangerStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeDangerStatement(map: AssessmentMap, id: string, options: RemoveItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    removeItemRecipe(draft, "dangers", id, options);
  });
}
