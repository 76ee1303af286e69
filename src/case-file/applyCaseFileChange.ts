import { changeMetaIssues, checkCommand, checkInputSize, codeOf, distinctIssues, guardInput, issuesError, KinsafeError, recordChange, safeParseWith, type ChangeMeta, type Recorded } from "../core";
import type { CaseFile, CaseFileHistoryEntry } from "./CaseFile";
import { CaseFileCommandSchema, type CaseFileCommand, type RecordedCaseFileCommand } from "./CaseFileCommand";
import { caseFileCommandRecipe, type CaseFileBody, type ParsedCaseFileCommand } from "./caseFileRecipes";
import { placeCaseFileCommand } from "./placeCaseFileCommand";
import { CaseFileDocumentSchema, mapPersonIssues } from "./references";

/** Checks a command against the case file in one pass (see {@link applyCaseFileChange}). */
function parseCommand(body: CaseFileBody, command: unknown, meta: unknown): ParsedCaseFileCommand {
  return guardInput("case file command", () => {
    const refused = checkInputSize(command, "case file command", CaseFileCommandSchema);
    if (refused !== undefined) throw refused;
    const placement = placeCaseFileCommand(body, command);
    const checked = checkCommand(CaseFileCommandSchema, command, placement, CaseFileDocumentSchema);
    const issues = distinctIssues([...checked.issues, ...mapPersonIssues(placement?.candidate, placement?.routes ?? []), ...changeMetaIssues(meta)]);
    const { parsed } = checked;
    if (issues.length > 0 || parsed === undefined) throw issuesError("case file command", issues, codeOf(issues));
    return parsed;
  });
}

/**
 * What the audit entry records of a command: a whole document the command adds is named, not
 * repeated, since the entry's patches hold it (see `RecordedCaseFileCommandSchema`).
 */
function recordedCommand(command: ParsedCaseFileCommand): RecordedCaseFileCommand {
  switch (command.type) {
    case "add-map-version":
      return { type: command.type, mapId: command.map.id, version: command.map.version };
    case "add-plan-version":
      return { type: command.type, planId: command.plan.id, version: command.plan.version };
    case "add-child-voice":
      return { type: command.type, recordId: command.record.id };
    default:
      return command;
  }
}

/**
 * Applies an audited change to a case file and records it in the case file's history.
 *
 * The command is plain JSON, checked in one pass before anything changes: its shape and the
 * references it makes, together, every problem in one {@link KinsafeError}, each with its **path
 * in the case file**. The payload is checked where it would go: an added rule at
 * `["plans", i, "rules", n]` (n the number of rules so far), so a rule naming a monitor who is not
 * in the case reads `["plans", 0, "rules", 4, "monitors", 0, "personId"]`; a patch at the item it
 * changes (`["people", i]`); a map command's payload inside the map (`["maps", i, "goals", n]`).
 * The table is in the case file guide. Problems with the command's own fields (its `type`, the
 * ids that say what it changes, `unset`) have its path under `"command"`
 * (`["command", "planId"]`). What the command puts in a map must name the case's people (an
 * actor, a next step's owner, a rater; rule `reference/unknown-person`). Problems with `meta` are
 * in the same error, at `["at"]`, `["by"]` and `["reason"]`; a `null` for an optional field reads
 * "omit the field instead of null" (rule `null-for-optional`).
 *
 * It is applied with the recipes of the module that owns the part it changes: an assessment-map command goes through
 * `applyAssessmentMapChange`, network and plan changes through the network's and the safety
 * plan's own recipes (a plan's status changes only as its transition rules allow), so the case
 * file and the plain updaters cannot drift apart. The result is checked as `parseCaseFile`
 * checks a document (for example, a network member must be one of the case's people).
 *
 * The entry's patches describe the case file without its `history`, so that
 * {@link undoLastCaseFileChange} is exact; the entry is appended to `next.history`. When the
 * command changes nothing, `next` is the same case file, the history is not extended, and the
 * entry has no patches.
 *
 * The entry records the command as given, except that a whole document it adds is named rather
 * than repeated, since the patches hold it: `add-map-version` is recorded as
 * `{ type, mapId, version }`, `add-plan-version` as `{ type, planId, version }` and
 * `add-child-voice` as `{ type, recordId }` (see `RecordedCaseFileCommandSchema`).
 *
 * @param caseFile - The case file before the change. It is not mutated.
 * @param command - What to do, as data.
 * @param meta - Who made the change, when (UTC) and why.
 * @returns The case file after the change (with the entry at the end of its history) and the entry, whose command is recorded as above.
 * @throws {@link KinsafeError} with code `invalid-input` when the command is not valid or would leave the case file invalid (every problem in `issues`, in the case file's paths); `not-found` or `duplicate-id` when naming a missing item or reusing an id is its only problem; `still-referenced` when it removes a rule that monitoring points at; `invalid-argument` when a plan's status cannot change that way; `too-large` when it is beyond the parse limits.
 *
 * @example
 * {@includeCode ../../tests/case-file/applyCaseFileChange.test.ts#docs-example}
 *
 * @category Case file
 */
export function applyCaseFileChange(caseFile: CaseFile, command: CaseFileCommand, meta: ChangeMeta): Recorded<CaseFile, RecordedCaseFileCommand> {
  const { history, ...body } = caseFile;
  const parsed = parseCommand(body, command, meta);
  const { next: nextBody, entry } = recordChange<CaseFileBody, RecordedCaseFileCommand>(body, recordedCommand(parsed), meta, (draft) => {
    caseFileCommandRecipe(draft, body, parsed, meta);
  });
  if (entry.patches.length === 0) return { next: caseFile, entry };
  const checked = safeParseWith(CaseFileDocumentSchema, { ...nextBody, history: [] }, "case file");
  if (!checked.ok) {
    throw new KinsafeError("invalid-input", `The ${parsed.type} change would leave the case file invalid.\n${checked.error.message}`, checked.error.issues);
  }
  // The cast: the stored entry keeps the command as JSON (see CaseFileHistoryEntrySchema).
  const stored = entry as CaseFileHistoryEntry;
  return { next: { ...nextBody, history: [...history, stored] }, entry };
}
