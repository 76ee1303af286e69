import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, MAX_LIST_LENGTH, PersonIdSchema, type DeepReadonly } from "../core";
import { AssessmentFactorCodeSchema, ASSESSMENT_FACTOR_CODES, ClosureReasonCodeSchema, CpCategoryCodeSchema, DisabilityCodeSchema, DISABILITY_CODES, EthnicityCodeSchema, PrimaryNeedCodeSchema, ReferralSourceCodeSchema, SexCodeSchema } from "./codes/cinCensus";
import { EpisodeEndReasonCodeSchema, LegalStatusCodeSchema, MissingCodeSchema, NewEpisodeReasonCodeSchema, PlacementChangeReasonCodeSchema, PlacementProviderCodeSchema, PlacementTypeCodeSchema, ReviewParticipationCodeSchema } from "./codes/ssda903";

// The canonical child record that the metrics engine reads (core data set, "Input"; data
// standards section 11). One record per child: identity and characteristics, and every episode
// the child has had. The CIN census and SSDA903 readers produce it, and so does the continuum
// module from a case's service timeline (`toChildRecord`).
//
// The DfE code lists it uses are in codes/, one file per return (codes/cinCensus.ts,
// codes/ssda903.ts), so that every module that reads or writes them (continuum, readers, the
// metrics engine) depends on src/records and not on the metrics engine. The two vocabularies of
// kinsafe's own (final orders and plan types, for data with no national return) are here.

// ---------------------------------------------------------------------------------------------
// kinsafe's own vocabularies
// ---------------------------------------------------------------------------------------------

/**
 * The final order (or other end) of care proceedings: `care-order` (s31, full care order);
 * `supervision-order` (s31); `placement-order` (Adoption and Children Act 2002 s21);
 * `special-guardianship-order` (s14A); `child-arrangements-order` (s8); `no-order`;
 * `withdrawn` (application withdrawn with the court's permission).
 *
 * @category Records
 */
export const FINAL_ORDER_CODES = [
  "care-order",
  "supervision-order",
  "placement-order",
  "special-guardianship-order",
  "child-arrangements-order",
  "no-order",
  "withdrawn",
] as const;
/** A final order (see {@link FINAL_ORDER_CODES}). @category Records */
export const FinalOrderSchema = z.enum(FINAL_ORDER_CODES);
/** @category Records */
export type FinalOrder = z.output<typeof FinalOrderSchema>;

/**
 * The plan type a visit was made under: `early-help`, `cin` (child in need plan), `cp` (child
 * protection plan) or `lac` (looked after).
 *
 * @category Records
 */
export const PLAN_TYPES = ["early-help", "cin", "cp", "lac"] as const;
/** A plan type (see {@link PLAN_TYPES}). @category Records */
export const PlanTypeSchema = z.enum(PLAN_TYPES);
/** @category Records */
export type PlanType = z.output<typeof PlanTypeSchema>;

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------

/**
 * Most characters in a postcode or Ofsted URN of a looked-after episode: 100. A postcode has at
 * most 8 characters (`SW1A 1AA`) and a URN 8 (`SC123456`); the record allows more so that a
 * return with a badly spaced or annotated value still reads, while no value can grow without
 * bound.
 *
 * @internal
 */
export const MAX_RECORD_CODE_LENGTH = 100;

/**
 * Id of one row of a child record (an episode, assessment, plan, enquiry, visit). Readers make
 * them from the source (for example the position in the return); the continuum uses the id of
 * the service event that started the row.
 *
 * @category Records
 */
export const RecordIdSchema = idSchema<"RecordId">();
/** @category Records */
export type RecordId = z.output<typeof RecordIdSchema>;

/**
 * The child: identity and characteristics (CIN census ChildIdentifiers and
 * ChildCharacteristics; SSDA903 Header).
 *
 * @category Records
 */
