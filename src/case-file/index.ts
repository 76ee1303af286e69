export {
  CaseFileIdSchema,
  type CaseFileId,
  CASE_FILE_SCHEMA_VERSION,
  CaseFileHistoryEntrySchema,
  type CaseFileHistoryEntry,
  CaseFileSchema,
  type CaseFile,
} from "./CaseFile";
export {
  NetworkChangeSchema,
  PlanChangeSchema,
  CaseFileCommandSchema,
  type CaseFileCommand,
  RecordedCaseFileCommandSchema,
  type RecordedCaseFileCommand,
  CaseFileAuditEntrySchema,
  type CaseFileAuditEntry,
} from "./CaseFileCommand";
export { createCaseFile, type CaseFileInit } from "./createCaseFile";
export { parseCaseFile } from "./parseCaseFile";
export { safeParseCaseFile } from "./safeParseCaseFile";
export { migrateCaseFile } from "./migrateCaseFile";
export { applyCaseFileChange } from "./applyCaseFileChange";
export { undoLastCaseFileChange } from "./undoLastCaseFileChange";
export { parseCaseFileCommand } from "./parseCaseFileCommand";
export { safeParseCaseFileCommand } from "./safeParseCaseFileCommand";
