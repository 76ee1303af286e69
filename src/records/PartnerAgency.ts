import * as z from "zod";
import type { ReferralSourceCode } from "./codes/cinCensus";

/**
 * The partner agencies of the safeguarding partnership, as one vocabulary used for referral
 * sources, meeting attendees and the professionals in a family's network (Working Together to
 * Safeguard Children 2023, chapter 2: the safeguarding partners and relevant agencies).
 *
 * - `school` a school, academy or college
 * - `education-services` the local authority's education services (attendance, SEND, virtual school)
 * - `gp` a general practitioner
 * - `health-visitor`
 * - `school-nurse`
 * - `primary-health` other primary health services (midwife, dentist, pharmacist)
 * - `emergency-department` A&E
 * - `health-other` other health services (hospital wards, mental health, hospice)
 * - `police`
 * - `probation` the Probation Service
 * - `youth-justice` the youth justice (youth offending) service
 * - `youth-services` youth work and targeted youth support
 * - `housing` local authority housing or a housing association
 * - `adult-social-care`
 * - `children-social-care` children's social care of this authority (another team)
 * - `other-local-authority` another local authority's services
 * - `early-help` the early help service
 * - `supporting-families` a Supporting Families key worker
 * - `courts-and-legal` courts, Cafcass, immigration, prison and other legal agencies
 * - `voluntary-sector` voluntary and community organisations, children's centres, independent providers
 *
 * @category Records
 */
export const PARTNER_AGENCIES = [
  "school",
  "education-services",
  "gp",
  "health-visitor",
  "school-nurse",
  "primary-health",
  "emergency-department",
  "health-other",
  "police",
  "probation",
  "youth-justice",
  "youth-services",
  "housing",
  "adult-social-care",
  "children-social-care",
  "other-local-authority",
  "early-help",
  "supporting-families",
  "courts-and-legal",
  "voluntary-sector",
] as const;
/** A partner agency (see {@link PARTNER_AGENCIES}). @category Records */
export const PartnerAgencySchema = z.enum(PARTNER_AGENCIES);
/** @category Records */
export type PartnerAgency = z.output<typeof PartnerAgencySchema>;

/**
 * The CIN census referral source code (`ReferralSource`, N00152) of a referral made by each
 * partner agency. Youth services and youth justice are internal local authority departments
 * (5B); Supporting Families key workers work within early help (5D); probation, courts,
 * Cafcass and immigration are "other legal agency" (7).
 *
 * Source: DfE CIN census guide 2024-25, ReferralSource code set.
 *
 * @category Records
 */
export const PARTNER_AGENCY_REFERRAL_SOURCE = {
  school: "2A",
  "education-services": "2B",
  gp: "3A",
  "health-visitor": "3B",
  "school-nurse": "3C",
  "primary-health": "3D",
  "emergency-department": "3E",
  "health-other": "3F",
  police: "6",
  probation: "7",
  "youth-justice": "5B",
  "youth-services": "5B",
  housing: "4",
  "adult-social-care": "5A",
  "children-social-care": "5A",
  "other-local-authority": "5C",
  "early-help": "5D",
  "supporting-families": "5D",
  "courts-and-legal": "7",
  "voluntary-sector": "8",
} as const satisfies Readonly<Record<PartnerAgency, ReferralSourceCode>>;

/**
 * Who made a referral or contact: a partner agency, an individual (family member or carer,
 * acquaintance, the child themself, someone else), anonymous, or not known.
 *
 * @category Records
 */
export const ReferrerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("agency"), agency: PartnerAgencySchema }),
  z.strictObject({
    kind: z.literal("individual"),
    /** `family` (family member, relative or carer: 1A), `acquaintance` (neighbour, child minder: 1B), `self` (the child: 1C), `other` (1D). */
    relationship: z.enum(["family", "acquaintance", "self", "other"]),
  }),
  z.strictObject({ kind: z.literal("anonymous") }),
  z.strictObject({ kind: z.literal("unknown") }),
]);
/** @category Records */
export type Referrer = z.output<typeof ReferrerSchema>;