export const ChildDetailsSchema = z.strictObject({
  /** The child's id: the local authority's own id (CIN `LAchildID`, SSDA903 `CHILD`). */
  childId: PersonIdSchema,
  /** The local authority's three-digit code (e.g. `"201"`), when records of several authorities are combined. */
  la: z.string().regex(/^\d{3}$/).optional(),
  /** Unique Pupil Number: a letter, 11 digits and a check character (letter or digit). */
  upn: z.string().regex(/^[A-Za-z]\d{11}[A-Za-z0-9]$/).optional(),
  sex: SexCodeSchema.optional(),
  /** Date of birth (absent for an unborn child). */
  dob: IsoDateSchema.optional(),
  /** Expected date of birth, for an unborn child. */
  expectedDob: IsoDateSchema.optional(),
  /** Date of death. */
  deathDate: IsoDateSchema.optional(),
  ethnicity: EthnicityCodeSchema.optional(),
  /** Disabilities; `["NONE"]` when the child has none; empty when not recorded. */
  disabilities: z.array(DisabilityCodeSchema).max(DISABILITY_CODES.length),
  /** Unaccompanied asylum-seeking child at any time (SSDA903 UASC). */
  uasc: z.boolean().optional(),
});
/** @category Records */
export type ChildDetails = DeepReadonly<z.output<typeof ChildDetailsSchema>>;

/**
 * A child and family assessment (CIN census Assessments).
 *
 * @category Records
 */
export const AssessmentRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `AssessmentActualStartDate`. */
  startDate: IsoDateSchema,
  /** `AssessmentAuthorisationDate`: when the assessment was completed and authorised; absent while it is open. */
  authorisationDate: IsoDateSchema.optional(),
  /** `FactorsIdentifiedAtAssessment`; empty until the assessment is authorised. `21` (no factors) is used alone. */
  factors: z.array(AssessmentFactorCodeSchema).max(ASSESSMENT_FACTOR_CODES.length),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type AssessmentRecord = DeepReadonly<z.output<typeof AssessmentRecordSchema>>;

/**
 * A child in need plan (CIN census CINPlanDates).
 *
 * @category Records
 */
