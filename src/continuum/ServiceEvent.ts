import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, IsoDateTimeSchema, PersonIdSchema, type DeepReadonly, MAX_TEXT_LENGTH } from "../core";
import { AssessmentMapIdSchema, MapVariantSchema } from "../assessment";
import {
  ASSESSMENT_FACTOR_CODES,
  AssessmentFactorCodeSchema,
  ClosureReasonCodeSchema,
  CpCategoryCodeSchema,
  EpisodeEndReasonCodeSchema,
  FinalOrderSchema,
  LegalStatusCodeSchema,
  PlacementChangeReasonCodeSchema,
  PlacementProviderCodeSchema,
  PlacementTypeCodeSchema,
  PrimaryNeedCodeSchema,
  ReviewParticipationCodeSchema,
  PartnerAgencySchema,
  ReferrerSchema,
} from "../records";
import { MeetingSchema } from "./Meeting";

// Schemas of the per-child service timeline's events: a discriminated union on `type`.
// Vocabulary: Working Together to Safeguard Children 2023; Children Act 1989; the CIN census and
// SSDA903 returns (domain specification section 6).

const text = z.string().max(MAX_TEXT_LENGTH).trim().min(1);

/**
 * Id of one event on a service timeline.
 *
 * @category Continuum
 */
export const ServiceEventIdSchema = idSchema<"ServiceEventId">();
/** @category Continuum */
export type ServiceEventId = z.output<typeof ServiceEventIdSchema>;

// A safety plan is kept by the networks-and-plans module; the continuum only refers to it.
// Brands are structural, so this is the same type as that module's safety plan id.
const SafetyPlanRefSchema = idSchema<"SafetyPlanId">();

/**
 * What the family's Signs of Safety work looked like at a transition: which assessment map
 * (and which version of it) and which safety plan were current, and the map variant in use.
 * The practice record crosses levels: the same map continues when a child steps up or down,
 * shown with the labels of the new level (see `mapVariantForLevel`).
 *
 * @category Continuum
 */
export const PracticeRecordSchema = z.strictObject({
  assessmentMapId: AssessmentMapIdSchema.optional(),
  /** The map's `version` at the time. */
  assessmentMapVersion: z.number().int().min(1).optional(),
  /** The safety plan current at the time. */
  safetyPlanId: SafetyPlanRefSchema.optional(),
  /** The map variant shown: wellbeing, safety, success or belonging. */
  variant: MapVariantSchema.optional(),
});
/** @category Continuum */
export type PracticeRecord = DeepReadonly<z.output<typeof PracticeRecordSchema>>;

const base = {
  id: ServiceEventIdSchema,
  /** The day it happened (for meetings, the day of the meeting). */
  date: IsoDateSchema,
  /** Who recorded it. */
  recordedBy: PersonIdSchema.optional(),
  /** A short note in the practitioner's words. */
  note: text.optional(),
  /** The assessment map and safety plan current at this event. */
  practice: PracticeRecordSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
};

/** @category Continuum */
export const ContactEventSchema = z.strictObject({
  ...base,
  type: z.literal("contact"),
  /** Who made contact with the front door. */
  referrer: ReferrerSchema,
});

/** @category Continuum */
export const ReferralEventSchema = z.strictObject({
  ...base,
  type: z.literal("referral"),
  /** Who referred; gives the CIN census referral source (see `referralSourceFor`). */
  referrer: ReferrerSchema,
  /** Category of need, once known. */
  primaryNeed: PrimaryNeedCodeSchema.optional(),
});

/** @category Continuum */
export const ReferralDecisionEventSchema = z.strictObject({
  ...base,
  type: z.literal("referral-decision"),
  /**
   * What happens next (Working Together 2023: decided within one working day): a child and
   * family `assessment`; a `strategy-discussion` because there is reasonable cause to suspect
   * significant harm; `early-help`; or `no-further-action` (CIN census ReferralNFA).
   */
  decision: z.enum(["assessment", "strategy-discussion", "early-help", "no-further-action"]),
  primaryNeed: PrimaryNeedCodeSchema.optional(),
});

