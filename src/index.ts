/**
 * kinsafe: typed models and pure functions for children's social care practice in England.
 *
 * This file is the whole public surface of the main entry: every export is listed by name.
 *
 * @packageDocumentation
 */

// Core kernel
export {
  type DeepReadonly,
  type Primitive,
  KinsafeError,
  isKinsafeError,
  type InputIssue,
  type KinsafeErrorCode,
  type SafeParseResult,
  idSchema,
  type IdSchema,
  PersonIdSchema,
  type PersonId,
  personId,
  type IdKind,
  type IdFactory,
  type SequentialIdsOptions,
  sequentialIds,
  IsoDateSchema,
  type IsoDate,
  IsoDateTimeSchema,
  type IsoDateTime,
  isoDate,
  isoDateTime,
  addCalendarDays,
  addCalendarMonths,
  daysBetween,
  compareIsoDates,
  dateOf,
  compareInstants,
  londonTimeToInstant,
  instantToLondonTime,
  type LondonTimeOptions,
  type LondonTime,
  SeveritySchema,
  type Severity,
  type Finding,
  FindingSchema,
  type Checked,
  accept,
  refuse,
  countFindings,
  PatchSchema,
  type Patch,
  ChangeMetaSchema,
  type ChangeMeta,
  type AuditEntry,
  auditEntrySchema,
  type AuditEntrySchemaOf,
  type Recorded,
  recordChange,
  applyPatchesTo,
  undo,
  replay,
  type JsonPatchOperation,
  toJsonPatch,
  fromJsonPatch,
  toDayNumber,
  fromDayNumber,
  weekdayOfDayNumber,
  ExtensionsSchema,
  type Extensions,
  type JsonValue,
} from "./core";

// Working-day calendars
export {
  ClosedDaySchema,
  type ClosedDay,
  WorkingDayCalendarSpecSchema,
  type WorkingDayCalendarSpec,
  type WorkingDayCalendar,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  ENGLAND_AND_WALES_FIRST_YEAR,
  ENGLAND_AND_WALES_LAST_YEAR,
  ENGLAND_AND_WALES_ANNOUNCED_THROUGH,
  englandAndWalesBankHolidays,
  createWorkingDayCalendar,
  buildWorkingDayCalendar,
  type WorkingDayCalendarOptions,
  isWorkingDay,
  closedDayTitle,
  isComputed,
  workingDaysBetween,
  workingDaysBetweenDayNumbers,
  addWorkingDays,
} from "./calendar";

// Messages
export { type MessageCatalogue, fillTemplate, templateParams, type FormatFindingOptions, createNameResolver, type Named, type NameResolver, type NameResolverOptions, type NameSource } from "./messages";
export { type FindingCode, en, formatFinding } from "./findings";

// Assessment map
export * from "./assessment";

// Child voice
export * from "./child-voice";

// The statutory child record: DfE code lists, the record, parsing, and the partner agencies
// (the cohort merge is in kinsafe/cin-census and kinsafe/ssda903)
export {
  REFERRAL_SOURCE_CODES, ReferralSourceCodeSchema, type ReferralSourceCode, PRIMARY_NEED_CODES,
  PrimaryNeedCodeSchema, type PrimaryNeedCode, CLOSURE_REASON_CODES, ClosureReasonCodeSchema, type ClosureReasonCode,
  CP_CATEGORY_CODES, CpCategoryCodeSchema, type CpCategoryCode, ASSESSMENT_FACTOR_CODES, AssessmentFactorCodeSchema,
  type AssessmentFactorCode, SEX_CODES, SexCodeSchema, type SexCode, ETHNICITY_CODES, EthnicityCodeSchema,
  type EthnicityCode, DISABILITY_CODES, DisabilityCodeSchema, type DisabilityCode, LEGAL_STATUS_CODES,
  LegalStatusCodeSchema, type LegalStatusCode, NEW_EPISODE_REASON_CODES, NewEpisodeReasonCodeSchema,
  type NewEpisodeReasonCode, EPISODE_END_REASON_CODES, EpisodeEndReasonCodeSchema, type EpisodeEndReasonCode,
  PLACEMENT_TYPE_CODES, PlacementTypeCodeSchema, type PlacementTypeCode, PLACEMENT_PROVIDER_CODES,
  PlacementProviderCodeSchema, type PlacementProviderCode, PLACEMENT_CHANGE_REASON_CODES,
  PlacementChangeReasonCodeSchema, type PlacementChangeReasonCode, REVIEW_PARTICIPATION_CODES,
  ReviewParticipationCodeSchema, type ReviewParticipationCode, MISSING_CODES, MissingCodeSchema, type MissingCode,
  FINAL_ORDER_CODES, FinalOrderSchema, type FinalOrder, PLAN_TYPES, PlanTypeSchema, type PlanType, RecordIdSchema,
  type RecordId, ChildDetailsSchema, type ChildDetails, AssessmentRecordSchema, type AssessmentRecord,
  CinPlanRecordSchema, type CinPlanRecord, Section47RecordSchema, type Section47Record, CpPlanRecordSchema,
  type CpPlanRecord, CinEpisodeRecordSchema, type CinEpisodeRecord, EarlyHelpEpisodeRecordSchema,
  type EarlyHelpEpisodeRecord, LookedAfterEpisodeRecordSchema, type LookedAfterEpisodeRecord,
  LookedAfterReviewRecordSchema, type LookedAfterReviewRecord, MissingRecordSchema, type MissingRecord,
  LookedAfterOutcomeRecordSchema, type LookedAfterOutcomeRecord, CareLeaverOutcomeRecordSchema,
  type CareLeaverOutcomeRecord, AdoptionRecordSchema, type AdoptionRecord, AdoptionDecisionRecordSchema,
  type AdoptionDecisionRecord,
  VisitRecordSchema, type VisitRecord, ProceedingsExtensionRecordSchema, type ProceedingsExtensionRecord,
  CareProceedingsRecordSchema, type CareProceedingsRecord, ChildRecordSchema, type ChildRecord,
  CHILD_RECORD_SCHEMA_VERSION, migrateChildRecord, parseChildRecord,
  safeParseChildRecord, validateChildRecord, PARTNER_AGENCIES, PartnerAgencySchema, type PartnerAgency,
  PARTNER_AGENCY_REFERRAL_SOURCE, ReferrerSchema, type Referrer, referralSourceFor,
} from "./records";
// The records as columns, for the metrics engine
export { type ColumnarCohort, type ColumnarCohortOptions, type ColumnarCohortBuilder, createColumnarCohortBuilder, toColumnarCohort } from "./records";

// Continuum of service
export * from "./continuum";

// The core data set
export * from "./metrics";

// Safety networks
export * from "./network";

// Safety plans
export * from "./safety-plan";

// Bottom lines
export * from "./bottom-lines";

// The case file
export * from "./case-file";

// Quality assurance: case audit tools and records
export * from "./audit";

// Practice metrics and the case dashboard
export * from "./practice";

// Research measures: time diaries, surveys, scaling trajectories
export * from "./research";
