import { castDraft, produce, type Draft } from "immer";
import { guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { InformingRecordSchema, type InformingRecord, type SafetyNetwork } from "./Network";
import { assertRecordIdFree } from "./internal";
import { informingIssues, networkRefs, recordIdIssue, type InformingRecordInput, type NetworkInputOptions } from "./networkInput";

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
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the network's (`["informing", 2, "on"]`), a new frozen network out; neither input is changed.
 *
 * @param network - The safety network.
 * @param record - The informing record, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - `people`, to check who was told and who told them; `ids`, to make the id.
 * @returns A new network whose `informing` ends with the parsed record.
 * @throws {@link KinsafeError} with code `invalid-input` when the record does not parse or names people not in `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that an informing record or a meeting of the network already has that id.
 *
 * @example
 * {@includeCode ../../tests/network/recordInforming.test.ts#docs-example}
 *
 * @category Network
 */
export function recordInforming(network: SafetyNetwork, record: InformingRecordInput, options: NetworkInputOptions = {}): SafetyNetwork {
  return guardInput("informing record", () => {
    const used = (id: string): boolean => network.informing.some((r) => r.id === id) || network.meetings.some((m) => m.id === id);
    const input = withId(record, "informing-record", options.ids, used);
    const at = ["informing", network.informing.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(InformingRecordSchema, input, at, "informing record", issues);
    informingIssues(issues, input, at, networkRefs(options));
    recordIdIssue(issues, input, at, used);
    throwIfIssues("informing record", issues);
    // No issues: the record parsed.
    return produce(network, (draft) => {
      recordInformingRecipe(draft, parsed as InformingRecord);
    });
  });
}
