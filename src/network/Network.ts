import * as z from "zod";
import { AssessmentMapIdSchema } from "../assessment";
import { ChildVoiceRecordIdSchema } from "../child-voice";
import { PartnerAgencySchema } from "../records";
import { ExtensionsSchema, idSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";

// Schemas and types of people, relationships and the safety network (domain specification
// sections 1.9 and 3.1-3.2). No logic here.

const text = z.string().max(MAX_TEXT_LENGTH).regex(/\S/, "Must not be blank.");

/** @category Network */
export const SafetyNetworkIdSchema = idSchema<"SafetyNetworkId">();
/** @category Network */
export type SafetyNetworkId = z.output<typeof SafetyNetworkIdSchema>;
/** Id of an informing record or a network meeting. @category Network */
export const NetworkRecordIdSchema = idSchema<"NetworkRecordId">();
/** @category Network */
export type NetworkRecordId = z.output<typeof NetworkRecordIdSchema>;

/**
 * How one person is related to another, from the genogram and ecomap (domain specification 1.9).
 *
 * @category Network
 */
export const RelationshipKindSchema = z.enum([
  "mother",
  "father",
  "step-parent",
  "parent-partner",
  "grandparent",
  "sibling",
  "aunt-or-uncle",
  "cousin",
  "other-relative",
  "godparent",
  "family-friend",
  "neighbour",
  "foster-carer",
  "professional",
  "other",
]);
/** @category Network */
export type RelationshipKind = z.output<typeof RelationshipKindSchema>;

/**
 * A relationship from this person to another (usually to a child of the case).
 *
 * @category Network
 */
export const RelationshipSchema = z.strictObject({
  /** The other person. */
  toId: PersonIdSchema,
  /** What this person is to them: "grandparent" means this person is their grandparent. */
  kind: RelationshipKindSchema,
  /** In the family's words ("Nan", "Dad's best mate"). */
  note: text.optional(),
});
/** @category Network */
export type Relationship = DeepReadonly<z.output<typeof RelationshipSchema>>;

/**
 * A person in the case: a child, a family member, a friend or a professional. People are shared
 * by the assessment map, the network and the safety plan.
 *
 * @category Network
 */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  /** The name used by the family. */
  name: text,
  /** A child of the case or an adult. */
  kind: z.enum(["child", "adult"]),
  birthDate: IsoDateSchema.optional(),
  /**
   * The household the person lives in; people with the same value live together. Used to tell
   * whether a network reaches beyond the household.
   */
  householdId: z.string().max(MAX_TEXT_LENGTH).min(1).optional(),
  /** Set for professionals: the agency type (shared vocabulary with referral sources and meetings). */
  professional: z
    .strictObject({
      /** The type of agency. */
      agency: PartnerAgencySchema,
      /** The organisation, e.g. "Greenfield Primary School". */
      organisation: text.optional(),
      /** The role, e.g. "designated safeguarding lead". */
      role: text.optional(),
    })
    .optional(),
  /** Relationships to other people, especially to each child. */
  relationships: z.array(RelationshipSchema).max(MAX_LIST_LENGTH),
  /** How to reach them (telephone, email), as the plan lists it. */
  contact: text.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Network */
export type Person = DeepReadonly<z.output<typeof PersonSchema>>;

/**
 * Who found a network member: the family (the practice expectation), professionals, or a
 * family-finding search (Kevin Campbell's method, introduced in the second wave of the England
 * Innovations Project).
 *
 * @category Network
 */
export const FoundBySchema = z.enum(["family", "professional", "family-finding"]);
/** @category Network */
export type FoundBy = z.output<typeof FoundBySchema>;

/**
 * Roles a network member may take (domain specification 3.1).
 *
 * @category Network
 */
export const NetworkRoleSchema = z.enum([
  "supervising-contact",
  "safe-person-for-child",
  "checking-in",
  "mentoring-parent",
  "practical-help",
  "reporting-worries",
  "attending-meetings",
  "caring-for-child",
]);
/** @category Network */
export type NetworkRole = z.output<typeof NetworkRoleSchema>;

/**
 * A member of the child's safety network: someone who knows the harm, the worries and the
 * goals, is willing to help, and is clear about what they must do (Queensland practice kit;
 * domain specification 3.1).
 *
 * @category Network
 */
export const NetworkMemberSchema = z.strictObject({
  /** The person (in the case file's `people`). */
  personId: PersonIdSchema,
  foundBy: FoundBySchema,
  /** Whether they have said they are willing to help. */
  willingness: z.enum(["willing", "unsure", "not-willing", "not-asked"]),
  roles: z.array(NetworkRoleSchema).max(MAX_LIST_LENGTH),
  /** The day they joined. */
  joinedOn: IsoDateSchema,
  /** The day they left, if they have. */
  leftOn: IsoDateSchema.optional(),
  /** Whether they will stay involved after Children's Services close the case ("for the long haul"). */
  staysAfterClosure: z.enum(["yes", "no", "unknown"]),
  /** What they have agreed to, in their words. */
  commitment: text.optional(),
});
/** @category Network */
export type NetworkMember = DeepReadonly<z.output<typeof NetworkMemberSchema>>;

/**
 * How a member was told the danger statements and safety goals.
 *
 * @category Network
 */
export const InformingMethodSchema = z.enum(["words-and-pictures", "network-meeting", "conversation", "written"]);
/** @category Network */
export type InformingMethod = z.output<typeof InformingMethodSchema>;

/**
 * A record that a network member was told the danger statements and safety goals of a given
 * version of the assessment map: what makes a group of concerned people a safety network
 * (domain specification 3.1, stage 4 of 2.2).
 *
 * @category Network
 */
export const InformingRecordSchema = z.strictObject({
  id: NetworkRecordIdSchema,
  /** The member who was told. */
  personId: PersonIdSchema,
  /** The map whose danger statements and safety goals they were told. */
  mapId: AssessmentMapIdSchema,
  /** Its version: a member told of an older version than the current one is out of date. */
  mapVersion: z.number().int().min(1),
  method: InformingMethodSchema,
  on: IsoDateSchema,
  /** Who told them. */
  byId: PersonIdSchema,
  /** The Words and Pictures explanation used, if any. */
  childVoiceRecordId: ChildVoiceRecordIdSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Network */
export type InformingRecord = DeepReadonly<z.output<typeof InformingRecordSchema>>;

/**
 * A statutory meeting a network meeting may stand in for, where local policy allows (some
 * authorities let family network meetings fulfil the role of core groups; domain specification 2.4).
 *
 * @category Network
 */
export const StatutoryMeetingKindSchema = z.enum(["core-group", "cin-review", "team-around-the-family", "pre-proceedings-meeting"]);
/** @category Network */
export type StatutoryMeetingKind = z.output<typeof StatutoryMeetingKindSchema>;

/**
 * A meeting of the safety network.
 *
 * @category Network
 */
export const NetworkMeetingSchema = z.strictObject({
  id: NetworkRecordIdSchema,
  date: IsoDateSchema,
  durationMinutes: z.number().int().positive().optional(),
  /** Who came. */
  attendeeIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** Who ran it. */
  facilitatorId: PersonIdSchema,
  /** What was decided. */
  decisions: z.array(text).max(MAX_LIST_LENGTH),
  /** The statutory meeting it stands in for, if any. */
  standsInFor: StatutoryMeetingKindSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Network */
export type NetworkMeeting = DeepReadonly<z.output<typeof NetworkMeetingSchema>>;

/**
 * A child's safety network: its members, the record of who was told what and when, and its
 * meetings (domain specification 3.2).
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Network
 */
export const SafetyNetworkSchema = z.strictObject({
  id: SafetyNetworkIdSchema,
  members: z.array(NetworkMemberSchema).max(MAX_LIST_LENGTH),
  informing: z.array(InformingRecordSchema).max(MAX_LIST_LENGTH),
  meetings: z.array(NetworkMeetingSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Network */
export type SafetyNetwork = DeepReadonly<z.output<typeof SafetyNetworkSchema>>;
