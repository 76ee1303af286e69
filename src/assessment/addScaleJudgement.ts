import { castDraft } from "immer";
import { parseWith } from "../core";
import { ScaleJudgementSchema, type AssessmentMap } from "./AssessmentMap";
import type { ScaleJudgementInput } from "./mapColumns";
import { assertIdsFree, indexOrThrow, produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link addScaleJudgement} and {@link applyAssessmentMapChange}. */
export function addScaleJudgementRecipe(draft: MapDraft, scaleId: string, input: ScaleJudgementInput): void {
  const scale = draft.scales[indexOrThrow(draft, "scales", scaleId)];
  const judgement = parseWith(ScaleJudgementSchema, input, "scale judgement");
  assertIdsFree(draft, [judgement.id]);
  scale?.judgements.push(castDraft(judgement));
}

/**
 * Adds one person's judgement (a score from 0 to 10 and their reason) to a safety scale.
 *
 * The judgement is parsed first, so a score outside 0–10 is refused with its path. Record who
 * gave it and in what role: comparing views is the point of scaling (rule Q13).
 *
 * @param map - The map.
 * @param scaleId - The scale the judgement is on.
 * @param judgement - The judgement; its id must not be used anywhere in the map.
 * @returns A new map whose scale ends with the judgement.
 * @throws {@link KinsafeError} with code `not-found` when the map has no scale with that id, `invalid-input` when the judgement does not parse, or `duplicate-id` when its id is already used.
 *
 * @example
 * {@includeCode ../../tests/assessment/addScaleJudgement.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addScaleJudgement(map: AssessmentMap, scaleId: string, judgement: ScaleJudgementInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addScaleJudgementRecipe(draft, scaleId, judgement);
  });
}
