import type { AssessmentMap } from "./AssessmentMap";
import type { StrengthPatch } from "./mapColumns";
import { produceMap, updateItemRecipe } from "./mapItems";

/**
 * Changes some fields of an existing strength of an assessment map.
 *
 * Column 2 of the map: a positive in the family or network not (yet) shown to protect the child from a specific danger. The patch is merged into the item (a field set to `undefined` is removed) and the
 * result is checked whole, as the matching `add` checks a new item ("Updating documents" in
 * `docs/for-vendors.md`): shape and references together, every problem in one error whose paths
 * are the map's (`["strengths", i, ...]`, i the item's index). When nothing really changes, the same map is
 * returned, so callers can skip saving.
 *
 * @param map - The map.
 * @param id - The id of the strength to change.
 * @param patch - The fields to change; the id cannot be changed.
 * @returns A new map with the changed item, or `map` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the map has no strength with that id, or `invalid-input` when the changed item does not parse or points at items the map does not have (`issues` lists every problem with its path in the map).
 *
 * @example
 * {@includeCode ../../tests/assessment/updateStrength.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function updateStrength(map: AssessmentMap, id: string, patch: StrengthPatch): AssessmentMap {
  return produceMap(map, (draft) => {
    updateItemRecipe(draft, "strengths", id, patch);
  });
}
