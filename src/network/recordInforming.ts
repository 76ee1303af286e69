import { castDraft, produce, type Draft } from "immer";
import type { InformingRecord, SafetyNetwork } from "./Network";
import { assertRecordIdFree } from "./internal";

/**
 * Adds an informing record to a draft network.
 *
 * @param draft - A draft of the network.
 * @param record - The informing record.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used by another record or meeting.
 *
 * @internal Shared by {@link recordInforming} and audited changes.
 */
export function recordInformingRecipe(draft: Draft<SafetyNetwork>, record: InformingRecord): void {
  assertRecordIdFree(draft, record.id);
  draft.informing.push(castDraft(record));
}

/**
 * Records that a network member was told the danger statements and safety goals of a version
 * of the assessment map: how (Words and Pictures, a network meeting, a conversation, in
 * writing), when and by whom.
 *
 * Being informed is the first adequacy criterion of a safety network (Queensland practice kit;
 * England Innovations Project: "the network informed about the danger and the safety goals";
 * domain specification 3.1 and stage 4 of 2.2). The network often learns them through the Words
 * and Pictures explanation the parents helped write (domain specification 4.4): give its
 * `childVoiceRecordId`. Record the map version told, so that a later version shows who needs
 * telling again.
 *
 * @param network - The safety network.
 * @param record - The informing record, already parsed with {@link InformingRecordSchema}.
 * @returns A new network whose `informing` ends with `record`.
 * @throws {@link KinsafeError} with code `duplicate-id` when an informing record or a meeting of the network already has that id.
 *
 * @example
 * {@includeCode ../../tests/network/recordInforming.test.ts#docs-example}
 *
 * @category Network
 */
export function recordInforming(network: SafetyNetwork, record: InformingRecord): SafetyNetwork {
  return produce(network, (draft) => {
    recordInformingRecipe(draft, record);
  });
}
