import type { AssessmentMap } from "./AssessmentMap";
import type { ExistingSafetyInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds an existing safety item to an assessment map.
 *
 * Column 2 of the map: what people around the child have done to keep the child safe when the danger was present. Its `dangerIds` must name danger statements of the map. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new existing safety item; its id must not be used anywhere in the map.
 * @returns A new map whose `existingSafety` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addExistingSafety.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addExistingSafety(map: AssessmentMap, item: ExistingSafetyInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "existingSafety", item);
  });
}
