import type { AssessmentMap } from "./AssessmentMap";
import type { StrengthInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds an existing strength to an assessment map.
 *
 * Column 2 of the map: a positive in the family or network not (yet) shown to protect the child from a specific danger. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new strength; its id must not be used anywhere in the map.
 * @returns A new map whose `strengths` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addStrength.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addStrength(map: AssessmentMap, item: StrengthInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "strengths", item);
  });
}