export const CinPlanRecordSchema = z.strictObject({
  id: RecordIdSchema,
  startDate: IsoDateSchema,
  /** Absent while the plan is open. */
  endDate: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type CinPlanRecord = DeepReadonly<z.output<typeof CinPlanRecordSchema>>;

/**
 * A section 47 enquiry (CIN census Section47).
 *
 * @category Records
 */
export const Section47RecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `S47ActualStartDate`: the date of the strategy discussion that started the enquiry. */
  startDate: IsoDateSchema,
  /** The date of the strategy discussion, where known (Working Together measures the ICPC from it). */
  strategyDiscussionDate: IsoDateSchema.optional(),
  /** `InitialCPCtarget`: 15 working days after the start; absent when not computed. */
  icpcTargetDate: IsoDateSchema.optional(),
  /** `DateOfInitialCPC`: when the initial child protection conference was held. */
  icpcDate: IsoDateSchema.optional(),
  /** `ICPCnotRequired`: the enquiry concluded that no conference was needed; absent when the return did not record it. */
  icpcNotRequired: z.boolean().optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type Section47Record = DeepReadonly<z.output<typeof Section47RecordSchema>>;

/**
 * A child protection plan (CIN census ChildProtectionPlans).
 *
 * @category Records
 */
export const CpPlanRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `CPPstartDate`: the date of the conference that decided on the plan. */
  startDate: IsoDateSchema,
  /** `CPPendDate`; absent while the plan is open. Never the same day as the start. */
  endDate: IsoDateSchema.optional(),
  /** `InitialCategoryOfAbuse`; absent when the return did not record it. */
  initialCategory: CpCategoryCodeSchema.optional(),
  /** `LatestCategoryOfAbuse`; absent when the return did not record it. */
  latestCategory: CpCategoryCodeSchema.optional(),
  /** `NumberOfPreviousCPP`: earlier child protection plans the child has had (0 for a first plan); absent when the return did not record it. */
  numberOfPreviousCpp: z.number().int().min(0).optional(),
  /** `CPPreviewDate`s: the review conferences held while the plan was open. */
  reviewDates: z.array(IsoDateSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type CpPlanRecord = DeepReadonly<z.output<typeof CpPlanRecordSchema>>;

/**
 * One episode of need, from referral to closure (CIN census CINdetails with its modules).
 *
 * @category Records
 */
export const CinEpisodeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `CINreferralDate`: the start of the episode. */
  referralDate: IsoDateSchema,
  /** `ReferralSource`. */
  referralSource: ReferralSourceCodeSchema.optional(),
  /** `PrimaryNeedCode`; required once the referral led to further action. */
  primaryNeed: PrimaryNeedCodeSchema.optional(),
  /** `ReferralNFA`: the referral resulted in no further action; absent when the return did not record it. */
  referralNfa: z.boolean().optional(),
  /** `CINclosureDate`; absent while the episode is open. */
  closureDate: IsoDateSchema.optional(),
  /** `ReasonForClosure`; present exactly when `closureDate` is. */
  closureReason: ClosureReasonCodeSchema.optional(),
  /** `DateOfInitialCPC` at episode level: a conference not preceded by a section 47 enquiry in this episode (e.g. a transfer-in conference). */
  episodeIcpcDate: IsoDateSchema.optional(),
  assessments: z.array(AssessmentRecordSchema).max(MAX_LIST_LENGTH),
  cinPlans: z.array(CinPlanRecordSchema).max(MAX_LIST_LENGTH),
  section47s: z.array(Section47RecordSchema).max(MAX_LIST_LENGTH),
  cpPlans: z.array(CpPlanRecordSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type CinEpisodeRecord = DeepReadonly<z.output<typeof CinEpisodeRecordSchema>>;

/**
 * An early help episode (local data; there is no national return).
 *
 * @category Records
 */
export const EarlyHelpEpisodeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  startDate: IsoDateSchema,
  /** Absent while the episode is open. */
  endDate: IsoDateSchema.optional(),
  /** How it ended: needs met, stepped up to children's social care, consent withdrawn, or other. */
  outcome: z.enum(["needs-met", "stepped-up", "consent-withdrawn", "other"]).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type EarlyHelpEpisodeRecord = DeepReadonly<z.output<typeof EarlyHelpEpisodeRecordSchema>>;

/**
 * One looked-after episode in SSDA903 shape: an episode changes whenever the legal status or the
 * placement changes; the old one ends with `reasonEpisodeCeased` `X1` on the day the new one
 * starts. A period of care is a chain of episodes from `reasonForNewEpisode` `S` to a
 * `reasonEpisodeCeased` other than `X1`.
 *
 * @category Records
 */
export const LookedAfterEpisodeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `DECOM`: the date the episode started. */
  startDate: IsoDateSchema,
  /** `RNE`: the reason for the new episode. */
  reasonForNewEpisode: NewEpisodeReasonCodeSchema,
  /** `LS`: the legal status. */
  legalStatus: LegalStatusCodeSchema,
  /** `CIN`: the category of need, N1–N8. */
  categoryOfNeed: PrimaryNeedCodeSchema.optional(),
  /** `PLACE`: the placement type. */
  placementType: PlacementTypeCodeSchema,
  /** `PLACE_PROVIDER`: the placement provider; not required for temporary placements T0–T3. */
  placementProvider: PlacementProviderCodeSchema.optional(),
  /** `DEC`: the date the episode ceased; absent while open. */
  endDate: IsoDateSchema.optional(),
  /** `REC`: the reason the episode ceased; present exactly when `endDate` is. */
  reasonEpisodeCeased: EpisodeEndReasonCodeSchema.optional(),
  /** `REASON_PLACE_CHANGE`: the reason for the placement change, on an episode that ended with a placement change. */
  reasonForPlacementChange: PlacementChangeReasonCodeSchema.optional(),
  /** `HOME_POST`: postcode district of the child's home. */
  homePostcode: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** `PL_POST`: postcode district of the placement. */
  placementPostcode: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** `URN`: Ofsted unique reference number of the placement. */
  urn: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type LookedAfterEpisodeRecord = DeepReadonly<z.output<typeof LookedAfterEpisodeRecordSchema>>;

/**
 * A statutory looked-after review (SSDA903 Reviews).
 *
 * @category Records
 */
export const LookedAfterReviewRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `REVIEW`: the date of the review. */
  date: IsoDateSchema,
  /** `REVIEW_CODE`: how the child took part. */
  participation: ReviewParticipationCodeSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type LookedAfterReviewRecord = DeepReadonly<z.output<typeof LookedAfterReviewRecordSchema>>;

/**
 * A missing or away-without-authorisation incident (SSDA903 Missing).
 *
 * @category Records
 */
export const MissingRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `MISSING`: `M` (missing) or `A` (away without authorisation). */
  missingType: MissingCodeSchema,
  /** `MIS_START`: the date the child went missing or away. */
  startDate: IsoDateSchema,
  /** `MIS_END`: the date the child came back; absent while the child is still missing. */
  endDate: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type MissingRecord = DeepReadonly<z.output<typeof MissingRecordSchema>>;

/**
 * The collection year of a row of an SSDA903 return: the year of the 31 March that ends it
 * (`2025` for the year to 31 March 2025). Absent when the return's year was not given.
 *
 * @internal
 */
const CollectionYearSchema = z.number().int().min(1000).max(9999);

/**
 * One year's health and offending outcomes of a child looked after continuously for at least 12
 * months at 31 March (SSDA903 OC2, one row per child per return). The flags are the return's `0`
 * and `1`; each is absent when the return did not give it.
 *
 * @category Records
 */
export const LookedAfterOutcomeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** The collection year of the return the row came from (the year of the 31 March that ends it). */
  year: CollectionYearSchema.optional(),
  /** `SDQ_SCORE`: the total difficulties score of the Strengths and Difficulties Questionnaire, 0–40. */
  sdqScore: z.number().int().min(0).max(40).optional(),
  /** `SDQ_REASON`: why there is no score (`SDQ1` the child is under 4 or over 16 … `SDQ5`). */
  sdqReason: z.enum(["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"]).optional(),
  /** `CONVICTED`: convicted, or subject to a youth caution or youth conditional caution, during the year. */
  convicted: z.boolean().optional(),
  /** `HEALTH_CHECK`: development assessments up to date (children under 5). */
  healthCheck: z.boolean().optional(),
  /** `IMMUNISATIONS`: immunisations up to date. */
  immunisations: z.boolean().optional(),
  /** `TEETH_CHECK`: teeth checked by a dentist during the year. */
  teethCheck: z.boolean().optional(),
  /** `HEALTH_ASSESSMENT`: annual health assessment up to date. */
  healthAssessment: z.boolean().optional(),
  /** `SUBSTANCE_MISUSE`: identified as having a substance misuse problem during the year. */
  substanceMisuse: z.boolean().optional(),
  /** `INTERVENTION_RECEIVED`: received an intervention for the substance misuse problem. */
  interventionReceived: z.boolean().optional(),
  /** `INTERVENTION_OFFERED`: offered an intervention for it (and refused it). */
  interventionOffered: z.boolean().optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type LookedAfterOutcomeRecord = DeepReadonly<z.output<typeof LookedAfterOutcomeRecordSchema>>;

/**
 * A care leaver's situation on or around their birthday in a collection year (SSDA903 OC3, one
 * row per young person per return). The activity and accommodation codes are kept as the
 * return gives them, 1–4 capital letters or digits, not checked against DfE's lists (`ACTIV` e.g.
 * `F1`, `G6`; `ACCOM` a letter for the type and `1` suitable or `2` unsuitable, e.g. `S1`).
 *
 * @category Records
 */
export const CareLeaverOutcomeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** The collection year of the return the row came from. */
  year: CollectionYearSchema.optional(),
  /** `IN_TOUCH`: `YES`, `NO` (not in touch), `DIED`, `REFU` (refuses contact), `NREQ` (no longer requires services), `RHOM` (returned home to parents or others with parental responsibility). */
  inTouch: z.enum(["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"]).optional(),
  /** `ACTIV`: the main activity, as the return's code (1–4 capital letters or digits). */
  activity: z.string().regex(/^[A-Z0-9]{1,4}$/).optional(),
  /** `ACCOM`: the accommodation, as the return's code (1–4 capital letters or digits). */
  accommodation: z.string().regex(/^[A-Z0-9]{1,4}$/).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type CareLeaverOutcomeRecord = DeepReadonly<z.output<typeof CareLeaverOutcomeRecordSchema>>;

/**
 * An adoption (SSDA903 AD1, reported in the return of the year the child was adopted).
 *
 * @category Records
 */
export const AdoptionRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** The collection year of the return the row came from. */
  year: CollectionYearSchema.optional(),
  /** `DATE_INT`: the date of the decision that the child should be placed for adoption. */
  decisionDate: IsoDateSchema.optional(),
  /** `DATE_MATCH`: the date the child was matched with the prospective adopter(s). */
  matchDate: IsoDateSchema.optional(),
  /** `FOSTER_CARE`: adopted by their former foster carer(s). */
  fosterCarerAdoption: z.boolean().optional(),
  /** `NB_ADOPTR`: the number of adopters, 1 or 2. */
  numberOfAdopters: z.number().int().min(1).max(2).optional(),
  /** `SEX_ADOPTR`: `M1` a male adopter, `F1` a female adopter, `MM`/`FF`/`MF` a couple. */
  adopterSex: z.enum(["M1", "F1", "MM", "FF", "MF"]).optional(),
  /** `LS_ADOPTR`: the adopters' legal status (`L0` single; `L11`–`L12` civil partners; `L2` married; `L3`/`L4` unmarried couple or other, as the SSDA903 guide lists them). */
  adopterLegalStatus: z.enum(["L0", "L11", "L12", "L2", "L3", "L4"]).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type AdoptionRecord = DeepReadonly<z.output<typeof AdoptionRecordSchema>>;

/**
 * A decision that the child should be placed for adoption (SSDA903 PlacedAdoption), and when
 * and why it ceased to apply.
 *
 * @category Records
 */
export const AdoptionDecisionRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** The collection year of the return the row came from. */
  year: CollectionYearSchema.optional(),
  /** `DATE_PLACED`: the date of the decision that the child should be placed for adoption. */
  decisionDate: IsoDateSchema.optional(),
  /** `DATE_PLACED_CEASED`: the date of the decision that the child should no longer be placed for adoption. */
  ceasedDate: IsoDateSchema.optional(),
  /** `REASON_PLACED_CEASED`: why (`RD1`–`RD4`). */
  ceasedReason: z.enum(["RD1", "RD2", "RD3", "RD4"]).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type AdoptionDecisionRecord = DeepReadonly<z.output<typeof AdoptionDecisionRecordSchema>>;

/**
 * A statutory visit to the child.
 *
 * @category Records
 */
export const VisitRecordSchema = z.strictObject({
  id: RecordIdSchema,
  date: IsoDateSchema,
  /** The plan types open on the day of the visit, which the visit counts towards. */
  planTypes: z.array(PlanTypeSchema).max(PLAN_TYPES.length),
  /** Whether the child was seen alone. */
  seenAlone: z.boolean().optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type VisitRecord = DeepReadonly<z.output<typeof VisitRecordSchema>>;

/**
 * An extension of care proceedings beyond 26 weeks (Children Act 1989 s32(5), each of up to 8 weeks).
 *
 * @category Records
 */
export const ProceedingsExtensionRecordSchema = z.strictObject({
  /** The day the court granted it. */
  date: IsoDateSchema,
  /** Its length in weeks (at most 8). */
  weeks: z.number().int().min(1),
});
/** @category Records */
export type ProceedingsExtensionRecord = DeepReadonly<z.output<typeof ProceedingsExtensionRecordSchema>>;

/**
 * The public law journey of one case: pre-proceedings under the Public Law Outline, then care
 * proceedings. Either part may be absent (pre-proceedings that ended without an application;
 * an urgent application with no pre-proceedings).
 *
 * @category Records
 */
export const CareProceedingsRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** Start of pre-proceedings (legal gateway decision / letter before proceedings). */
  preProceedingsStart: IsoDateSchema.optional(),
  /** End of pre-proceedings, when they ended without an application. */
  preProceedingsEnd: IsoDateSchema.optional(),
  /** The day the care or supervision application was issued. */
  issueDate: IsoDateSchema.optional(),
  /** Extensions of the 26-week timetable the court granted (called `extensions` in earlier releases). */
  timetableExtensions: z.array(ProceedingsExtensionRecordSchema).max(MAX_LIST_LENGTH),
  /** The day of the final order (or withdrawal). */
  finalOrderDate: IsoDateSchema.optional(),
  finalOrder: FinalOrderSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type CareProceedingsRecord = DeepReadonly<z.output<typeof CareProceedingsRecordSchema>>;

/**
 * The version of the child record's shape that this release writes into stored records (kinsafe
 * JSON and JSON Lines), as each record's `schemaVersion`. `migrateChildRecord` brings older
 * records forward.
 *
 * - Version 1 (no `schemaVersion`): the looked-after episode's `decom`, `rne`, `ls`, `cin`,
 *   `place`, `provider`, `dec`, `rec`, `reasonPlaceChange` and the missing incident's `missing`,
 *   `start`, `end`.
 * - Version 2: those fields in words (`startDate`, `reasonForNewEpisode`, `legalStatus`,
 *   `categoryOfNeed`, `placementType`, `placementProvider`, `endDate`, `reasonEpisodeCeased`,
 *   `reasonForPlacementChange`; `missingType`, `startDate`, `endDate`), and `referralNfa`,
 *   `icpcNotRequired`, `numberOfPreviousCpp` and the categories of abuse absent when not recorded.
 *   Later releases of version 2 added the optional lists `lookedAfterOutcomes`,
 *   `careLeaverOutcomes`, `adoptions` and `adoptionDecisions` (SSDA903 OC2, OC3, AD1 and
 *   PlacedAdoption): every record stored before them is still valid as it is, so the version is
 *   unchanged and nothing is migrated.
 *
 * @category Records
 */
export const CHILD_RECORD_SCHEMA_VERSION = 2;

/**
 * The canonical child record: one child, every episode. This is the input of the metrics
 * engine, produced by the CIN census and SSDA903 readers and by `toChildRecord` from a service
 * timeline. Arrays are in date order.
 *
 * Bounds: every list holds at most 10,000 items; `factors`, `disabilities` and `planTypes` at
 * most the length of their code list (44, 13 and 4); `homePostcode`, `placementPostcode` and
 * `urn` 1–100 characters; `childId` and row ids follow the id rule (1–200 characters, no control
 * characters, no white space at either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Records
 */
export const ChildRecordSchema = z.strictObject({
  /**
   * The version of the record's shape ({@link CHILD_RECORD_SCHEMA_VERSION}), written with every
   * stored record so that a later release can migrate it; absent on records in memory. A stored
   * record without it is version 1 (see `migrateChildRecord`).
   */
  schemaVersion: z.literal(CHILD_RECORD_SCHEMA_VERSION).optional(),
  child: ChildDetailsSchema,
  /** Referrals and their episodes of need (CIN census). */
  cinEpisodes: z.array(CinEpisodeRecordSchema).max(MAX_LIST_LENGTH),
  earlyHelpEpisodes: z.array(EarlyHelpEpisodeRecordSchema).max(MAX_LIST_LENGTH),
  /** Looked-after episodes (SSDA903 Episodes). */
  lookedAfterEpisodes: z.array(LookedAfterEpisodeRecordSchema).max(MAX_LIST_LENGTH),
  /** Looked-after reviews (SSDA903 Reviews). */
  lookedAfterReviews: z.array(LookedAfterReviewRecordSchema).max(MAX_LIST_LENGTH),
  /** Missing and away-without-authorisation incidents (SSDA903 Missing). */
  missing: z.array(MissingRecordSchema).max(MAX_LIST_LENGTH),
  visits: z.array(VisitRecordSchema).max(MAX_LIST_LENGTH),
  careProceedings: z.array(CareProceedingsRecordSchema).max(MAX_LIST_LENGTH),
  /** Health and offending outcomes of children looked after for 12 months at 31 March, a row per return (SSDA903 OC2); absent when none was read. */
  lookedAfterOutcomes: z.array(LookedAfterOutcomeRecordSchema).max(MAX_LIST_LENGTH).optional(),
  /** A care leaver's activity and accommodation, a row per return (SSDA903 OC3); absent when none was read. */
  careLeaverOutcomes: z.array(CareLeaverOutcomeRecordSchema).max(MAX_LIST_LENGTH).optional(),
  /** Adoptions (SSDA903 AD1); absent when none was read. */
  adoptions: z.array(AdoptionRecordSchema).max(MAX_LIST_LENGTH).optional(),
  /** Decisions that the child should be placed for adoption (SSDA903 PlacedAdoption); absent when none was read. */
  adoptionDecisions: z.array(AdoptionDecisionRecordSchema).max(MAX_LIST_LENGTH).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Records */
export type ChildRecord = DeepReadonly<z.output<typeof ChildRecordSchema>>;
