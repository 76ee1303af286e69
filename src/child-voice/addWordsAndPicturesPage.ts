import { produce, type Draft } from "immer";
import type { WordsAndPicturesPage, WordsAndPicturesRecord } from "./ChildVoiceRecord";
import { addEntry } from "./entries";
import { assertPageNumberFree, assertTool } from "./guards";

/**
 * Adds a page to a draft Words and Pictures record.
 *
 * @param draft - A draft of a Words and Pictures record.
 * @param page - The new page.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used in the record; `invalid-argument` when the page number is used or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addWordsAndPicturesPage.test.ts#recipe}
 *
 * @internal Shared by {@link addWordsAndPicturesPage} and audited changes.
 */
export function addWordsAndPicturesPageRecipe(draft: Draft<WordsAndPicturesRecord>, page: WordsAndPicturesPage): void {
  assertTool(draft, ["words-and-pictures"], "pages");
  assertPageNumberFree(draft, page.number);
  addEntry(draft, draft.pages, page, "page");
}

/**
 * Adds a page to a Words and Pictures story.
 *
 * The short-form structure (Susie Essex, domain specification 4.4) is: title; who is worried;
 * what are they worried about; what happened then; what are we doing about the worries. Set
 * `heading` so that {@link checkChildVoice} can see the structure. Pages are shown in the order
 * of their `number`, whatever the order of the array.
 *
 * @param record - A Words and Pictures record.
 * @param page - The page, with an id and a page number not yet used in the record.
 * @returns A new record whose `pages` end with `page`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is already used in the record; `invalid-argument` when the page number is already used or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addWordsAndPicturesPage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function addWordsAndPicturesPage(record: WordsAndPicturesRecord, page: WordsAndPicturesPage): WordsAndPicturesRecord {
  return produce(record, (draft) => {
    addWordsAndPicturesPageRecipe(draft, page);
  });
}
