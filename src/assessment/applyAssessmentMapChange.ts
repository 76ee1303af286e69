import { KinsafeError, parseWith, recordChange, type ChangeMeta, type Recorded } from "../core";
import type { AssessmentMap } from "./AssessmentMap";
import { AssessmentMapCommandSchema, type AssessmentMapCommand } from "./AssessmentMapCommand";
import { addParticipantRecipe } from "./addParticipant";
import { addScaleJudgementRecipe } from "./addScaleJudgement";
import { linkChildVoiceRecipe } from "./linkChildVoice";
import { addItemRecipe, removeItemRecipe, updateItemRecipe, type MapDraft } from "./mapItems";
import { reclassifyGreyAreaRecipe } from "./reclassifyGreyArea";
import { removeParticipantRecipe } from "./removeParticipant";
import { removeScaleJudgementRecipe } from "./removeScaleJudgement";
import { setAssessmentMapVariantRecipe } from "./setAssessmentMapVariant";
import { setNextStepStatusRecipe } from "./setNextStepStatus";
import { unlinkChildVoiceRecipe } from "./unlinkChildVoice";

/**
 * Applies a parsed command to a draft with the same recipes as the plain updaters.
 *
 * @internal
 */
export function assessmentMapCommandRecipe(draft: MapDraft, command: AssessmentMapCommand): void {
  switch (command.type) {
    case "add-item":
      return addItemRecipe(draft, command.column, command.item);
    case "update-item": {
      const patch: Record<string, unknown> = { ...command.patch };
      for (const key of command.unset ?? []) patch[key] = undefined;
      return updateItemRecipe(draft, command.column, command.id, patch);
    }
    case "remove-item":
      return removeItemRecipe(draft, command.column, command.id, command.cascade === undefined ? {} : { cascade: command.cascade });
    case "reclassify-grey-area":
      return reclassifyGreyAreaRecipe(draft, command.greyAreaId, command.to);
    case "add-judgement":
      return addScaleJudgementRecipe(draft, command.scaleId, command.judgement);
    case "remove-judgement":
      return removeScaleJudgementRecipe(draft, command.scaleId, command.judgementId);
    case "set-next-step-status":
      return setNextStepStatusRecipe(draft, command.nextStepId, command.status);
    case "link-child-voice":
      return linkChildVoiceRecipe(draft, command.childVoiceId);
    case "unlink-child-voice":
      return unlinkChildVoiceRecipe(draft, command.childVoiceId);
    case "add-participant":
      return addParticipantRecipe(draft, command.participant);
    case "remove-participant":
      return removeParticipantRecipe(draft, command.personId);
    case "set-variant":
      return setAssessmentMapVariantRecipe(draft, command.variant);
    default: {
      const unknown: never = command;
      throw new KinsafeError("unknown-command", `Unknown assessment map command: ${JSON.stringify(unknown)}.`);
    }
  }
}

/**
 * Applies an audited change to an assessment map and records it.
 *
 * The command is parsed with {@link AssessmentMapCommandSchema} and applied with the same
 * recipes as the plain updaters (`addHarmStatement`, `removeDangerStatement`, ...), so the two
 * paths cannot drift apart. The returned entry says who changed what, when and why, and holds
 * the patches and inverse patches: store the entries to keep the map's history, {@link undo} an
 * entry, {@link replay} a history, or show it as JSON Patch with {@link toJsonPatch}. When the
 * command changes nothing, `next` is the same map and the entry has no patches.
 *
 * @param map - The map before the change. It is not mutated.
 * @param command - What to do, as data.
 * @param meta - Who made the change, when (UTC) and why.
 * @returns The map after the change and the audit entry that records it.
 * @throws {@link KinsafeError} with code `invalid-input` when the command does not parse or its item is invalid, and the codes of the matching updater (`not-found`, `duplicate-id`, `still-referenced`).
 *
 * @example
 * {@includeCode ../../tests/assessment/applyAssessmentMapChange.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function applyAssessmentMapChange(map: AssessmentMap, command: AssessmentMapCommand, meta: ChangeMeta): Recorded<AssessmentMap, AssessmentMapCommand> {
  const parsed = parseWith(AssessmentMapCommandSchema, command, "assessment map command");
  return recordChange<AssessmentMap, AssessmentMapCommand>(map, parsed, meta, (draft) => {
    assessmentMapCommandRecipe(draft, parsed);
  });
}
