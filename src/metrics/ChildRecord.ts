import * as z from "zod";
import { ExtensionsSchema, idSchema, IsoDateSchema, MAX_LIST_LENGTH, PersonIdSchema, type DeepReadonly } from "../core";

// The canonical child record that the metrics engine reads (core data set, "Input"; data
// standards section 11). One record per child: identity and characteristics, and every episode
// the child has had. The CIN census and SSDA903 readers produce it, and so does the continuum
// module from a case's service timeline (`toChildRecord`).
//
// The DfE code lists live here, beside the record that uses them, so that every module that
// reads or writes them (continuum, readers, the metrics engine) depends on this one file.
// Sources: DfE CIN census guide and XSD 2024-25/2025-26; SSDA903 guide and validator code lists
// (data standards sections 2.3 and 3.2).

// ---------------------------------------------------------------------------------------------
// CIN census code lists
// ---------------------------------------------------------------------------------------------

/**
 * CIN census `ReferralSource` (CBDS N00152): who made the referral.
 *
 * - `1A` individual: family member, relative or carer
 * - `1B` individual: acquaintance (neighbour, child minder)
 * - `1C` individual: self
 * - `1D` individual: other (including strangers)
 * - `2A` schools
 * - `2B` education services
 * - `3A` health: GP
 * - `3B` health: health visitor
 * - `3C` health: school nurse
 * - `3D` health: other primary health services
 * - `3E` health: A&E
 * - `3F` health: other (e.g. hospice)
 * - `4` housing (LA housing or housing association)
 * - `5A` LA services: social care (e.g. adult social care)
 * - `5B` LA services: other internal department (e.g. youth offending), excluding housing
 * - `5C` LA services: external (e.g. another LA's services)
 * - `5D` LA services: early help (from 2022-23)
 * - `6` police
 * - `7` other legal agency (courts, probation, immigration, Cafcass, prison)
 * - `8` other (children's centres, independent providers, voluntary organisations)
 * - `9` anonymous
 * - `10` unknown
 *
 * Source: DfE CIN census guide 2024-25, ReferralSource code set.
 *
 * @category Metrics
 */
export const REFERRAL_SOURCE_CODES = [
  "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10",
] as const;
/** A CIN census referral source code (see {@link REFERRAL_SOURCE_CODES}). @category Metrics */
export const ReferralSourceCodeSchema = z.enum(REFERRAL_SOURCE_CODES);
/** @category Metrics */
export type ReferralSourceCode = z.output<typeof ReferralSourceCodeSchema>;

/**
 * CIN census `PrimaryNeedCode` (CBDS N00101), the category of need:
 * `N0` not stated; `N1` abuse or neglect (from 2025-26 "abuse, neglect and exploitation");
 * `N2` child's disability; `N3` parental disability or illness; `N4` family in acute stress;
 * `N5` family dysfunction; `N6` socially unacceptable behaviour; `N7` low income; `N8` absent
 * parenting; `N9` cases other than children in need. SSDA903 `CIN` uses N1–N8 only.
 *
 * Source: DfE CIN census guide 2024-25 and 2025-26.
 *
 * @category Metrics
 */
export const PRIMARY_NEED_CODES = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"] as const;
/** A primary need code (see {@link PRIMARY_NEED_CODES}). @category Metrics */
export const PrimaryNeedCodeSchema = z.enum(PRIMARY_NEED_CODES);
/** @category Metrics */
export type PrimaryNeedCode = z.output<typeof PrimaryNeedCodeSchema>;

/**
 * CIN census `ReasonForClosure` (CBDS N00103):
 * `RC1` adopted; `RC2` died; `RC3` child arrangements order; `RC4` special guardianship
 * order; `RC5` transferred to services of another local authority; `RC6` transferred to adult
 * social care; `RC7` services ceased for any other reason, including the child no longer being
 * in need; `RC8` case closed after assessment, no further action; `RC9` case closed after
 * assessment, referred to early help (from 2022-23). RC8 and RC9 need an assessment in the
 * episode and no CIN plan, section 47 enquiry or CP plan (CIN census validation rules).
 *
 * Source: DfE CIN census guide 2024-25.
 *
 * @category Metrics
 */