/** @category Continuum */
export const EarlyHelpStartEventSchema = z.strictObject({
  ...base,
  type: z.literal("early-help-start"),
  /** The family agreed to early help. Early help is voluntary: it needs consent. */
  consent: z.boolean(),
  /** The lead practitioner, chosen with the family. */
  leadPractitionerId: PersonIdSchema.optional(),
  /** The lead practitioner's agency. */
  leadAgency: PartnerAgencySchema.optional(),
});

/** @category Continuum */
export const EarlyHelpEndEventSchema = z.strictObject({
  ...base,
  type: z.literal("early-help-end"),
  /** Needs met, stepped up to children's social care, consent withdrawn, or other. */
  outcome: z.enum(["needs-met", "stepped-up", "consent-withdrawn", "other"]),
});

/** @category Continuum */
export const TeamAroundTheFamilyEventSchema = z.strictObject({ ...base, type: z.literal("team-around-the-family"), meeting: MeetingSchema });

/** @category Continuum */
export const AssessmentStartEventSchema = z.strictObject({ ...base, type: z.literal("assessment-start") });

/** @category Continuum */
export const AssessmentCompleteEventSchema = z.strictObject({
  ...base,
  type: z.literal("assessment-complete"),
  /** The date is the authorisation date. What the assessment concluded. */
  outcome: z.enum(["no-further-action", "early-help", "child-in-need-plan", "strategy-discussion", "continue-current-plan"]),
  /** CIN census factors identified at assessment; `21` (no factors) alone. */
  factors: z.array(AssessmentFactorCodeSchema).max(ASSESSMENT_FACTOR_CODES.length),
  primaryNeed: PrimaryNeedCodeSchema.optional(),
});

/** @category Continuum */
export const StrategyDiscussionEventSchema = z.strictObject({
  ...base,
  type: z.literal("strategy-discussion"),
  /** Whether there is reasonable cause to suspect the child is suffering, or likely to suffer, significant harm (Children Act 1989 s47). */
  reasonableCauseToSuspectSignificantHarm: z.boolean(),
  /** Whether a section 47 enquiry is started. */
  decision: z.enum(["section-47", "no-section-47"]),
  meeting: MeetingSchema,
});

/** @category Continuum */
export const Section47StartEventSchema = z.strictObject({
  ...base,
  type: z.literal("section-47-start"),
  /** The strategy discussion that decided on the enquiry. */
  strategyDiscussionId: ServiceEventIdSchema,
});

/** @category Continuum */
export const Section47OutcomeEventSchema = z.strictObject({
  ...base,
  type: z.literal("section-47-outcome"),
  /** Whether the concerns were substantiated. */
  concerns: z.enum(["substantiated", "not-substantiated", "unclear"]),
  /** Whether an initial child protection conference is needed (CIN census ICPCnotRequired is its negation). */
  icpcRequired: z.boolean(),
});

/** @category Continuum */
export const InitialConferenceEventSchema = z.strictObject({
  ...base,
  type: z.literal("initial-conference"),
  /** `initial` after a section 47 enquiry; `transfer-in` for a child who moved in on a plan. */
  kind: z.enum(["initial", "transfer-in"]),
  /** Whether the child needs a child protection plan. */
  decision: z.enum(["child-protection-plan", "no-plan"]),
  /** The category the chair decided, when a plan is needed. */
  category: CpCategoryCodeSchema.optional(),
  meeting: MeetingSchema,
});

/** @category Continuum */
export const CpPlanStartEventSchema = z.strictObject({
  ...base,
  type: z.literal("cp-plan-start"),
  /** The conference that decided on the plan. */
  conferenceId: ServiceEventIdSchema,
  category: CpCategoryCodeSchema,
  /** Earlier plans the child had elsewhere; plans on this timeline are counted automatically. */
  previousPlansElsewhere: z.number().int().min(0).optional(),
});

