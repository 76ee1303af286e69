import type { AssessmentMap } from "./AssessmentMap";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link removeParticipant} and {@link applyAssessmentMapChange}. */
export function removeParticipantRecipe(draft: MapDraft, personId: string): void {
  const index = draft.participants.findIndex((p) => p.personId === personId);
  if (index >= 0) draft.participants.splice(index, 1);
}

/**
 * Removes a participant from an assessment map.
 *
 * Removing a person who does not take part changes nothing and returns the same map. Scale
 * judgements the person gave are kept: they are part of the record.
 *
 * @param map - The map.
 * @param personId - The person to remove.
 * @returns A new map without the participant, or `map` itself when they were not there.
 *
 * @example
 * {@includeCode ../../tests/assessment/removeParticipant.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function removeParticipant(map: AssessmentMap, personId: string): AssessmentMap {
  return produceMap(map, (draft) => {
    removeParticipantRecipe(draft, personId);
  });
}
