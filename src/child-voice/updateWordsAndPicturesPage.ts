import { produce, type Draft } from "immer";
import type { ChildVoiceItemId, WordsAndPicturesPage, WordsAndPicturesRecord } from "./ChildVoiceRecord";
import { updateEntry, type ChildVoiceChanges } from "./entries";
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
 * Fields not named in `changes` are kept; `undefined` removes an optional field. When nothing
 * changes, the same record is returned.
 *
 * @param record - A Words and Pictures record.
 * @param pageId - The page to change.
 * @param changes - The fields to change.
 * @returns A new record with the page changed, or `record` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the story has no page `pageId`; `invalid-argument` when the new page number is used by another page or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateWordsAndPicturesPage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function updateWordsAndPicturesPage(record: WordsAndPicturesRecord, pageId: ChildVoiceItemId, changes: ChildVoiceChanges<WordsAndPicturesPage>): WordsAndPicturesRecord {
  return produce(record, (draft) => {
    updateWordsAndPicturesPageRecipe(draft, pageId, changes);
  });
}