/** @category Continuum */
export const ReviewConferenceEventSchema = z.strictObject({
  ...base,
  type: z.literal("review-conference"),
  decision: z.enum(["continue-plan", "end-plan"]),
  /** The latest category, when the conference changed it. */
  category: CpCategoryCodeSchema.optional(),
  meeting: MeetingSchema,
});

/** @category Continuum */
export const CoreGroupEventSchema = z.strictObject({ ...base, type: z.literal("core-group"), meeting: MeetingSchema });

/** @category Continuum */
export const CpPlanEndEventSchema = z.strictObject({
  ...base,
  type: z.literal("cp-plan-end"),
  /** Where the child goes next. */
  stepDownTo: z.enum(["child-in-need", "early-help", "looked-after", "closure", "transfer-out"]),
});

/** @category Continuum */
export const CinPlanStartEventSchema = z.strictObject({ ...base, type: z.literal("cin-plan-start") });

/** @category Continuum */
export const CinReviewEventSchema = z.strictObject({ ...base, type: z.literal("cin-review"), meeting: MeetingSchema });

/** @category Continuum */
export const CinPlanEndEventSchema = z.strictObject({
  ...base,
  type: z.literal("cin-plan-end"),
  /** Where the child goes next. */
  next: z.enum(["early-help", "child-protection", "looked-after", "closure"]),
});

/** @category Continuum */
export const PreProceedingsStartEventSchema = z.strictObject({
  ...base,
  type: z.literal("pre-proceedings-start"),
  /** When the letter before proceedings was sent. */
  letterBeforeProceedingsDate: IsoDateSchema.optional(),
  /** Whether family group decision making was offered (expected at pre-proceedings). */
  familyGroupDecisionMakingOffered: z.boolean().optional(),
});

/** @category Continuum */
export const PreProceedingsMeetingEventSchema = z.strictObject({ ...base, type: z.literal("pre-proceedings-meeting"), meeting: MeetingSchema });

/** @category Continuum */
export const PreProceedingsEndEventSchema = z.strictObject({
  ...base,
  type: z.literal("pre-proceedings-end"),
  /** Stepped back to child protection or child in need, or proceedings to be issued. */
  outcome: z.enum(["step-down", "issue-proceedings"]),
});

/** @category Continuum */
export const CareProceedingsIssuedEventSchema = z.strictObject({
  ...base,
  type: z.literal("care-proceedings-issued"),
  /** The court's case number. */
  caseNumber: text.optional(),
});

/** @category Continuum */
export const CareProceedingsExtendedEventSchema = z.strictObject({
  ...base,
  type: z.literal("care-proceedings-extended"),
  /** Length of the extension in weeks (Children Act 1989 s32(8): at most 8). */
  weeks: z.number().int().min(1),
  /** Why the court found it necessary to resolve the proceedings justly. */
  reason: text,
});

/** @category Continuum */
export const CareProceedingsFinalOrderEventSchema = z.strictObject({ ...base, type: z.literal("care-proceedings-final-order"), order: FinalOrderSchema });

/** @category Continuum */
export const PoliceProtectionStartEventSchema = z.strictObject({
  ...base,
  type: z.literal("police-protection-start"),
  /** When the child was taken into police protection (Children Act 1989 s46; at most 72 hours). */
  at: IsoDateTimeSchema,
});

/** @category Continuum */
export const PoliceProtectionEndEventSchema = z.strictObject({ ...base, type: z.literal("police-protection-end"), at: IsoDateTimeSchema });

/** @category Continuum */
export const EmergencyProtectionOrderEventSchema = z.strictObject({
  ...base,
  type: z.literal("emergency-protection-order"),
  /** The police protection the order follows: its eight days then begin with the first day of police protection (s45(3)). */
  policeProtectionId: ServiceEventIdSchema.optional(),
});

