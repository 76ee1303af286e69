export type { DeepReadonly, Primitive } from "./readonly";
export { KinsafeError, isKinsafeError, type InputIssue, type KinsafeErrorCode } from "./errors";
export {
  type SafeParseResult,
  safeParseWith,
  parseWith,
  toInputIssues,
  formatPath,
  PARSE_LIMITS,
  describeReceived,
  toKinsafeError,
  guardInput,
  checkInputSize,
  invalidInput,
} from "./parse";
export { idSchema, type IdSchema, PersonIdSchema, type PersonId, personId, ID_PATTERN, MAX_ID_LENGTH } from "./ids";
export {
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
} from "./dates";
export { londonTimeToInstant, instantToLondonTime, type LondonTimeOptions, type LondonTime } from "./londonTime";
export { SeveritySchema, type Severity, type Finding, FindingSchema, type Checked, accept, refuse, countFindings } from "./finding";
export {
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
} from "./changes";
export { toDayNumber, fromDayNumber, weekdayOfDayNumber } from "./dayNumber";
export { sameJson, applyChanges, assertDate } from "./drafts";
export { MAX_TEXT_LENGTH, MAX_LIST_LENGTH, MAX_HISTORY_LENGTH, MAX_PATH_LENGTH } from "./limits";
export { prefixIssues, distinctIssues, issuesError } from "./issues";
export { checkCommand, changeMetaIssues, codeOf, routeIssue, notFound, json, COMMAND_PATH, type CommandPlacement, type CommandRoute } from "./commandIssues";
export { copyJson, ExtensionsSchema, isJsonObject, type Extensions, type JsonValue } from "./extensions";
export { type IdKind, type IdFactory, type SequentialIdsOptions, sequentialIds } from "./idFactory";
export {
  type DocPath,
  type HasId,
  parseInto,
  addIssue,
  throwIfIssues,
  fieldOf,
  listOf,
  idsOf,
  checkReference,
  checkReferences,
  withId,
  mergeChanges,
  replaceEntry,
  checkUniqueIds,
} from "./documentInput";
