// The statutory child record: the canonical record of one child and every episode, the DfE
// code lists of each return it uses, its parsing and validation, the partner-agency vocabulary
// of referral sources, and the merging of the records of many returns into one cohort. It
// imports only core; metrics, continuum, network, interop and synthetic build on it.
export {
  REFERRAL_SOURCE_CODES,
  ReferralSourceCodeSchema,
  type ReferralSourceCode,
  PRIMARY_NEED_CODES,
  PrimaryNeedCodeSchema,
  type PrimaryNeedCode,
  CLOSURE_REASON_CODES,
  ClosureReasonCodeSchema,
  type ClosureReasonCode,
  CP_CATEGORY_CODES,
  CpCategoryCodeSchema,
  type CpCategoryCode,
  ASSESSMENT_FACTOR_CODES,
  AssessmentFactorCodeSchema,
  type AssessmentFactorCode,
  SEX_CODES,
  SexCodeSchema,
  type SexCode,
  ETHNICITY_CODES,
  EthnicityCodeSchema,
  type EthnicityCode,
  DISABILITY_CODES,
  DisabilityCodeSchema,
  type DisabilityCode,
} from "./codes/cinCensus";
export {
  LEGAL_STATUS_CODES,
  LegalStatusCodeSchema,
  type LegalStatusCode,
  NEW_EPISODE_REASON_CODES,
  NewEpisodeReasonCodeSchema,
  type NewEpisodeReasonCode,
  EPISODE_END_REASON_CODES,
  EpisodeEndReasonCodeSchema,
  type EpisodeEndReasonCode,
  PLACEMENT_TYPE_CODES,
  PlacementTypeCodeSchema,
  type PlacementTypeCode,
  PLACEMENT_PROVIDER_CODES,
  PlacementProviderCodeSchema,
  type PlacementProviderCode,
  PLACEMENT_CHANGE_REASON_CODES,
  PlacementChangeReasonCodeSchema,
  type PlacementChangeReasonCode,
  REVIEW_PARTICIPATION_CODES,
  ReviewParticipationCodeSchema,
  type ReviewParticipationCode,
  MISSING_CODES,
  MissingCodeSchema,
  type MissingCode,
} from "./codes/ssda903";
export {
  FINAL_ORDER_CODES,
  FinalOrderSchema,
  type FinalOrder,
  PLAN_TYPES,
  PlanTypeSchema,
  type PlanType,
  RecordIdSchema,
  type RecordId,
  ChildDetailsSchema,
  type ChildDetails,
  AssessmentRecordSchema,
  type AssessmentRecord,
  CinPlanRecordSchema,
  type CinPlanRecord,
  Section47RecordSchema,
  type Section47Record,
  CpPlanRecordSchema,
  type CpPlanRecord,
  CinEpisodeRecordSchema,
  type CinEpisodeRecord,
  EarlyHelpEpisodeRecordSchema,
  type EarlyHelpEpisodeRecord,
  LookedAfterEpisodeRecordSchema,
  type LookedAfterEpisodeRecord,
  LookedAfterReviewRecordSchema,
  type LookedAfterReviewRecord,
  MissingRecordSchema,
  type MissingRecord,
  VisitRecordSchema,
  type VisitRecord,
  ProceedingsExtensionRecordSchema,
  type ProceedingsExtensionRecord,
  CareProceedingsRecordSchema,
  type CareProceedingsRecord,
  ChildRecordSchema,
  type ChildRecord,
  CHILD_RECORD_SCHEMA_VERSION,
} from "./ChildRecord";
export { migrateChildRecord } from "./migrateChildRecord";
export { parseChildRecord } from "./parseChildRecord";
export { safeParseChildRecord } from "./safeParseChildRecord";
export { validateChildRecord } from "./validateChildRecord";
export {
  PARTNER_AGENCIES,
  PartnerAgencySchema,
  type PartnerAgency,
  PARTNER_AGENCY_REFERRAL_SOURCE,
  ReferrerSchema,
  type Referrer,
} from "./PartnerAgency";
export { referralSourceFor } from "./referralSourceFor";
// The cohort merge is public through kinsafe/cin-census and kinsafe/ssda903, not the main entry.
export { type CohortSource, type CohortReturn, type CohortOptions, type Cohort, type CohortBuilder, type CohortFinding, type CohortFindingCode } from "./Cohort";
export { createCohortBuilder } from "./createCohortBuilder";
export { mergeCohorts } from "./mergeCohorts";
export {
  type ColumnarCohort,
  type ColumnarCohortOptions,
  type ColumnarCohortBuilder,
  createColumnarCohortBuilder,
  toColumnarCohort,
} from "./ColumnarCohort";
