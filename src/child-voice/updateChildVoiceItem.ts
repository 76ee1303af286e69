import { produce, type Draft } from "immer";
import { guardInput, KinsafeError, mergeChanges, parseInto, replaceEntry, throwIfIssues, type InputIssue } from "../core";
import { ITEM_SCHEMAS, peopleIssues, peopleOf, type ChildVoiceInputOptions, type ChildVoiceItemInput } from "./childVoiceInput";
import type { ChildVoiceItem, ChildVoiceItemId, ChildVoiceRecordWithItems } from "./ChildVoiceRecord";
import { sameJson, updateEntry, type ChildVoiceChanges } from "./entries";
import { assertSection, assertTool, draftItems } from "./guards";

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
 * Fields not named in `changes` are kept; `undefined` removes an optional field. The changed
 * item is checked whole with its tool's schema, as {@link addChildVoiceItem} checks a new one
 * (the contract of every updater: "Updating documents" in `docs/for-vendors.md`). When nothing
 * changes, the same record is returned.
 *
 * @param record - A record of a tool that holds items.
 * @param itemId - The item to change.
 * @param changes - The fields to change, as plain JSON.
 * @param options - `people`, to check the people a Safety House item names.
 * @returns A new record with the item changed, or `record` itself when nothing changed.
 * @throws {@link KinsafeError} with code `not-found` when the record has no item `itemId`; `invalid-input` when the changed item does not parse for the record's tool (a section of another tool, say) or names people not in `options.people` (every problem in `issues`, with the record's paths); `invalid-argument` when the record is of a tool without items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/updateChildVoiceItem.test.ts#docs-example}
 *
 * @category Child voice
 */
export function updateChildVoiceItem<R extends ChildVoiceRecordWithItems>(
  record: R,
  itemId: string,
  changes: ChildVoiceChanges<ChildVoiceItemInput<R>>,
  options: ChildVoiceInputOptions = {},
): R {
  assertTool(record, ["three-houses", "wizards-and-fairies", "safety-house"], "items");
  return guardInput("child-voice item", () => {
    const items: readonly ChildVoiceItem[] = record.items;
    const index = items.findIndex((i) => i.id === itemId);
    const current = items[index];
    if (current === undefined) throw new KinsafeError("not-found", `The record has no item with the id ${JSON.stringify(itemId)}.`);
    const merged = mergeChanges(current, changes, ["id"]);
    const at = ["items", index];
    const issues: InputIssue[] = [];
    const parsed = parseInto(ITEM_SCHEMAS[record.tool], merged, at, "child-voice item", issues);
    peopleIssues(issues, merged, at, peopleOf(options), ["people"]);
    throwIfIssues("child-voice item", issues);
    if (parsed === undefined || sameJson(current, parsed)) return record;
    return produce(record, (draft) => {
      replaceEntry(draftItems(draft)[index] as object, parsed);
    });
  });
}
