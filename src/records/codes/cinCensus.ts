import * as z from "zod";

// The DfE code lists of the Children in Need census that the child record uses. Sex and
// ethnicity are the same in the SSDA903 return (and ethnicity in the workforce census); they are
// here because the CIN census guide defines them with the rest of the child's characteristics.
// Sources: DfE CIN census guide and XSD 2024-25/2025-26 (data standards sections 2.3 and 3.2).

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
 * @category Records
 */
export const REFERRAL_SOURCE_CODES = [
  "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10",
] as const;
/** A CIN census referral source code (see {@link REFERRAL_SOURCE_CODES}). @category Records */
export const ReferralSourceCodeSchema = z.enum(REFERRAL_SOURCE_CODES);
/** @category Records */
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
 * @category Records
 */
export const PRIMARY_NEED_CODES = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"] as const;
/** A primary need code (see {@link PRIMARY_NEED_CODES}). @category Records */
export const PrimaryNeedCodeSchema = z.enum(PRIMARY_NEED_CODES);
/** @category Records */
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
 * @category Records
 */
export const CLOSURE_REASON_CODES = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"] as const;
/** A reason for closure (see {@link CLOSURE_REASON_CODES}). @category Records */
export const ClosureReasonCodeSchema = z.enum(CLOSURE_REASON_CODES);
/** @category Records */
export type ClosureReasonCode = z.output<typeof ClosureReasonCodeSchema>;

/**
 * CIN census category of abuse (`InitialCategoryOfAbuse` N00113, `LatestCategoryOfAbuse`
 * N00114), decided by the conference chair when a child protection plan is needed:
 * `NEG` neglect; `PHY` physical abuse; `SAB` sexual abuse; `EMO` emotional abuse; `MUL`
 * multiple (not recommended).
 *
 * Source: Working Together to Safeguard Children 2023 (categories); DfE CIN census guide.
 *
 * @category Records
 */
export const CP_CATEGORY_CODES = ["NEG", "PHY", "SAB", "EMO", "MUL"] as const;
/** A child protection plan category (see {@link CP_CATEGORY_CODES}). @category Records */
export const CpCategoryCodeSchema = z.enum(CP_CATEGORY_CODES);
/** @category Records */
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
 * @category Records
 */
export const ASSESSMENT_FACTOR_CODES = [
  "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A",
  "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C",
  "19A", "19B", "19C", "20", "21", "22A", "23A", "24A",
] as const;
/** An assessment factor code (see {@link ASSESSMENT_FACTOR_CODES}). @category Records */
export const AssessmentFactorCodeSchema = z.enum(ASSESSMENT_FACTOR_CODES);
/** @category Records */
export type AssessmentFactorCode = z.output<typeof AssessmentFactorCodeSchema>;

/**
 * Sex as the returns record it from 2024-25: `M` male, `F` female, `U` unknown or not recorded
 * (and always `U` for an unborn child). Older values (`1`, `2`, `0`, `9` in CIN; `1`, `2` in
 * SSDA903) are normalised to these by the readers.
 *
 * Source: DfE CIN census 2024-25 (`Sex`, N00783); SSDA903 2024-25 (`SEX`).
 *
 * @category Records
 */
export const SEX_CODES = ["M", "F", "U"] as const;
/** A sex code (see {@link SEX_CODES}). @category Records */
export const SexCodeSchema = z.enum(SEX_CODES);
/** @category Records */
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
 * @category Records
 */
export const ETHNICITY_CODES = [
  "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE",
  "OOTH", "REFU", "NOBT",
] as const;
/** An ethnicity code (see {@link ETHNICITY_CODES}). @category Records */
export const EthnicityCodeSchema = z.enum(ETHNICITY_CODES);
/** @category Records */
export type EthnicityCode = z.output<typeof EthnicityCodeSchema>;

/**
 * Disability (CBDS N00099): `NONE` no disability (used alone); `MOB` mobility; `HAND` hand
 * function; `PC` personal care; `INC` incontinence; `COMM` communication; `LD` learning;
 * `HEAR` hearing; `VIS` vision; `BEH` behaviour; `CON` consciousness; `AUT` autism or Asperger
 * syndrome; `DDA` other disability under the Equality Act.
 *
 * Source: DfE CIN census guide 2024-25.
 *
 * @category Records
 */
export const DISABILITY_CODES = ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"] as const;
/** A disability code (see {@link DISABILITY_CODES}). @category Records */
export const DisabilityCodeSchema = z.enum(DISABILITY_CODES);
/** @category Records */
export type DisabilityCode = z.output<typeof DisabilityCodeSchema>;
