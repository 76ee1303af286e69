import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, PersonIdSchema, type DeepReadonly, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from "../core";
import { PartnerAgencySchema } from "../records";

const text = z.string().max(MAX_TEXT_LENGTH).trim().min(1);

/**
 * Id of a decision made at a meeting.
 *
 * @category Continuum
 */
export const MeetingDecisionIdSchema = idSchema<"MeetingDecisionId">();
/** @category Continuum */
export type MeetingDecisionId = z.output<typeof MeetingDecisionIdSchema>;

/**
 * Who someone is at a meeting: `child`; `parent`; `carer` (foster or kinship carer); `family`
 * (relatives); `network` (friends and community members of the safety network);
 * `professional` (a partner agency's practitioner, with `agency`); `social-worker`; `chair`
 * (conference chair); `independent-reviewing-officer`; `advocate`; `coordinator` (family group
 * conference coordinator); `legal` (a lawyer for the family or the authority).
 *
 * @category Continuum
 */
export const AttendeeRoleSchema = z.enum([
  "child",
  "parent",
  "carer",
  "family",
  "network",
  "professional",
  "social-worker",
  "chair",
  "independent-reviewing-officer",
  "advocate",
  "coordinator",
  "legal",
]);
/** @category Continuum */
export type AttendeeRole = z.output<typeof AttendeeRoleSchema>;

/**
 * An attendee's answer to the scaling question: where, from 0 to 10, they judge the child's
 * situation to be (10: everyone is confident the child is safe enough to close the case; 0: the
 * child will be hurt again or the harm is certain), and why. Recording each person's number
 * and reason shows agreement and difference across family, network and agencies.
 *
 * @category Continuum
 */
export const ScalingJudgementSchema = z.strictObject({
  /** The number given, 0 to 10 (half points allowed). */
  score: z.number().min(0).max(10).multipleOf(0.5),
  /** Why they gave that number, in their words. */
  reason: text,
});
/** @category Continuum */
export type ScalingJudgement = DeepReadonly<z.output<typeof ScalingJudgementSchema>>;

/**
 * Someone invited to a meeting.
 *
 * @category Continuum
 */
export const AttendeeSchema = z.strictObject({
  personId: PersonIdSchema,
  /** The name to show, as the family uses it. */
  name: text.optional(),
  role: AttendeeRoleSchema,
  /** For professionals: the partner agency they work for. */
  agency: PartnerAgencySchema.optional(),
  /** How they took part: in person, remotely, by sending a report, or not at all. */
  attendance: z.enum(["in-person", "remote", "report-only", "absent"]),
  /** Their scaling judgement, when they gave one. */
  scaling: ScalingJudgementSchema.optional(),
});
/** @category Continuum */
export type Attendee = DeepReadonly<z.output<typeof AttendeeSchema>>;

/**
 * A decision or action agreed at a meeting.
 *
 * @category Continuum
 */
export const MeetingDecisionSchema = z.strictObject({
  id: MeetingDecisionIdSchema,
  /** What was decided, in plain words. */
  text,
  /** Who will carry it out. */
  ownerId: PersonIdSchema.optional(),
  /** By when. */
  dueBy: IsoDateSchema.optional(),
  /** People who disagreed, by id; the chair records dissent (Working Together 2023). */
  dissentIds: z.array(PersonIdSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Continuum */
export type MeetingDecision = DeepReadonly<z.output<typeof MeetingDecisionSchema>>;

/**
 * The record of a meeting: who was invited and how they took part, each attendee's scaling
 * judgement with its reason, and the decisions. Strategy discussions, conferences, core
 * groups, CIN reviews, looked-after reviews, team-around-the-family meetings, family group
 * conferences, pre-proceedings meetings and network meetings all use it; the event that carries
 * it says which meeting it was.
 *
 * @category Continuum
 */
export const MeetingSchema = z.strictObject({
  /** Who chaired it (conference chair, independent reviewing officer, lead practitioner). */
  chairId: PersonIdSchema.optional(),
  attendees: z.array(AttendeeSchema).max(MAX_LIST_LENGTH),
  decisions: z.array(MeetingDecisionSchema).max(MAX_LIST_LENGTH),
});
/** @category Continuum */
export type Meeting = DeepReadonly<z.output<typeof MeetingSchema>>;
