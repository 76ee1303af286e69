import type { AssessmentMap } from "./AssessmentMap";
import type { ComplicatingFactorPatch } from "./mapColumns";
import { produceMap, updateItemRecipe } from "./mapItems";

/**
 * Changes some fields of a complicating factor of an assessment map.
 *
 * Column 1 of the map: something in or around the family, or in how professionals work, that makes the worries harder to address. The patch is merged into the item (a field set to `undefined` is removed) and the
 * result is checked whole, as the matching `add` checks a new item ("Updating documents" in
 * `docs/for-vendors.md`): shape and references together, every problem in one error whose paths
 * are the map's (`["complicatingFactors", i, ...]`, i the item's index). When nothing really changes, the same map is
 * returned, so callers can skip saving.
 *
 * @param map - The map.
 * @param id - The id of the complicating factor to change.
 * @param patch - The fields to change; the id cannot be changed.
 * @returns A new map with the changed item, or `map` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the map has no complicating factor with that id, or `invalid-input` when the changed item does not parse or points at items the map does not have (`issues` lists every problem with its path in the map).
 *
 * @example
 * {@includeCode ../../tests/assessment/updateComplicatingFactor.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function updateComplicatingFactor(map: AssessmentMap, id: string, patch: ComplicatingFactorPatch): AssessmentMap {
  return produceMap(map, (draft) => {
    updateItemRecipe(draft, "complicatingFactors", id, patch);
  });
}
