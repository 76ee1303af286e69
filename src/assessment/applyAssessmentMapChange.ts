import type * as z from "zod";
import { changeMetaIssues, checkCommand, checkInputSize, codeOf, distinctIssues, guardInput, issuesError, KinsafeError, recordChange, type ChangeMeta, type Recorded } from "../core";
import { AssessmentMapSchema, type AssessmentMap } from "./AssessmentMap";
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
import { placeMapCommand } from "./placeMapCommand";
import { unlinkChildVoiceRecipe } from "./unlinkChildVoice";

/** A parsed command. */
type ParsedMapCommand = z.output<typeof AssessmentMapCommandSchema>;

/**
 * Checks a command against a map in one pass (see {@link applyAssessmentMapChange}).
 *
 * @param map - The map the command is for.
 * @param command - The command as received.
 * @param meta - The change's metadata, when it is to be checked with the command (its problems at `["at"]`, `["by"]`, `["reason"]`).
 * @returns The parsed command.
 * @internal
 */
export function parseMapCommand(map: AssessmentMap, command: unknown, meta?: unknown): ParsedMapCommand {
  return guardInput("assessment map command", () => {
    const refused = checkInputSize(command, "assessment map command", AssessmentMapCommandSchema);
    if (refused !== undefined) throw refused;
    const checked = checkCommand(AssessmentMapCommandSchema, command, placeMapCommand(map, command), AssessmentMapSchema);
    const issues = meta === undefined ? checked.issues : distinctIssues([...checked.issues, ...changeMetaIssues(meta)]);
    const { parsed } = checked;
    if (issues.length > 0 || parsed === undefined) throw issuesError("assessment map command", issues, codeOf(issues));
    return parsed;
  });
}

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
 * The command is plain JSON, checked in one pass before anything changes: its shape and the
 * references its payload makes (a goal's danger statement, a next step's goals, ids unique in the
 * map) together, every problem in one {@link KinsafeError}, each with its **path in the map**.
 * The payload is checked where it would go: an added item at `[column, n]` (n the list's length),
 * an update's `patch` at the item (`[column, i]`), a judgement at
 * `["scales", i, "judgements", n]`, a participant at `["participants", n]`, a next step's status
 * at `["nextSteps", i, "status"]`. Problems with the command's own fields (its `type` or
 * `column`, the id it names, `unset`) have its path under `"command"` (`["command", "type"]`).
 * Problems with `meta` are in the same error, at `["at"]`, `["by"]` and `["reason"]`.
 *
 * It is applied with the same recipes as the plain updaters (`addHarmStatement`, `removeDangerStatement`, ...), so the two
 * paths cannot drift apart. The returned entry says who changed what, when and why, and holds
 * the patches and inverse patches: store the entries to keep the map's history, {@link undo} an
 * entry, {@link replay} a history, or show it as JSON Patch with {@link toJsonPatch}. When the
 * command changes nothing, `next` is the same map and the entry has no patches.
 *
 * @param map - The map before the change. It is not mutated.
 * @param command - What to do, as data.
 * @param meta - Who made the change, when (UTC) and why.
 * @returns The map after the change and the audit entry that records it.
 * @throws {@link KinsafeError} with code `invalid-input` when the command is not valid for the map (every problem in `issues`, in the map's paths), `not-found` when the only problem is an item the map does not have, and the codes of the matching updater (`duplicate-id`, `still-referenced`).
 *
 * @example
 * {@includeCode ../../tests/assessment/applyAssessmentMapChange.test.ts#docs-example}
 *
 * @category Assessment map
 */
export function applyAssessmentMapChange(map: AssessmentMap, command: AssessmentMapCommand, meta: ChangeMeta): Recorded<AssessmentMap, AssessmentMapCommand> {
  const parsed = parseMapCommand(map, command, meta);
  return recordChange<AssessmentMap, AssessmentMapCommand>(map, parsed, meta, (draft) => {
    assessmentMapCommandRecipe(draft, parsed);
  });
}
