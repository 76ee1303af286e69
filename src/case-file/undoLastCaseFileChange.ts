import { applyPatchesTo, KinsafeError } from "../core";
import type { CaseFile } from "./CaseFile";

/**
 * Undoes the last audited change of a case file: applies the inverse patches of the last
 * history entry and drops the entry. The result equals the case file as it was before that
 * change, history included.
 *
 * @param caseFile - A case file whose last history entry was recorded by {@link applyCaseFileChange}.
 * @returns The case file before the last change.
 * @throws {@link KinsafeError} with code `invalid-argument` when the history is empty, or when the last entry's patches do not fit the case file (it was changed without being recorded).
 *
 * @example
 * {@includeCode ../../tests/case-file/undoLastCaseFileChange.test.ts#docs-example}
 *
 * @category Case file
 */
export function undoLastCaseFileChange(caseFile: CaseFile): CaseFile {
  const last = caseFile.history[caseFile.history.length - 1];
  if (last === undefined) throw new KinsafeError("invalid-argument", "The case file has no recorded change to undo.");
  const { history, ...body } = caseFile;
  const before = applyPatchesTo(body, last.inversePatches);
  return { ...before, history: history.slice(0, -1) };
}
