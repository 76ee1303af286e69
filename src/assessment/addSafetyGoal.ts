import type { AssessmentMap } from "./AssessmentMap";
import type { SafetyGoalInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a safety goal to an assessment map.
 *
 * Column 3 of the map: what Children's Services and the family need to see happening, and for how long. Its `dangerId`, when given, must name a danger statement of the map. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new safety goal; its id must not be used anywhere in the map.
 * @returns A new map whose `goals` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addSafetyGoal.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addSafetyGoal(map: AssessmentMap, item: SafetyGoalInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "goals", item);
  });
}
