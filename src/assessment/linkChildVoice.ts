import { parseWith } from "../core";
import { ChildVoiceRecordIdSchema, type AssessmentMap } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link linkChildVoice} and {@link applyAssessmentMapChange}. */
export function linkChildVoiceRecipe(draft: MapDraft, childVoiceId: string): void {
  const id = parseWith(ChildVoiceRecordIdSchema, childVoiceId, "child-voice record id");
  if (!draft.childVoiceIds.includes(id)) draft.childVoiceIds.push(id);
}

/**
 * Records that the map draws on a child-voice record (Three Houses, Wizards and Fairies, Safety
 * House, Words and Pictures), so that the child's view is visibly part of the analysis (rule Q14).
 *
 * Linking a record that is already linked returns the same map.
 *
 * @param map - The map.
 * @param childVoiceId - The id of the child-voice record.
 * @returns A new map whose `childVoiceIds` include the record, or `map` itself when it was already linked.
 * @throws {@link KinsafeError} with code `invalid-input` when `childVoiceId` is not a valid id.
 *
 * @example
 * {@includeCode ../../tests/assessment/linkChildVoice.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function linkChildVoice(map: AssessmentMap, childVoiceId: string): AssessmentMap {
  return produceMap(map, (draft) => {
    linkChildVoiceRecipe(draft, childVoiceId);
  });
}
