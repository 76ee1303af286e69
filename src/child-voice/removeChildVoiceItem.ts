import { produce, type Draft } from "immer";
import type { ChildVoiceItemId, ChildVoiceRecordWithItems } from "./ChildVoiceRecord";
import { removeEntry } from "./entries";
import { draftItems } from "./guards";

/**
 * Removes an item from a draft record; nothing happens when there is none.
 *
 * @param draft - A draft of a record of a tool that holds items.
 * @param itemId - The item to remove.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record's tool has no items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/removeChildVoiceItem.test.ts#recipe}
 *
 * @internal Shared by {@link removeChildVoiceItem} and audited changes.
 */
export function removeChildVoiceItemRecipe(draft: Draft<ChildVoiceRecordWithItems>, itemId: ChildVoiceItemId): void {
  removeEntry(draftItems(draft), itemId);
}

/**
 * Removes an item from a Three Houses, Wizards and Fairies or Safety House record.
 *
 * Removing an item that is not there is not an error: the same record is returned, so callers
 * can skip saving.
 *
 * @param record - A record of a tool that holds items.
 * @param itemId - The item to remove.
 * @returns A new record without the item, or `record` itself when it had no such item.
 * @throws {@link KinsafeError} with code `invalid-argument` when the record is of a tool without items (Words and Pictures has pages).
 *
 * @example
 * {@includeCode ../../tests/child-voice/removeChildVoiceItem.test.ts#docs-example}
 *
 * @category Child voice
 */
export function removeChildVoiceItem<R extends ChildVoiceRecordWithItems>(record: R, itemId: ChildVoiceItemId): R {
  return produce(record, (draft) => {
    removeChildVoiceItemRecipe(draft, itemId);
  });
}
