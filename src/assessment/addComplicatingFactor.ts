import type { AssessmentMap } from "./AssessmentMap";
import type { ComplicatingFactorInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a complicating factor to an assessment map.
 *
 * Column 1 of the map: something in or around the family, or in how professionals work, that makes the worries harder to address. The item is parsed with its schema first, so bad input never reaches the map. The
 * map is not changed: a new map is returned and the old one stays valid.
 *
 * @param map - The map to extend.
 * @param item - The new complicating factor; its id must not be used anywhere in the map.
 * @returns A new map whose `complicatingFactors` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse or points at items the map does not have (`issues` gives the paths), or `duplicate-id` when its id is already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addComplicatingFactor.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addComplicatingFactor(map: AssessmentMap, item: ComplicatingFactorInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "complicatingFactors", item);
  });
}
