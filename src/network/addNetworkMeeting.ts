import { castDraft, produce, type Draft } from "immer";
import { guardInput, parseInto, throwIfIssues, withId, type InputIssue } from "../core";
import { NetworkMeetingSchema, type NetworkMeeting, type SafetyNetwork } from "./Network";
import { assertRecordIdFree } from "./internal";
import { meetingIssues, networkRefs, recordIdIssue, type NetworkInputOptions, type NetworkMeetingInput } from "./networkInput";

/**
 * Adds a meeting to a draft network.
 *
 * @param draft - A draft of the network.
 * @param meeting - The meeting.
 * @throws {@link KinsafeError} with code `duplicate-id` when the id is used by another record or meeting.
 *
 * @internal Shared by {@link addNetworkMeeting} and audited changes.
 */
export function addNetworkMeetingRecipe(draft: Draft<SafetyNetwork>, meeting: NetworkMeeting): void {
  assertRecordIdFree(draft, meeting.id);
  draft.meetings.push(castDraft(meeting));
}

/**
 * Records a meeting of the safety network: who came, who ran it, what was decided, and whether
 * it stands in for a statutory meeting.
 *
 * Network meetings are where the rules of the plan are made (stage 6 of domain specification
 * 2.2); Northamptonshire's guidance says the first one typically lasts up to 90 minutes. Some
 * authorities let family network meetings fulfil the role of core groups (England Innovations
 * Project; domain specification 2.4): set `standsInFor`, and {@link checkNetwork} reports it
 * unless local policy allows that kind (`options.allowStandIn`).
 *
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the network's (`["meetings", 1, "attendeeIds", 0]`), a new frozen network out; neither input is changed.
 *
 * @param network - The safety network.
 * @param meeting - The meeting, as plain JSON; its `id` may be left out when `options.ids` is given.
 * @param options - `people`, to check who came and who ran it; `ids`, to make the id.
 * @returns A new network whose `meetings` end with the parsed meeting.
 * @throws {@link KinsafeError} with code `invalid-input` when the meeting does not parse or names people not in `options.people` (every problem in `issues`); `duplicate-id` when the only problem is that an informing record or a meeting of the network already has that id.
 *
 * @example
 * {@includeCode ../../tests/network/addNetworkMeeting.test.ts#docs-example}
 *
 * @category Network
 */
export function addNetworkMeeting(network: SafetyNetwork, meeting: NetworkMeetingInput, options: NetworkInputOptions = {}): SafetyNetwork {
  return guardInput("network meeting", () => {
    const used = (id: string): boolean => network.informing.some((r) => r.id === id) || network.meetings.some((m) => m.id === id);
    const input = withId(meeting, "network-meeting", options.ids, used);
    const at = ["meetings", network.meetings.length];
    const issues: InputIssue[] = [];
    const parsed = parseInto(NetworkMeetingSchema, input, at, "network meeting", issues);
    meetingIssues(issues, input, at, networkRefs(options));
    recordIdIssue(issues, input, at, used);
    throwIfIssues("network meeting", issues);
    // No issues: the meeting parsed.
    return produce(network, (draft) => {
      addNetworkMeetingRecipe(draft, parsed as NetworkMeeting);
    });
  });
}
