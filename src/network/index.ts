export {
  SafetyNetworkIdSchema,
  type SafetyNetworkId,
  NetworkRecordIdSchema,
  type NetworkRecordId,
  RelationshipKindSchema,
  type RelationshipKind,
  RelationshipSchema,
  type Relationship,
  PersonSchema,
  type Person,
  FoundBySchema,
  type FoundBy,
  NetworkRoleSchema,
  type NetworkRole,
  NetworkMemberSchema,
  type NetworkMember,
  InformingMethodSchema,
  type InformingMethod,
  InformingRecordSchema,
  type InformingRecord,
  StatutoryMeetingKindSchema,
  type StatutoryMeetingKind,
  NetworkMeetingSchema,
  type NetworkMeeting,
  SafetyNetworkSchema,
  type SafetyNetwork,
} from "./Network";
export { NETWORK_FINDING_CODES, type NetworkFindingCode, NETWORK_FINDINGS, type NetworkFindingInfo } from "./findingCodes";
export { enNetwork } from "./messages.en";
export { addPerson } from "./addPerson";
export { updatePerson, type PersonChanges, type PersonFields } from "./updatePerson";
export { removePerson } from "./removePerson";
export { addNetworkMember } from "./addNetworkMember";
export { updateNetworkMember, type NetworkMemberChanges, type MemberFields } from "./updateNetworkMember";
export { endNetworkMembership } from "./endNetworkMembership";
export { recordInforming } from "./recordInforming";
export { addNetworkMeeting } from "./addNetworkMeeting";
export { currentMembers } from "./currentMembers";
export { isInformedOfCurrentMap, type IsInformedOptions } from "./isInformedOfCurrentMap";
export { checkNetwork, type CheckNetworkOptions, type NetworkPlanRules } from "./checkNetwork";
export { createSafetyNetwork } from "./createSafetyNetwork";
export {
  type PersonInput,
  type NetworkMemberInput,
  type InformingRecordInput,
  type NetworkMeetingInput,
  type SafetyNetworkInit,
  type NetworkInputOptions,
  type PeopleInputOptions,
} from "./networkInput";
export { parseSafetyNetwork } from "./parseSafetyNetwork";
export { safeParseSafetyNetwork } from "./safeParseSafetyNetwork";
export { type SafetyNetworkContext } from "./networkReferences";
export { parsePerson } from "./parsePerson";
export { safeParsePerson } from "./safeParsePerson";
