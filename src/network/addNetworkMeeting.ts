import { castDraft, produce, type Draft } from "immer";
import type { NetworkMeeting, SafetyNetwork } from "./Network";
import { assertRecordIdFree } from "./internal";

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
 * @param network - The safety network.
 * @param meeting - The meeting, already parsed with {@link NetworkMeetingSchema}.
 * @returns A new network whose `meetings` end with `meeting`.
 * @throws {@link KinsafeError} with code `duplicate-id` when an informing record or a meeting of the network already has that id.
 *
 * @example
 * {@includeCode ../../tests/network/addNetworkMeeting.test.ts#docs-example}
 *
 * @category Network
 */
export function addNetworkMeeting(network: SafetyNetwork, meeting: NetworkMeeting): SafetyNetwork {
  return produce(network, (draft) => {
    addNetworkMeetingRecipe(draft, meeting);
  });
}