export const CLOSURE_REASON_CODES = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"] as const;
/** A reason for closure (see {@link CLOSURE_REASON_CODES}). @category Metrics */
export const ClosureReasonCodeSchema = z.enum(CLOSURE_REASON_CODES);
/** @category Metrics */
export type ClosureReasonCode = z.output<typeof ClosureReasonCodeSchema>;

/**
 * CIN census category of abuse (`InitialCategoryOfAbuse` N00113, `LatestCategoryOfAbuse`
 * N00114), decided by the conference chair when a child protection plan is needed:
 * `NEG` neglect; `PHY` physical abuse; `SAB` sexual abuse; `EMO` emotional abuse; `MUL`
 * multiple (not recommended).
 *
 * Source: Working Together to Safeguard Children 2023 (categories); DfE CIN census guide.
 *
 * @category Metrics
 */
export const CP_CATEGORY_CODES = ["NEG", "PHY", "SAB", "EMO", "MUL"] as const;
/** A child protection plan category (see {@link CP_CATEGORY_CODES}). @category Metrics */
export const CpCategoryCodeSchema = z.enum(CP_CATEGORY_CODES);
/** @category Metrics */
export type CpCategoryCode = z.output<typeof CpCategoryCodeSchema>;

/**
 * CIN census `AssessmentFactors` (CBDS N00181), factors identified at the end of an assessment
 * ("concerns about …"): `1A`–`1C` alcohol misuse by the child / a parent or carer / another
 * person in the household; `2A`–`2C` drug misuse (same three); `3A`–`3C` domestic abuse (the
 * child / a parent or carer / another person is the subject); `4A`–`4C` mental health;
 * `5A`–`5C` learning disability; `6A`–`6C` physical disability or illness; `7A` young carer;
 * `8B`–`8F` privately fostered (overseas child returning / staying, UK child in educational
 * placement, UK child in alternative family arrangement, other); `9A` unaccompanied
 * asylum-seeking child; `10A` going or being missing; `11A` child sexual exploitation; `12A`
 * trafficking; `13A` gangs; `14A` socially unacceptable behaviour; `15A` self-harm; `16A`
 * neglect; `17A` emotional abuse; `18B`/`18C` physical abuse, child on child / adult on child;
 * `19B`/`19C` sexual abuse, child on child / adult on child; `20` other; `21` no factors
 * identified (used alone); `22A` female genital mutilation; `23A` abuse linked to faith or
 * belief; `24A` child criminal exploitation. `18A` and `19A` are the codes before the split,
 * still found in older data.
 *
 * Source: DfE CIN census guide 2024-25.
 *
 * @category Metrics
 */
export const ASSESSMENT_FACTOR_CODES = [
  "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A",
  "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C",
  "19A", "19B", "19C", "20", "21", "22A", "23A", "24A",
] as const;
/** An assessment factor code (see {@link ASSESSMENT_FACTOR_CODES}). @category Metrics */
export const AssessmentFactorCodeSchema = z.enum(ASSESSMENT_FACTOR_CODES);
/** @category Metrics */
export type AssessmentFactorCode = z.output<typeof AssessmentFactorCodeSchema>;

/**
 * Sex as the returns record it from 2024-25: `M` male, `F` female, `U` unknown or not recorded
 * (and always `U` for an unborn child). Older values (`1`, `2`, `0`, `9` in CIN; `1`, `2` in
 * SSDA903) are normalised to these by the readers.
 *
 * Source: DfE CIN census 2024-25 (`Sex`, N00783); SSDA903 2024-25 (`SEX`).
 *
 * @category Metrics
 */
export const SEX_CODES = ["M", "F", "U"] as const;
/** A sex code (see {@link SEX_CODES}). @category Metrics */
export const SexCodeSchema = z.enum(SEX_CODES);
/** @category Metrics */
export type SexCode = z.output<typeof SexCodeSchema>;

