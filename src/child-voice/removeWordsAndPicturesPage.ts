import { produce, type Draft } from "immer";
import type { ChildVoiceItemId, WordsAndPicturesRecord } from "./ChildVoiceRecord";
import { removeEntry } from "./entries";
import { assertTool } from "./guards";

/**
 * Removes a page from a draft Words and Pictures record; nothing happens when there is none.
 *
 * @param draft - A draft of a Words and Pictures record.
 * @param pageId - The page to remove.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/removeWordsAndPicturesPage.test.ts#recipe}
 *
 * @internal Shared by {@link removeWordsAndPicturesPage} and audited changes.
 */
export function removeWordsAndPicturesPageRecipe(draft: Draft<WordsAndPicturesRecord>, pageId: ChildVoiceItemId): void {
  assertTool(draft, ["words-and-pictures"], "pages");
  removeEntry(draft.pages, pageId);
}

/**
 * Removes a page from a Words and Pictures story. The other pages keep their numbers.
 *
 * Removing a page that is not there is not an error: the same record is returned.
 *
 * @param record - A Words and Pictures record.
 * @param pageId - The page to remove.
 * @returns A new record without the page, or `record` itself when it had no such page.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/removeWordsAndPicturesPage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function removeWordsAndPicturesPage(record: WordsAndPicturesRecord, pageId: ChildVoiceItemId): WordsAndPicturesRecord {
  return produce(record, (draft) => {
    removeWordsAndPicturesPageRecipe(draft, pageId);
  });
}
