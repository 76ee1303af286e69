import { produce, type Draft } from "immer";
import { guardInput, KinsafeError, mergeChanges, parseInto, replaceEntry, throwIfIssues, type InputIssue } from "../core";
import { pageNumberIssue, type WordsAndPicturesPageInput } from "./childVoiceInput";
import { WordsAndPicturesPageSchema, type ChildVoiceItemId, type WordsAndPicturesPage, type WordsAndPicturesRecord } from "./ChildVoiceRecord";
import { sameJson, updateEntry, type ChildVoiceChanges } from "./entries";
import { assertPageNumberFree, assertTool } from "./guards";

/**
 * Changes a page of a draft Words and Pictures record.
 *
 * @param draft - A draft of a Words and Pictures record.
 * @param pageId - The page to change.
 * @param changes - The fields to change.
 * @throws {@link KinsafeError} with code `not-found` when there is no such page; `invalid-argument` when the new page number is used by another page or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateWordsAndPicturesPage.test.ts#recipe}
 *
 * @internal Shared by {@link updateWordsAndPicturesPage} and audited changes.
 */
export function updateWordsAndPicturesPageRecipe(draft: Draft<WordsAndPicturesRecord>, pageId: ChildVoiceItemId, changes: ChildVoiceChanges<WordsAndPicturesPage>): void {
  assertTool(draft, ["words-and-pictures"], "pages");
  const page = updateEntry(draft.pages, pageId, changes, "page");
  assertPageNumberFree(draft, page.number, page.id);
}

/**
 * Changes a page of a Words and Pictures story, for example after the parents have put it in
 * their own words (domain specification 4.4: the story is written in the family's words).
 *
 * Fields not named in `changes` are kept; `undefined` removes an optional field. The changed
 * page is checked whole, as {@link addWordsAndPicturesPage} checks a new one (the contract of
 * every updater: "Updating documents" in `docs/for-vendors.md`). When nothing changes, the same
 * record is returned.
 *
 * @param record - A Words and Pictures record.
 * @param pageId - The page to change.
 * @param changes - The fields to change, as plain JSON.
 * @returns A new record with the page changed, or `record` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the story has no page `pageId`; `invalid-input` when the changed page does not parse or its number is used by another page (every problem in `issues`, with the record's paths); `invalid-argument` when the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateWordsAndPicturesPage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function updateWordsAndPicturesPage(record: WordsAndPicturesRecord, pageId: string, changes: ChildVoiceChanges<WordsAndPicturesPageInput>): WordsAndPicturesRecord {
  assertTool(record, ["words-and-pictures"], "pages");
  return guardInput("Words and Pictures page", () => {
    const index = record.pages.findIndex((p) => p.id === pageId);
    const current = record.pages[index];
    if (current === undefined) throw new KinsafeError("not-found", `The record has no page with the id ${JSON.stringify(pageId)}.`);
    const merged = mergeChanges(current, changes, ["id"]);
    const at = ["pages", index];
    const issues: InputIssue[] = [];
    const parsed = parseInto(WordsAndPicturesPageSchema, merged, at, "Words and Pictures page", issues);
    pageNumberIssue(issues, merged, at, record.pages, current.id);
    throwIfIssues("Words and Pictures page", issues);
    if (parsed === undefined || sameJson(current, parsed)) return record;
    return produce(record, (draft) => {
      replaceEntry(draft.pages[index] as object, parsed);
    });
  });
}
