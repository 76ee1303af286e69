import { produce, type Draft } from "immer";
import { guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { idTakenIssue, idUsedIn, peopleIssues, peopleOf, type ChildVoiceInputOptions, type ChildVoiceSharingInput } from "./childVoiceInput";
import { ChildVoiceSharingSchema, type ChildVoiceRecord, type ChildVoiceSharing } from "./ChildVoiceRecord";
import { addEntry } from "./entries";

/**
 * Adds a sharing to a draft record.
 *
 * @param draft - A draft of any child-voice record.
 * @param sharing - The sharing to add.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used in the record.
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceSharing.test.ts#recipe}
 *
 * @internal Shared by {@link recordChildVoiceSharing} and audited changes.
 */
export function recordChildVoiceSharingRecipe(draft: Draft<ChildVoiceRecord>, sharing: ChildVoiceSharing): void {
  addEntry(draft, draft.sharedWith, sharing, "sharing");
}

/**
 * Records that a child-voice record was shared: with whom, when and how.
 *
 * Recording is not refused when the child has not consented: what happened is recorded as it
 * happened, and {@link checkChildVoice} reports sharing without the child's consent as an error
 * (domain specification 4.1: "obtain the child's consent before sharing it"). For a Words and
 * Pictures story shown to the children, list the children in `personIds`.
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the record's (`["sharedWith", 0, "personIds", 1]`), a new frozen record out; neither input is changed.
 *
 * @param record - Any child-voice record.
 * @param sharing - The sharing, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - `people`, to check the people it was shared with; `ids`, to make the id.
 * @returns A new record whose `sharedWith` ends with the parsed sharing.
 * @throws {@link KinsafeError} with code `invalid-input` when the sharing does not parse or names people not in `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that the record already uses that id.
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceSharing.test.ts#docs-example}
 *
 * @category Child voice
 */
export function recordChildVoiceSharing<R extends ChildVoiceRecord>(record: R, sharing: ChildVoiceSharingInput, options: ChildVoiceInputOptions = {}): R {
  return guardInput("child-voice sharing", () => {
    const used = idUsedIn(record);
    const input = withId(sharing, "child-voice-sharing", options.ids, used);
    const at = ["sharedWith", record.sharedWith.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(ChildVoiceSharingSchema, input, at, "child-voice sharing", issues);
    peopleIssues(issues, input, at, peopleOf(options), ["personIds"]);
    idTakenIssue(issues, input, at, used);
    throwIfIssues("child-voice sharing", issues);
    // No issues: the sharing parsed.
    return produce(record, (draft) => {
      recordChildVoiceSharingRecipe(draft, parsed as ChildVoiceSharing);
    });
  });
}
