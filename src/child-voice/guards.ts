import type { Draft } from "immer";
import { KinsafeError } from "../core";
import { CHILD_VOICE_SECTIONS, type ChildVoiceItem, type ChildVoiceRecordWithItems, type ChildVoiceTool, type WordsAndPicturesRecord } from "./ChildVoiceRecord";

/** Anything with a tool. */
interface HasTool {
  readonly tool: string;
}

// Checks shared by the recipes. The types already rule these cases out; the checks are for
// callers in plain JavaScript and for data that skipped parsing.

/**
 * Throws unless the record is of one of the given tools.
 *
 * @param record - A child-voice record or draft.
 * @param tools - The tools the operation applies to.
 * @param what - What the operation needs, for the message ("items", "pages").
 * @throws {@link KinsafeError} with code `invalid-argument` when the record's tool is not one of `tools`.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#assert-tool}
 *
 * @internal
 */
export function assertTool(record: HasTool, tools: readonly ChildVoiceTool[], what: string): void {
  if (!(tools as readonly string[]).includes(record.tool)) throw new KinsafeError("invalid-argument", `A ${record.tool} record has no ${what}.`);
}

/**
 * Throws when `section` is not one of the sections of the record's tool.
 *
 * @param record - A record of a tool that has items.
 * @param section - The section of an item being added or changed.
 * @throws {@link KinsafeError} with code `invalid-argument` when the section is not the tool's.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#assert-section}
 *
 * @internal
 */
export function assertSection(record: Draft<ChildVoiceRecordWithItems> | ChildVoiceRecordWithItems, section: string): void {
  const sections: readonly string[] = CHILD_VOICE_SECTIONS[record.tool];
  if (!sections.includes(section)) {
    throw new KinsafeError("invalid-argument", `A ${record.tool} record has no section ${JSON.stringify(section)}; its sections are ${sections.join(", ")}.`);
  }
}

/**
 * Throws when a page other than `exceptId` already has page number `number`.
 *
 * @param record - A Words and Pictures record.
 * @param number - The page number being added or set.
 * @param exceptId - The page being changed, which may keep its own number.
 * @throws {@link KinsafeError} with code `invalid-argument` when another page has the number.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#assert-page-number-free}
 *
 * @internal
 */
export function assertPageNumberFree(record: Draft<WordsAndPicturesRecord> | WordsAndPicturesRecord, number: number, exceptId?: string): void {
  if (record.pages.some((p) => p.number === number && p.id !== exceptId)) {
    throw new KinsafeError("invalid-argument", `The story already has a page ${String(number)}.`);
  }
}

/**
 * The items of a record of a tool that has items, as a draft array of the generic item type.
 *
 * @param draft - A draft record of a tool that has items.
 * @returns The draft's `items`.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record's tool has no items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/internals.test.ts#draft-items}
 *
 * @internal
 */
export function draftItems(draft: Draft<ChildVoiceRecordWithItems>): Draft<ChildVoiceItem>[] {
  assertTool(draft, ["three-houses", "wizards-and-fairies", "safety-house"], "items");
  // Widened to the generic item type; the section check keeps each item in its own tool.
  return draft.items;
}
