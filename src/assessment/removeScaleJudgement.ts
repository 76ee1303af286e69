import type { AssessmentMap } from "./AssessmentMap";
import { indexOrThrow, produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link removeScaleJudgement} and {@link applyAssessmentMapChange}. */
export function removeScaleJudgementRecipe(draft: MapDraft, scaleId: string, judgementId: string): void {
  const judgements = draft.scales[indexOrThrow(draft, "scales", scaleId)]?.judgements ?? [];
  const index = judgements.findIndex((j) => j.id === judgementId);
  if (index >= 0) judgements.splice(index, 1);
}

/**
 * Removes a judgement from a safety scale.
 *
 * Removing a judgement the scale does not have changes nothing and returns the same map.
 *
 * @param map - The map.
 * @param scaleId - The scale.
 * @param judgementId - The judgement to remove.
 * @returns A new map without the judgement, or `map` itself when it was not there.
 * @throws {@link KinsafeError} with code `not-found` when the map has no scale with that id.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeScaleJudgement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeScaleJudgement(map: AssessmentMap, scaleId: string, judgementId: string): AssessmentMap {
  return produceMap(map, (draft) => {
    removeScaleJudgementRecipe(draft, scaleId, judgementId);
  });
}
