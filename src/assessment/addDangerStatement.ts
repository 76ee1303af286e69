import type { AssessmentMap } from "./AssessmentMap";
import type { AddMapItemOptions, DangerStatementInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a danger statement to an assessment map.
 *
 * Column 1 of the map: what the people who are worried believe will happen to the child if nothing changes. Each one should be paired with a safety goal and a scale. Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`):
 * plain JSON in, shape, references and ids checked together, every problem in one error whose
 * paths are the map's (`["dangers", 2, "text"]`), a new frozen map out; neither the map nor `item`
 * is changed.
 *
 * @param map - The map to extend.
 * @param item - The new danger statement, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of an item given without one.
 * @returns A new map whose `dangers` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse, points at items the map does not have or has no id (`issues` lists every problem with its path in the map), or `duplicate-id` when the only problem is an id already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addDangerStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addDangerStatement(map: AssessmentMap, item: DangerStatementInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "dangers", item, options);
  });
}
