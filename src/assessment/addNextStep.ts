import type { AssessmentMap } from "./AssessmentMap";
import type { NextStepInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a next step to an assessment map.
 *
 * Column 3 of the map: a small concrete action towards the safety goals, naming who will do what by when. Its `goalIds` must name safety goals of the map. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new next step; its id must not be used anywhere in the map.
 * @returns A new map whose `nextSteps` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addNextStep.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addNextStep(map: AssessmentMap, item: NextStepInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "nextSteps", item);
  });
}
