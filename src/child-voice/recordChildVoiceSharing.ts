import { produce, type Draft } from "immer";
import type { ChildVoiceRecord, ChildVoiceSharing } from "./ChildVoiceRecord";
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
 * @param record - Any child-voice record.
 * @param sharing - The sharing, with an id not yet used in the record.
 * @returns A new record whose `sharedWith` ends with `sharing`.
 * @throws {@link KinsafeError} with code `duplicate-id` when the record already has a sharing with that id.
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceSharing.test.ts#docs-example}
 *
 * @category Child voice
 */
export function recordChildVoiceSharing<R extends ChildVoiceRecord>(record: R, sharing: ChildVoiceSharing): R {
  return produce(record, (draft) => {
    recordChildVoiceSharingRecipe(draft, sharing);
  });
}
