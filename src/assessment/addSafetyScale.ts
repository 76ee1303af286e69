import type { AssessmentMap } from "./AssessmentMap";
import type { AddMapItemOptions, SafetyScaleInput } from "./mapColumns";
import { addItemRecipe, produceMap } from "./mapItems";

/**
 * Adds a safety scale to an assessment map.
 *
 * The judgement: a 0–10 scale about the whole situation or one danger statement, with every person's judgement. A danger subject must name a danger statement of the map; judgement ids must be unique in the map. Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`):
 * plain JSON in, shape, references and ids checked together, every problem in one error whose
 * paths are the map's (`["scales", 2, "subject", "dangerId"]`), a new frozen map out; neither the map nor `item`
 * is changed.
 *
 * @param map - The map to extend.
 * @param item - The new safety scale, as plain JSON; its id must not be used anywhere in the map, and may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id of an item given without one.
 * @returns A new map whose `scales` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse, points at items the map does not have or has no id (`issues` lists every problem with its path in the map), or `duplicate-id` when the only problem is an id already used in the map.
 *
 * @example
 * {@includeCode ../../tests/assessment/addSafetyScale.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addSafetyScale(map: AssessmentMap, item: SafetyScaleInput, options: AddMapItemOptions = {}): AssessmentMap {
  return produceMap(map, (draft) => {
    addItemRecipe(draft, "scales", item, options);
  });
}
