import { produce, type Draft } from "immer";
import { guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { idTakenIssue, idUsedIn, pageNumberIssue, type ChildVoiceInputOptions, type WordsAndPicturesPageInput } from "./childVoiceInput";
import { WordsAndPicturesPageSchema, type WordsAndPicturesPage, type WordsAndPicturesRecord } from "./ChildVoiceRecord";
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
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the record's (`["pages", 5, "number"]`), a new frozen record out; neither input is changed.
 *
 * @param record - A Words and Pictures record.
 * @param page - The page, as plain JSON, with a page number not yet used in the record; its `id` may be left out when `options.ids` is given.
 * @param options - `ids`, to make the id.
 * @returns A new record whose `pages` end with the parsed page.
 * @throws {@link KinsafeError} with code `invalid-input` when the page does not parse or its number is already used (every problem in `issues`); `duplicate-id` when the only problem is that the id is already used in the record; `invalid-argument` when the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addWordsAndPicturesPage.test.ts#docs-example}
 *
 * @category Child voice
 */
export function addWordsAndPicturesPage(record: WordsAndPicturesRecord, page: WordsAndPicturesPageInput, options: ChildVoiceInputOptions = {}): WordsAndPicturesRecord {
  assertTool(record, ["words-and-pictures"], "pages");
  return guardInput("Words and Pictures page", () => {
    const used = idUsedIn(record);
    const input = withId(page, "words-and-pictures-page", options.ids, used);
    const at = ["pages", record.pages.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(WordsAndPicturesPageSchema, input, at, "Words and Pictures page", issues);
    pageNumberIssue(issues, input, at, record.pages);
    idTakenIssue(issues, input, at, used);
    throwIfIssues("Words and Pictures page", issues);
    // No issues: the page parsed.
    return produce(record, (draft) => {
      addWordsAndPicturesPageRecipe(draft, parsed as WordsAndPicturesPage);
    });
  });
}
