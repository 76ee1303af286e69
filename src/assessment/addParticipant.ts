import { castDraft } from "immer";
import { addIssue, fieldOf, guardInput, parseInto, throwIfIssues, type InputIssue } from "../core";
import { ParticipantSchema, type AssessmentMap, type Participant } from "./AssessmentMap";
import type { ParticipantInput } from "./mapColumns";
import { produceMap, type MapDraft } from "./mapItems";

/** @internal Mutates a draft; shared by {@link addParticipant} and {@link applyAssessmentMapChange}. */
export function addParticipantRecipe(draft: MapDraft, input: ParticipantInput): void {
  guardInput("participant", () => {
    const at = ["participants", draft.participants.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(ParticipantSchema, input, at, "participant", issues);
    const personId = fieldOf(input, "personId");
    if (typeof personId === "string" && draft.participants.some((p) => p.personId === personId)) {
      addIssue(issues, [...at, "personId"], "reference/duplicate-id", `The person ${JSON.stringify(personId)} already takes part in the map.`, personId);
    }
    throwIfIssues("participant", issues);
    // No issues: the participant parsed.
    draft.participants.push(castDraft(parsed as Participant));
  });
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
 * @throws {@link KinsafeError} with code `invalid-input` when the participant does not parse (every problem in `issues`, with its path in the map: `["participants", n, "role"]`), or `duplicate-id` when the only problem is that the person already takes part.
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
