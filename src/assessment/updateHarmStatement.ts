import type { AssessmentMap } from "./AssessmentMap";
import type { HarmStatementPatch } from "./mapColumns";
import { produceMap, updateItemRecipe } from "./mapItems";

/**
 * Changes some fields of a harm statement of an assessment map.
 *
 * Column 1 of the map: what has already happened to a child and its impact (past harm). The patch is merged into the item (a field set to `undefined` is removed) and the
 * result is checked whole, as the matching `add` checks a new item ("Updating documents" in
 * `docs/for-vendors.md`): shape and references together, every problem in one error whose paths
 * are the map's (`["harm", i, ...]`, i the item's index). When nothing really changes, the same map is
 * returned, so callers can skip saving.
 *
 * @param map - The map.
 * @param id - The id of the harm statement to change.
 * @param patch - The fields to change; the id cannot be changed.
 * @returns A new map with the changed item, or `map` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the map has no harm statement with that id, or `invalid-input` when the changed item does not parse or points at items the map does not have (`issues` lists every problem with its path in the map).
 *
 * @example
 * {@includeCode ../../tests/assessment/updateHarmStatement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function updateHarmStatement(map: AssessmentMap, id: string, patch: HarmStatementPatch): AssessmentMap {
  return produceMap(map, (draft) => {
    updateItemRecipe(draft, "harm", id, patch);
  });
}