/**
 * Ethnicity (CBDS N00177), the same 20 codes in CIN, SSDA903 and the workforce census:
 * `WBRI` White British; `WIRI` White Irish; `WIRT` Traveller of Irish heritage; `WOTH` any other
 * White background; `WROM` Gypsy/Roma; `MWBC` White and Black Caribbean; `MWBA` White and Black
 * African; `MWAS` White and Asian; `MOTH` any other mixed background; `AIND` Indian; `APKN`
 * Pakistani; `ABAN` Bangladeshi; `AOTH` any other Asian background; `BCRB` Caribbean; `BAFR`
 * African; `BOTH` any other Black background; `CHNE` Chinese; `OOTH` any other ethnic group;
 * `REFU` refused; `NOBT` information not yet obtained.
 *
 * Source: DfE common basic data set, ethnicity main codes.
 *
 * @category Metrics
 */
export const ETHNICITY_CODES = [
  "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE",
  "OOTH", "REFU", "NOBT",
] as const;
/** An ethnicity code (see {@link ETHNICITY_CODES}). @category Metrics */
export const EthnicityCodeSchema = z.enum(ETHNICITY_CODES);
/** @category Metrics */
export type EthnicityCode = z.output<typeof EthnicityCodeSchema>;

/**
 * Disability (CBDS N00099): `NONE` no disability (used alone); `MOB` mobility; `HAND` hand
 * function; `PC` personal care; `INC` incontinence; `COMM` communication; `LD` learning;
 * `HEAR` hearing; `VIS` vision; `BEH` behaviour; `CON` consciousness; `AUT` autism or Asperger
 * syndrome; `DDA` other disability under the Equality Act.
 *
 * Source: DfE CIN census guide 2024-25.
 *
 * @category Metrics
 */
export const DISABILITY_CODES = ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"] as const;
/** A disability code (see {@link DISABILITY_CODES}). @category Metrics */
export const DisabilityCodeSchema = z.enum(DISABILITY_CODES);
/** @category Metrics */
export type DisabilityCode = z.output<typeof DisabilityCodeSchema>;

// ---------------------------------------------------------------------------------------------
// SSDA903 code lists
// ---------------------------------------------------------------------------------------------

/**
 * SSDA903 `LS`, the legal status of a looked-after episode:
 * `C1` interim care order (s38); `C2` full care order (s31); `D1` freeing order (pre-2005 law);
 * `E1` placement order; `V2` single period of accommodation under section 20; `V3` agreed series
 * of short-term breaks, individual episodes recorded; `V4` agreed series of short-term breaks,
 * agreements recorded; `L1` under police protection and in local authority accommodation
 * (s46); `L2` emergency protection order (s44); `L3` child assessment order and in local
 * authority accommodation; `J1` remanded to local authority accommodation or youth detention
 * accommodation; `J2` placed in local authority accommodation under PACE 1984; `J3` sentenced to
 * a youth rehabilitation order with a residence or intensive fostering requirement.
 * V3 and V4 (short breaks) are excluded from DfE headline counts.
 *
 * Source: DfE SSDA903 guide; Children Act 1989.
 *
 * @category Metrics
 */
export const LEGAL_STATUS_CODES = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"] as const;
/** An SSDA903 legal status (see {@link LEGAL_STATUS_CODES}). @category Metrics */
export const LegalStatusCodeSchema = z.enum(LEGAL_STATUS_CODES);
/** @category Metrics */
export type LegalStatusCode = z.output<typeof LegalStatusCodeSchema>;

/**
 * SSDA903 `RNE`, the reason for a new episode: `S` started to be looked after; `L` change of
 * legal status only; `P` change of placement and carer(s) only; `T` change of placement, same
 * carer(s); `B` change of legal status and placement and carer(s); `U` change of legal status and
 * placement, same carer(s).
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Metrics
 */
export const NEW_EPISODE_REASON_CODES = ["S", "L", "P", "T", "B", "U"] as const;
/** An SSDA903 reason for new episode (see {@link NEW_EPISODE_REASON_CODES}). @category Metrics */
export const NewEpisodeReasonCodeSchema = z.enum(NEW_EPISODE_REASON_CODES);
/** @category Metrics */
export type NewEpisodeReasonCode = z.output<typeof NewEpisodeReasonCodeSchema>;

