import type { AssessmentMap } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link unlinkChildVoice} and {@link applyAssessmentMapChange}. */
export function unlinkChildVoiceRecipe(draft: MapDraft, childVoiceId: string): void {
  const index = draft.childVoiceIds.indexOf(childVoiceId as (typeof draft.childVoiceIds)[number]);
  if (index >= 0) draft.childVoiceIds.splice(index, 1);
}

/**
 * Removes the link from the map to a child-voice record.
 *
 * Unlinking a record that is not linked changes nothing and returns the same map.
 *
 * @param map - The map.
 * @param childVoiceId - The id of the child-voice record.
 * @returns A new map without the link, or `map` itself when there was none.
 *
 * @example
 * {@includeCode ../../tests/assessment/unlinkChildVoice.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function unlinkChildVoice(map: AssessmentMap, childVoiceId: string): AssessmentMap {
  return produceMap(map, (draft) => {
    unlinkChildVoiceRecipe(draft, childVoiceId);
  });
}
