import type { AssessmentMap } from "./AssessmentMap";
import type { DangerStatementInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a danger statement to an assessment map.
 *
 * Column 1 of the map: what the people who are worried believe will happen to the child if nothing changes. Each one should be paired with a safety goal and a scale. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new danger statement; its id must not be used anywhere in the map.
 * @returns A new map whose `dangers` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addDangerStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addDangerStatement(map: AssessmentMap, item: DangerStatementInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "dangers", item);
  });
}
