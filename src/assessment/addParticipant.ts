import { castDraft } from "immer";
import { KinsafeError, parseWith } from "../core";
import { ParticipantSchema, type AssessmentMap } from "./AssessmentMap";
import type { ParticipantInput } from "./mapColumns";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link addParticipant} and {@link applyAssessmentMapChange}. */
export function addParticipantRecipe(draft: MapDraft, input: ParticipantInput): void {
  const participant = parseWith(ParticipantSchema, input, "participant");
  if (draft.participants.some((p) => p.personId === participant.personId)) {
    throw new KinsafeError("duplicate-id", `The person ${JSON.stringify(participant.personId)} already takes part in the map.`);
  }
  draft.participants.push(castDraft(participant));
}

/**
 * Adds a participant to an assessment map: someone who took part in the mapping, with their role.
 *
 * The participant is parsed first. Each person takes part once; change a role by removing and
 * adding again.
 *
 * @param map - The map.
 * @param participant - The person, their role and, for professionals, their agency.
 * @returns A new map whose `participants` end with the participant.
 * @throws {@link KinsafeError} with code `invalid-input` when the participant does not parse, or `duplicate-id` when the person already takes part.
 *
 * @example
 * {@includeCode ../../tests/assessment/addParticipant.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function addParticipant(map: AssessmentMap, participant: ParticipantInput): AssessmentMap {
  return produceMap(map, (draft) => {
    addParticipantRecipe(draft, participant);
  });
}
