import { current, isDraft } from "immer";
import type { AssessmentMap } from "./AssessmentMap";
import type * as z from "zod";
import type { DeepReadonly } from "../core";
import type { MAP_ITEM_SCHEMAS } from "./mapColumns";
import { addItemRecipe, indexOrThrow, produceMap, removeItemRecipe, type MapDraft } from "./mapItems";

/**
 * Where a grey area goes when its significance becomes clear, and the item it becomes there.
 *
 * @category Assessment map
 */
export type GreyAreaTarget = {
  [C in "harm" | "dangers" | "complicatingFactors" | "strengths" | "existingSafety"]: { readonly column: C; readonly item: DeepReadonly<z.input<(typeof MAP_ITEM_SCHEMAS)[C]>> };
}["harm" | "dangers" | "complicatingFactors" | "strengths" | "existingSafety"];

/** @internal Mutates a draft; shared by {@link reclassifyGreyArea} and {@link applyAssessmentMapChange}. */
export function reclassifyGreyAreaRecipe(draft: MapDraft, greyAreaId: string, to: GreyAreaTarget): void {
  const greyArea = draft.greyAreas[indexOrThrow(draft, "greyAreas", greyAreaId)];
  // The host system's data on the grey area goes with it to the item it becomes, unless the
  // new item brings its own.
  const draftExtensions = greyArea?.extensions;
  const extensions = isDraft(draftExtensions) ? (current(draftExtensions) as unknown) : draftExtensions;
  const item: unknown = extensions === undefined || (to.item as { readonly extensions?: unknown }).extensions !== undefined ? to.item : { ...to.item, extensions };
  removeItemRecipe(draft, "greyAreas", greyAreaId);
  addItemRecipe(draft, to.column, item);
}

/**
 * Re-classifies a grey area once its significance is clear: removes it and adds the item it has
 * become, as harm, a danger statement, a complicating factor, a strength or existing safety.
 *
 * The new item is parsed like any added item; it may reuse the grey area's id. The grey area's
 * `extensions` go with it to the new item, unless the new item has its own.
 *
 * @param map - The map.
 * @param greyAreaId - The grey area to re-classify.
 * @param to - The column and the new item.
 * @returns A new map without the grey area and with the new item.
 * @throws {@link KinsafeError} with code `not-found` when the map has no grey area with that id, `invalid-input` when the new item does not parse, or `duplicate-id` when its id is already used.
 *
 * @example
 * {@includeCode ../../tests/assessment/reclassifyGreyArea.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function reclassifyGreyArea(map: AssessmentMap, greyAreaId: string, to: GreyAreaTarget): AssessmentMap {
  return produceMap(map, (draft) => {
    reclassifyGreyAreaRecipe(draft, greyAreaId, to);
  });
}
