import { produce, type Draft } from "immer";
import type { ChildVoiceItem, ChildVoiceItemId, ChildVoiceRecordWithItems } from "./ChildVoiceRecord";
import { updateEntry, type ChildVoiceChanges } from "./entries";
import { assertSection, draftItems } from "./guards";

/**
 * Changes an item of a draft record.
 *
 * @param draft - A draft of a record of a tool that holds items.
 * @param itemId - The item to change.
 * @param changes - The fields to change.
 * @throws {@link KinsafeError} with code `not-found` when there is no such item; `invalid-argument` when the new section is not the tool's.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateChildVoiceItem.test.ts#recipe}
 *
 * @internal Shared by {@link updateChildVoiceItem} and audited changes.
 */
export function updateChildVoiceItemRecipe(draft: Draft<ChildVoiceRecordWithItems>, itemId: ChildVoiceItemId, changes: ChildVoiceChanges<ChildVoiceItem>): void {
  const item = updateEntry(draftItems(draft), itemId, changes, "item");
  assertSection(draft, item.section);
}

/**
 * Changes an item of a Three Houses, Wizards and Fairies or Safety House record, for example to
 * correct the text after checking it back with the child (domain specification 4.1: "check back
 * what has been written").
 *
 * Fields not named in `changes` are kept; `undefined` removes an optional field. When nothing
 * changes, the same record is returned.
 *
 * @param record - A record of a tool that holds items.
 * @param itemId - The item to change.
 * @param changes - The fields to change.
 * @returns A new record with the item changed, or `record` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the record has no item `itemId`; `invalid-argument` when the new section is not one of the tool's, or the record is of a tool without items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateChildVoiceItem.test.ts#docs-example}
 *
 * @category Child voice
 */
export function updateChildVoiceItem<R extends ChildVoiceRecordWithItems>(record: R, itemId: ChildVoiceItemId, changes: ChildVoiceChanges<R["items"][number]>): R {
  return produce(record, (draft) => {
    updateChildVoiceItemRecipe(draft, itemId, changes);
  });
}
