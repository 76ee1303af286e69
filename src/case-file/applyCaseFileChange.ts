import { KinsafeError, parseWith, recordChange, safeParseWith, type ChangeMeta, type Recorded } from "../core";
import type { CaseFile, CaseFileHistoryEntry } from "./CaseFile";
import { CaseFileCommandSchema, type CaseFileCommand } from "./CaseFileCommand";
import { caseFileCommandRecipe, type CaseFileBody } from "./caseFileRecipes";
import { CaseFileDocumentSchema } from "./references";

/**
 * Applies an audited change to a case file and records it in the case file's history.
 *
 * The command is parsed with {@link CaseFileCommandSchema} and applied with the recipes of the
 * module that owns the part it changes: an assessment-map command goes through
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
 * @param caseFile - The case file before the change. It is not mutated.
 * @param command - What to do, as data.
 * @param meta - Who made the change, when (UTC) and why.
 * @returns The case file after the change (with the entry at the end of its history) and the entry.
 * @throws {@link KinsafeError} with code `invalid-input` when the command does not parse or would leave the case file invalid (every problem in `issues`); `not-found`, `duplicate-id` or `still-referenced` when it names a missing item, reuses an id, or removes a rule that monitoring points at; `invalid-argument` when a plan's status cannot change that way.
 *
 * @example
 * {@includeCode ../../tests/case-file/applyCaseFileChange.test.ts#docs-example}
 *
 * @category Case file
 */
export function applyCaseFileChange(caseFile: CaseFile, command: CaseFileCommand, meta: ChangeMeta): Recorded<CaseFile, CaseFileCommand> {
  const parsed = parseWith(CaseFileCommandSchema, command, "case file command");
  const { history, ...body } = caseFile;
  const { next: nextBody, entry } = recordChange<CaseFileBody, CaseFileCommand>(body, parsed, meta, (draft) => {
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
