import type { AssessmentMap } from "./AssessmentMap";
import type { SafetyScalePatch } from "./mapColumns";
import { produceMap, updateItemRecipe } from "./mapItems";

/**
 * Changes some fields of a safety scale of an assessment map.
 *
 * The judgement: a 0–10 scale about the whole situation or one danger statement, with every person's judgement. A danger subject must name a danger statement of the map; judgement ids must be unique in the map. The patch is merged into the item (a field set to `undefined` is removed) and the
 * result is checked whole, as the matching `add` checks a new item ("Updating documents" in
 * `docs/for-vendors.md`): shape and references together, every problem in one error whose paths
 * are the map's (`["scales", i, ...]`, i the item's index). When nothing really changes, the same map is
 * returned, so callers can skip saving.
 *
 * @param map - The map.
 * @param id - The id of the safety scale to change.
 * @param patch - The fields to change; the id cannot be changed.
 * @returns A new map with the changed item, or `map` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the map has no safety scale with that id, or `invalid-input` when the changed item does not parse or points at items the map does not have (`issues` lists every problem with its path in the map).
 *
 * @example
 * {@includeCode ../../tests/assessment/updateSafetyScale.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function updateSafetyScale(map: AssessmentMap, id: string, patch: SafetyScalePatch): AssessmentMap {
  return produceMap(map, (draft) => {
    updateItemRecipe(draft, "scales", id, patch);
  });
}