/** @category Continuum */
export const EmergencyProtectionOrderExtendedEventSchema = z.strictObject({
  ...base,
  type: z.literal("emergency-protection-order-extended"),
  /** Length of the extension in days (s45(5): once, at most 7). */
  days: z.number().int().min(1),
});

/** @category Continuum */
export const EmergencyProtectionOrderEndEventSchema = z.strictObject({ ...base, type: z.literal("emergency-protection-order-end") });

/** @category Continuum */
export const LookedAfterStartEventSchema = z.strictObject({
  ...base,
  type: z.literal("looked-after-start"),
  /** The legal basis (SSDA903 LS). */
  legalStatus: LegalStatusCodeSchema,
  placement: PlacementTypeCodeSchema,
  provider: PlacementProviderCodeSchema.optional(),
  /** SSDA903 CIN: category of need, N1–N8. */
  categoryOfNeed: PrimaryNeedCodeSchema.optional(),
  homePostcode: text.optional(),
  placementPostcode: text.optional(),
  urn: text.optional(),
  /**
   * Whether the placement is intended to last until the child is 18 (the care plan's
   * permanence decision). After the placement's first year it sets the visit interval: three
   * months when `true`, six weeks when `false` (CPPCR Regulations 2010 reg 28(2)(c)). When not
   * recorded, the SSDA903 placement types of long-term fostering, `U1` and `U4`, count as
   * intended to last until 18 and every other type does not.
   */
  intendedUntil18: z.boolean().optional(),
});

/** @category Continuum */
export const LookedAfterChangeEventSchema = z.strictObject({
  ...base,
  type: z.literal("looked-after-change"),
  /** SSDA903 RNE of the new episode: L legal status only; P placement and carer; T placement, same carer; B legal status, placement and carer; U legal status and placement, same carer. */
  reason: z.enum(["L", "P", "T", "B", "U"]),
  /** The new legal status (with L, B and U). */
  legalStatus: LegalStatusCodeSchema.optional(),
  /** The new placement (with P, T, B and U). */
  placement: PlacementTypeCodeSchema.optional(),
  provider: PlacementProviderCodeSchema.optional(),
  /** Why the placement changed (SSDA903 REASON_PLACE_CHANGE), with P, T, B and U. */
  reasonPlaceChange: PlacementChangeReasonCodeSchema.optional(),
  placementPostcode: text.optional(),
  urn: text.optional(),
  /**
   * Whether the new placement (with P, T, B and U) or the current one (with L, when the plan
   * changes) is intended to last until the child is 18 (the care plan's
   * permanence decision). After the placement's first year it sets the visit interval: three
   * months when `true`, six weeks when `false` (CPPCR Regulations 2010 reg 28(2)(c)). When not
   * recorded, the SSDA903 placement types of long-term fostering, `U1` and `U4`, count as
   * intended to last until 18 and every other type does not.
   */
  intendedUntil18: z.boolean().optional(),
});

/** @category Continuum */
export const LookedAfterReviewEventSchema = z.strictObject({
  ...base,
  type: z.literal("looked-after-review"),
  /** How the child took part (SSDA903 REVIEW_CODE). */
  participation: ReviewParticipationCodeSchema.optional(),
  meeting: MeetingSchema,
});

/** @category Continuum */
export const LookedAfterEndEventSchema = z.strictObject({
  ...base,
  type: z.literal("looked-after-end"),
  /** SSDA903 REC; `X1` is not allowed here (a change of episode is `looked-after-change`). */
  reason: EpisodeEndReasonCodeSchema.exclude(["X1"]),
});

/** @category Continuum */
export const VisitEventSchema = z.strictObject({
  ...base,
  type: z.literal("visit"),
  /** Who visited. */
  visitorId: PersonIdSchema.optional(),
  /** Whether the child was seen alone. */
  seenAlone: z.boolean().optional(),
});