/**
 * SSDA903 `REC`, the reason an episode ceased: `X1` the episode ceases and a new one begins the
 * same day (the child stays looked after); `E11`/`E12` adopted (application unopposed / consent
 * dispensed with); `E2` died; `E3` care taken over by another local authority in the UK;
 * `E4A`/`E4B` returned home to parents or relatives with parental responsibility as part of /
 * not as part of the care plan; `E13` left care to live with parents, relatives or others with
 * no parental responsibility; `E41` residence or child arrangements order; `E43`/`E44` (to
 * 2017-18) special guardianship order to former foster carers / other carers; `E45`/`E46`
 * special guardianship order to former foster carer, relative or friend / other; `E47`/`E48`
 * special guardianship order to a carer other than the former foster carer, relative or friend
 * / other; `E5`/`E6` moved to independent living with / without formal support; `E7` transferred
 * to residential care funded by adult social care; `E8` ceased for any other reason; `E9`
 * sentenced to custody; `E14` accommodation on remand ended; `E15` age assessment found the child
 * to be 18 or over; `E16` child moved abroad; `E17` aged 18 or over and stayed with current
 * carers (including staying put).
 *
 * Source: DfE SSDA903 guide and validator code lists.
 *
 * @category Metrics
 */
export const EPISODE_END_REASON_CODES = [
  "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E43", "E44", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14",
  "E15", "E16", "E17",
] as const;
/** An SSDA903 reason episode ceased (see {@link EPISODE_END_REASON_CODES}). @category Metrics */
export const EpisodeEndReasonCodeSchema = z.enum(EPISODE_END_REASON_CODES);
/** @category Metrics */
export type EpisodeEndReasonCode = z.output<typeof EpisodeEndReasonCodeSchema>;

/**
 * SSDA903 `PLACE`, the placement type: `A3`/`A4` placed for adoption with parental consent
 * (s19 ACA 2002) with / not with the current foster carer; `A5`/`A6` placed for adoption with a
 * placement order (s21) with / not with the current foster carer; `H5` semi-independent living
 * not subject to children's homes regulations (historic); `K1` secure children's home; `K2`
 * children's home subject to the Children's Homes Regulations; `K3` registered supported
 * accommodation (from 2024-25); `P1` placed with own parents or person with parental
 * responsibility; `P2` independent living (historic; invalid for episodes from 28 October 2023);
 * `P3` residential employment; `R1` residential care home; `R2` NHS or health trust
 * establishment; `R3` family centre or mother and baby unit; `R5` young offender institution;
 * `S1` residential school; `T0` all types of temporary move; `T1` temporary period in hospital;
 * `T2` temporary absence on holiday; `T3` temporary accommodation while the normal foster carer
 * is on holiday; `T4` temporary accommodation of 7 days or less not covered by T1–T3;
 * `U1`/`U2`/`U3` foster placement with a relative or friend: long term / fostering for adoption
 * or concurrent planning / other; `U4`/`U5`/`U6` foster placement with another foster carer:
 * long term / fostering for adoption or concurrent planning / other; `Z1` other placement
 * (replaced by `Z11`–`Z14` in 2025-26, meanings not yet published).
 *
 * Source: DfE SSDA903 guide and validator code lists 2024-25 and 2025-26.
 *
 * @category Metrics
 */
export const PLACEMENT_TYPE_CODES = [
  "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
  "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14",
] as const;
/** An SSDA903 placement type (see {@link PLACEMENT_TYPE_CODES}). @category Metrics */
export const PlacementTypeCodeSchema = z.enum(PLACEMENT_TYPE_CODES);
/** @category Metrics */
export type PlacementTypeCode = z.output<typeof PlacementTypeCodeSchema>;

/**
 * SSDA903 `PLACE_PROVIDER`: `PR0` parents or person with parental responsibility; `PR1` own
 * local authority provision (including a regional adoption agency it hosts); `PR2` other local
 * authority provision; `PR3` other public provision; `PR4` private provision; `PR5` voluntary or
 * third sector provision.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Metrics
 */
