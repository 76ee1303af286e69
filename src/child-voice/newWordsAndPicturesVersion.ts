import { produce, type Draft } from "immer";
import { assertDate, compareIsoDates, KinsafeError } from "../core";
import { ChildVoiceRecordIdSchema, type ChildVoiceRecordId } from "./ChildVoiceRecordId";
import type { WordsAndPicturesRecord } from "./ChildVoiceRecord";

/**
 * The id and date of a new version of a Words and Pictures story.
 *
 * @category Child voice
 */
export interface NewWordsAndPicturesVersionOptions {
  /** The id of the new record. */
  readonly id: string;
  /** The day the new version was written, `YYYY-MM-DD`; not before the previous version's date. */
  readonly date: string;
}

/**
 * Turns a draft copy of a story into its next version.
 *
 * @param draft - A draft copy of the current version.
 * @param options - The new version's id and date.
 * @throws {@link KinsafeError} with code `invalid-argument` when the id is the current one, the date is earlier, or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/newWordsAndPicturesVersion.test.ts#recipe}
 *
 * @internal Shared by {@link newWordsAndPicturesVersion} and audited changes.
 */
export function newWordsAndPicturesVersionRecipe(draft: Draft<WordsAndPicturesRecord>, options: NewWordsAndPicturesVersionOptions): void {
  const { id, date } = options;
  if (!ChildVoiceRecordIdSchema.safeParse(id).success) throw new KinsafeError("invalid-argument", `${JSON.stringify(id)} is not a valid id.`);
  assertDate(date, "options.date");
  const tool: string = draft.tool;
  if (tool !== "words-and-pictures") throw new KinsafeError("invalid-argument", `A ${tool} record has no versions.`);
  if (id === draft.id) throw new KinsafeError("invalid-argument", `The new version needs its own id, not ${JSON.stringify(id)}.`);
  if (compareIsoDates(date, draft.date) < 0) {
    throw new KinsafeError("invalid-argument", `The new version (${date}) cannot be dated before the previous one (${draft.date}).`);
  }
  draft.previousVersionId = draft.id;
  draft.id = id as ChildVoiceRecordId;
  draft.date = date;
  draft.version += 1;
  // The new version has not been shown to anyone yet, and the notes were about the old one.
  draft.sharedWith = [];
  delete draft.notes;
}

/**
 * Starts a new version of a Words and Pictures story, for example when the safety plan changes
 * or the story needs retelling as the children grow (domain specification 4.4).
 *
 * The new record copies the purpose, pages, audiences, authors, consent and facilitator; it has
 * the new `id` and `date`, `version` one higher, and `previousVersionId` set to the old
 * record's id. Its `sharedWith` starts empty and `notes` are not copied. The old record is not
 * changed.
 *
 * @param record - The current version.
 * @param options - The new version's id and date.
 * @returns The new version.
 * @throws {@link KinsafeError} with code `invalid-argument` when `id` is the current record's id, `date` is before the current record's date, or the record is not Words and Pictures.
 *
 * @example
 * {@includeCode ../../tests/child-voice/newWordsAndPicturesVersion.test.ts#docs-example}
 *
 * @category Child voice
 */
export function newWordsAndPicturesVersion(record: WordsAndPicturesRecord, options: NewWordsAndPicturesVersionOptions): WordsAndPicturesRecord {
  return produce(record, (draft) => {
    newWordsAndPicturesVersionRecipe(draft, options);
  });
}