/** @category Continuum */
export const FamilyGroupConferenceEventSchema = z.strictObject({ ...base, type: z.literal("family-group-conference"), meeting: MeetingSchema });

/** @category Continuum */
export const NetworkMeetingEventSchema = z.strictObject({ ...base, type: z.literal("network-meeting"), meeting: MeetingSchema });

/** @category Continuum */
export const TransferInEventSchema = z.strictObject({
  ...base,
  type: z.literal("transfer-in"),
  /** The authority the child's case came from. */
  fromAuthority: text,
  /** Whether the child arrived on a child protection plan (a transfer-in conference follows). */
  onChildProtectionPlan: z.boolean(),
  primaryNeed: PrimaryNeedCodeSchema.optional(),
});

/** @category Continuum */
export const TransferOutEventSchema = z.strictObject({
  ...base,
  type: z.literal("transfer-out"),
  /** The authority that takes over. The episode closes with RC5. */
  toAuthority: text,
});

/** @category Continuum */
export const ClosureEventSchema = z.strictObject({
  ...base,
  type: z.literal("closure"),
  /** CIN census reason for closure. */
  reason: ClosureReasonCodeSchema,
});

/**
 * One event on a child's service timeline. The `type` says which; each type has its own
 * fields (see the member schemas). Events are facts: they are appended in date order with
 * `applyServiceEvent`, which refuses an event the transition rules do not allow.
 *
 * @category Continuum
 */
export const ServiceEventSchema = z.discriminatedUnion("type", [
  ContactEventSchema,
  ReferralEventSchema,
  ReferralDecisionEventSchema,
  EarlyHelpStartEventSchema,
  EarlyHelpEndEventSchema,
  TeamAroundTheFamilyEventSchema,
  AssessmentStartEventSchema,
  AssessmentCompleteEventSchema,
  StrategyDiscussionEventSchema,
  Section47StartEventSchema,
  Section47OutcomeEventSchema,
  InitialConferenceEventSchema,
  CpPlanStartEventSchema,
  ReviewConferenceEventSchema,
  CoreGroupEventSchema,
  CpPlanEndEventSchema,
  CinPlanStartEventSchema,
  CinReviewEventSchema,
  CinPlanEndEventSchema,
  PreProceedingsStartEventSchema,
  PreProceedingsMeetingEventSchema,
  PreProceedingsEndEventSchema,
  CareProceedingsIssuedEventSchema,
  CareProceedingsExtendedEventSchema,
  CareProceedingsFinalOrderEventSchema,
  PoliceProtectionStartEventSchema,
  PoliceProtectionEndEventSchema,
  EmergencyProtectionOrderEventSchema,
  EmergencyProtectionOrderExtendedEventSchema,
  EmergencyProtectionOrderEndEventSchema,
  LookedAfterStartEventSchema,
  LookedAfterChangeEventSchema,
  LookedAfterReviewEventSchema,
  LookedAfterEndEventSchema,
  VisitEventSchema,
  FamilyGroupConferenceEventSchema,
  NetworkMeetingEventSchema,
  TransferInEventSchema,
  TransferOutEventSchema,
  ClosureEventSchema,
]);
/** @category Continuum */
export type ServiceEvent = DeepReadonly<z.output<typeof ServiceEventSchema>>;
/** The `type` of a service event. @category Continuum */
export type ServiceEventType = ServiceEvent["type"];
/** The service event of one type, e.g. `ServiceEventOf<"referral">`. @category Continuum */
export type ServiceEventOf<T extends ServiceEventType> = Extract<ServiceEvent, { readonly type: T }>;

/**
 * Every service event type, in the order of the service journey.
 *
 * @category Continuum
 */
export const SERVICE_EVENT_TYPES: readonly ServiceEventType[] = ServiceEventSchema.options.map((o) => o.shape.type.value);