export const PLACEMENT_PROVIDER_CODES = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"] as const;
/** An SSDA903 placement provider (see {@link PLACEMENT_PROVIDER_CODES}). @category Metrics */
export const PlacementProviderCodeSchema = z.enum(PLACEMENT_PROVIDER_CODES);
/** @category Metrics */
export type PlacementProviderCode = z.output<typeof PlacementProviderCodeSchema>;

/**
 * SSDA903 `REASON_PLACE_CHANGE`, why a placement changed: `CARPL` change to or implementation
 * of the care plan; `CLOSE` resignation or closure of the provision; `ALLEG` allegation (s47);
 * `STAND` standards of care concern; `APPRR` approval removed; `CREQB` carer requests the end
 * of the placement because of the child's behaviour; `CREQO` carer requests the end for another
 * reason; `CHILD` child requests the end; `LAREQ` responsible or area authority requests the end;
 * `PLACE` change in the status of the placement only; `CUSTOD` custody arrangement (from
 * 2018-19); `OTHER` other.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Metrics
 */
export const PLACEMENT_CHANGE_REASON_CODES = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"] as const;
/** An SSDA903 reason for placement change (see {@link PLACEMENT_CHANGE_REASON_CODES}). @category Metrics */
export const PlacementChangeReasonCodeSchema = z.enum(PLACEMENT_CHANGE_REASON_CODES);
/** @category Metrics */
export type PlacementChangeReasonCode = z.output<typeof PlacementChangeReasonCodeSchema>;

/**
 * SSDA903 `REVIEW_CODE`, how the child took part in a looked-after review: `PN0` child under 4
 * at the time of the review; `PN1` attends and speaks for themselves; `PN2` attends and an
 * advocate speaks; `PN3` attends and conveys views non-verbally; `PN4` attends without
 * contributing; `PN5` absent, briefs an advocate; `PN6` absent, conveys views through a medium;
 * `PN7` absent and views not conveyed.
 *
 * Source: DfE SSDA903 guide.
 *
 * @category Metrics
 */
export const REVIEW_PARTICIPATION_CODES = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"] as const;
/** An SSDA903 review participation code (see {@link REVIEW_PARTICIPATION_CODES}). @category Metrics */
export const ReviewParticipationCodeSchema = z.enum(REVIEW_PARTICIPATION_CODES);
/** @category Metrics */
export type ReviewParticipationCode = z.output<typeof ReviewParticipationCodeSchema>;

/**
 * SSDA903 `MISSING`: `M` missing (whereabouts unknown); `A` away from placement without
 * authorisation.
 *
 * Source: DfE SSDA903 guide (Missing table, from 2014-15).
 *
 * @category Metrics
 */
export const MISSING_CODES = ["M", "A"] as const;
/** An SSDA903 missing code (see {@link MISSING_CODES}). @category Metrics */
export const MissingCodeSchema = z.enum(MISSING_CODES);
/** @category Metrics */
export type MissingCode = z.output<typeof MissingCodeSchema>;

/**
 * The final order (or other end) of care proceedings: `care-order` (s31, full care order);
 * `supervision-order` (s31); `placement-order` (Adoption and Children Act 2002 s21);
 * `special-guardianship-order` (s14A); `child-arrangements-order` (s8); `no-order`;
 * `withdrawn` (application withdrawn with the court's permission).
 *
 * @category Metrics
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
/** A final order (see {@link FINAL_ORDER_CODES}). @category Metrics */
export const FinalOrderSchema = z.enum(FINAL_ORDER_CODES);
/** @category Metrics */
export type FinalOrder = z.output<typeof FinalOrderSchema>;

/**
 * The plan type a visit was made under: `early-help`, `cin` (child in need plan), `cp` (child
 * protection plan) or `lac` (looked after).
 *
 * @category Metrics
 */
