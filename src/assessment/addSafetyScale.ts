import type { AssessmentMap } from "./AssessmentMap";
import type { SafetyScaleInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a safety scale to an assessment map.
 *
 * The judgement: a 0–10 scale about the whole situation or one danger statement, with every person's judgement. A danger subject must name a danger statement of the map; judgement ids must be unique in the map. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new safety scale; its id must not be used anywhere in the map.
 * @returns A new map whose `scales` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addSafetyScale.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addSafetyScale(map: AssessmentMap, item: SafetyScaleInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "scales", item);
  });
}
