import { produce, type Draft } from "immer";
import { guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { idTakenIssue, idUsedIn, ITEM_SCHEMAS, peopleIssues, peopleOf, type ChildVoiceInputOptions, type ChildVoiceItemInput } from "./childVoiceInput";
import type { ChildVoiceItem, ChildVoiceRecordWithItems } from "./ChildVoiceRecord";
import { addEntry } from "./entries";
import { assertSection, assertTool, draftItems } from "./guards";

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
 * the child's exact words, no paraphrase"). The item is checked with its own tool's schema: a
 * Three Houses item has a house, a Safety House item a part of the house and perhaps the people
 * it is about, and a section of another tool is refused at `["items", n, "section"]`.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the record's (`["items", 3, "section"]`), a new frozen record out; neither input is changed.
 *
 * @param record - A record of a tool that holds items.
 * @param item - The item, as plain JSON, whose `section` is one of the tool's sections; its `id` may be left out when `options.ids` is given.
 * @param options - `people`, to check the people a Safety House item names; `ids`, to make the id.
 * @returns A new record whose `items` end with the parsed item.
 * @throws {@link KinsafeError} with code `invalid-input` when the item does not parse for the record's tool or names people not in `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that the record already has an item, page or sharing with that id; `invalid-argument` when the record is of a tool without items.
 *
 * @example
 * {@includeCode ../../tests/child-voice/addChildVoiceItem.test.ts#docs-example}
 *
 * @category Child voice
 */
export function addChildVoiceItem<R extends ChildVoiceRecordWithItems>(record: R, item: ChildVoiceItemInput<R>, options: ChildVoiceInputOptions = {}): R {
  assertTool(record, ["three-houses", "wizards-and-fairies", "safety-house"], "items");
  return guardInput("child-voice item", () => {
    const used = idUsedIn(record);
    const input = withId(item, "child-voice-item", options.ids, used);
    const at = ["items", record.items.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(ITEM_SCHEMAS[record.tool], input, at, "child-voice item", issues);
    peopleIssues(issues, input, at, peopleOf(options), ["people"]);
    idTakenIssue(issues, input, at, used);
    throwIfIssues("child-voice item", issues);
    // No issues: the item parsed with the record's own tool's schema.
    return produce(record, (draft) => {
      addChildVoiceItemRecipe(draft, parsed as ChildVoiceItem);
    });
  });
}