export const PLAN_TYPES = ["early-help", "cin", "cp", "lac"] as const;
/** A plan type (see {@link PLAN_TYPES}). @category Metrics */
export const PlanTypeSchema = z.enum(PLAN_TYPES);
/** @category Metrics */
export type PlanType = z.output<typeof PlanTypeSchema>;

// ---------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------

/**
 * Most characters in a postcode or Ofsted URN of a looked-after episode: 100. A postcode has at
 * most 8 characters (`SW1A 1AA`) and a URN 8 (`SC123456`); the record allows more so that a
 * return with a badly spaced or annotated value still reads, while no value can grow without
 * bound.
 */
const MAX_RECORD_CODE_LENGTH = 100;

/**
 * Id of one row of a child record (an episode, assessment, plan, enquiry, visit). Readers make
 * them from the source (for example the position in the return); the continuum uses the id of
 * the service event that started the row.
 *
 * @category Metrics
 */
export const RecordIdSchema = idSchema<"RecordId">();
/** @category Metrics */
export type RecordId = z.output<typeof RecordIdSchema>;

/**
 * The child: identity and characteristics (CIN census ChildIdentifiers and
 * ChildCharacteristics; SSDA903 Header).
 *
 * @category Metrics
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
/** @category Metrics */
export type ChildDetails = DeepReadonly<z.output<typeof ChildDetailsSchema>>;

/**
 * A child and family assessment (CIN census Assessments).
 *
 * @category Metrics
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
/** @category Metrics */
export type AssessmentRecord = DeepReadonly<z.output<typeof AssessmentRecordSchema>>;

/**
 * A child in need plan (CIN census CINPlanDates).
 *
 * @category Metrics
 */
