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

// Continuum of service
export * from "./continuum";

// Canonical child records and the core data set
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
