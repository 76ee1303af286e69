import { produce, type Draft } from "immer";
import type { ChildVoiceItem, ChildVoiceRecordWithItems } from "./ChildVoiceRecord";
import { addEntry } from "./entries";
import { assertSection, draftItems } from "./guards";

/**
 * Adds an item to a draft record.
 *
 * @param draft - A draft of a record of a tool that holds items.
 * @param item - The new item.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used in the record; `invalid-argument` when the section is not the tool's.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addChildVoiceItem.test.ts#recipe}
 *
 * @internal Shared by {@link addChildVoiceItem} and audited changes.
 */
export function addChildVoiceItemRecipe(draft: Draft<ChildVoiceRecordWithItems>, item: ChildVoiceItem): void {
  const items = draftItems(draft);
  assertSection(draft, item.section);
  addEntry(draft, items, item, "item");
}

/**
 * Adds something the child said or drew to a Three Houses, Wizards and Fairies or Safety House
 * record.
 *
 * Write the child's exact words and set `isChildsExactWords` (domain specification 4.1: "use
 * the child's exact words, no paraphrase"). The record is not changed; a new record is returned,
 * and, as with every kinsafe updater, it is deep-frozen, including the `item` passed in.
 *
 * @param record - A record of a tool that holds items.
 * @param item - The item, whose `section` is one of the tool's sections.
 * @returns A new record whose `items` end with `item`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the record already has an item, page or sharing with that id; `invalid-argument` when the section is not one of the tool's, or the record is of a tool without items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addChildVoiceItem.test.ts#docs-example}
 *
 * @category Child voice
 */
export function addChildVoiceItem<R extends ChildVoiceRecordWithItems>(record: R, item: R["items"][number]): R {
  return produce(record, (draft) => {
    addChildVoiceItemRecipe(draft, item);
  });
}