export const CinPlanRecordSchema = z.strictObject({
  id: RecordIdSchema,
  startDate: IsoDateSchema,
  /** Absent while the plan is open. */
  endDate: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type CinPlanRecord = DeepReadonly<z.output<typeof CinPlanRecordSchema>>;

/**
 * A section 47 enquiry (CIN census Section47).
 *
 * @category Metrics
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
  /** `ICPCnotRequired`: the enquiry concluded that no conference was needed. */
  icpcNotRequired: z.boolean(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type Section47Record = DeepReadonly<z.output<typeof Section47RecordSchema>>;

/**
 * A child protection plan (CIN census ChildProtectionPlans).
 *
 * @category Metrics
 */
export const CpPlanRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `CPPstartDate`: the date of the conference that decided on the plan. */
  startDate: IsoDateSchema,
  /** `CPPendDate`; absent while the plan is open. Never the same day as the start. */
  endDate: IsoDateSchema.optional(),
  /** `InitialCategoryOfAbuse`. */
  initialCategory: CpCategoryCodeSchema,
  /** `LatestCategoryOfAbuse`. */
  latestCategory: CpCategoryCodeSchema,
  /** `NumberOfPreviousCPP`: earlier child protection plans the child has had (0 for a first plan). */
  numberOfPreviousCpp: z.number().int().min(0),
  /** `CPPreviewDate`s: the review conferences held while the plan was open. */
  reviewDates: z.array(IsoDateSchema).max(MAX_LIST_LENGTH),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type CpPlanRecord = DeepReadonly<z.output<typeof CpPlanRecordSchema>>;

/**
 * One episode of need, from referral to closure (CIN census CINdetails with its modules).
 *
 * @category Metrics
 */
export const CinEpisodeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `CINreferralDate`: the start of the episode. */
  referralDate: IsoDateSchema,
  /** `ReferralSource`. */
  referralSource: ReferralSourceCodeSchema.optional(),
  /** `PrimaryNeedCode`; required once the referral led to further action. */
  primaryNeed: PrimaryNeedCodeSchema.optional(),
  /** `ReferralNFA`: the referral resulted in no further action. */
  referralNfa: z.boolean(),
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
/** @category Metrics */
export type CinEpisodeRecord = DeepReadonly<z.output<typeof CinEpisodeRecordSchema>>;

/**
 * An early help episode (local data; there is no national return).
 *
 * @category Metrics
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
/** @category Metrics */
export type EarlyHelpEpisodeRecord = DeepReadonly<z.output<typeof EarlyHelpEpisodeRecordSchema>>;

/**
 * One looked-after episode in SSDA903 shape: an episode changes whenever the legal status or the
 * placement changes; the old one ends with `rec` `X1` on the day the new one starts. A period of
 * care is a chain of episodes from `rne` `S` to a `rec` other than `X1`.
 *
 * @category Metrics
 */
export const LookedAfterEpisodeRecordSchema = z.strictObject({
  id: RecordIdSchema,
  /** `DECOM`: the date the episode started. */
  decom: IsoDateSchema,
  /** `RNE`: why a new episode started. */
  rne: NewEpisodeReasonCodeSchema,
  /** `LS`: legal status. */
  ls: LegalStatusCodeSchema,
  /** `CIN`: category of need, N1–N8. */
  cin: PrimaryNeedCodeSchema.optional(),
  /** `PLACE`: placement type. */
  place: PlacementTypeCodeSchema,
  /** `PLACE_PROVIDER`; not required for temporary placements T0–T3. */
  provider: PlacementProviderCodeSchema.optional(),
  /** `DEC`: the date the episode ceased; absent while open. */
  dec: IsoDateSchema.optional(),
  /** `REC`: why the episode ceased; present exactly when `dec` is. */
  rec: EpisodeEndReasonCodeSchema.optional(),
  /** `REASON_PLACE_CHANGE`: why the placement changed, on an episode that ended with a placement change. */
  reasonPlaceChange: PlacementChangeReasonCodeSchema.optional(),
  /** `HOME_POST`: postcode district of the child's home. */
  homePostcode: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** `PL_POST`: postcode district of the placement. */
  placementPostcode: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** `URN`: Ofsted unique reference number of the placement. */
  urn: z.string().min(1).max(MAX_RECORD_CODE_LENGTH).optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type LookedAfterEpisodeRecord = DeepReadonly<z.output<typeof LookedAfterEpisodeRecordSchema>>;

/**
 * A statutory looked-after review (SSDA903 Reviews).
 *
 * @category Metrics
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
/** @category Metrics */
export type LookedAfterReviewRecord = DeepReadonly<z.output<typeof LookedAfterReviewRecordSchema>>;

/**
 * A missing or away-without-authorisation incident (SSDA903 Missing).
 *
 * @category Metrics
 */
export const MissingRecordSchema = z.strictObject({
  id: RecordIdSchema,
  missing: MissingCodeSchema,
  start: IsoDateSchema,
  /** Absent while the child is still missing. */
  end: IsoDateSchema.optional(),
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type MissingRecord = DeepReadonly<z.output<typeof MissingRecordSchema>>;

/**
 * A statutory visit to the child.
 *
 * @category Metrics
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
/** @category Metrics */
export type VisitRecord = DeepReadonly<z.output<typeof VisitRecordSchema>>;

/**
 * An extension of care proceedings beyond 26 weeks (Children Act 1989 s32(5), each of up to 8 weeks).
 *
 * @category Metrics
 */
export const ProceedingsExtensionRecordSchema = z.strictObject({
  /** The day the court granted it. */
  date: IsoDateSchema,
  /** Its length in weeks (at most 8). */
  weeks: z.number().int().min(1),
});
/** @category Metrics */
export type ProceedingsExtensionRecord = DeepReadonly<z.output<typeof ProceedingsExtensionRecordSchema>>;

/**
 * The public law journey of one case: pre-proceedings under the Public Law Outline, then care
 * proceedings. Either part may be absent (pre-proceedings that ended without an application;
 * an urgent application with no pre-proceedings).
 *
 * @category Metrics
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
/** @category Metrics */
export type CareProceedingsRecord = DeepReadonly<z.output<typeof CareProceedingsRecordSchema>>;

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
 * @category Metrics
 */
export const ChildRecordSchema = z.strictObject({
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
  /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
  extensions: ExtensionsSchema.optional(),
});
/** @category Metrics */
export type ChildRecord = DeepReadonly<z.output<typeof ChildRecordSchema>>;
