import { parseWith } from "../core";
import { MapVariantSchema, type AssessmentMap, type MapVariant } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link setAssessmentMapVariant} and {@link applyAssessmentMapChange}. */
export function setAssessmentMapVariantRecipe(draft: MapDraft, variant: MapVariant): void {
  draft.variant = parseWith(MapVariantSchema, variant, "map variant");
}

/**
 * Sets the variant of the framework the map is shown with: `safety`, `wellbeing` (early
 * help), `success` (children in care) or `belonging`.
 *
 * Only the labels change; the content stays the same. Setting the variant the map already has
 * returns the same map.
 *
 * @param map - The map.
 * @param variant - The variant.
 * @returns A new map with the variant, or `map` itself when it already had it.
 * @throws {@link KinsafeError} with code `invalid-input` when `variant` is not a variant.
 *
 * @example
 * {@includeCode ../../tests/assessment/setAssessmentMapVariant.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function setAssessmentMapVariant(map: AssessmentMap, variant: MapVariant): AssessmentMap {
  return produceMap(map, (draft) => {
    setAssessmentMapVariantRecipe(draft, variant);
  });
}
