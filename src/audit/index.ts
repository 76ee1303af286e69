export {
  AuditToolIdSchema,
  type AuditToolId,
  AuditSectionIdSchema,
  type AuditSectionId,
  AuditCriterionIdSchema,
  type AuditCriterionId,
  CASE_FACTS,
  CaseFactSchema,
  type CaseFact,
  AuditAnchorSchema,
  type AuditAnchor,
  AuditScaleSchema,
  type AuditScale,
  FactRoleSchema,
  type FactRole,
  EvidenceHintSchema,
  type EvidenceHint,
  AuditCriterionSchema,
  type AuditCriterion,
  AuditSectionSchema,
  type AuditSection,
  AuditToolSchema,
  type AuditTool,
} from "./AuditTool";
export {
  AuditRecordIdSchema,
  type AuditRecordId,
  AUDIT_PARTICIPANTS,
  AuditParticipantSchema,
  type AuditParticipant,
  AuditModeSchema,
  type AuditMode,
  AuditAnswerValueSchema,
  type AuditAnswerValue,
  AuditAnswerSchema,
  type AuditAnswer,
  ToolAdjustmentSchema,
  type ToolAdjustment,
  AuditRecordSchema,
  type AuditRecord,
} from "./AuditRecord";
export { MAPPING_AUDIT_TOOL, SAFETY_PLANNING_AUDIT_TOOL, BUILT_IN_AUDIT_TOOLS } from "./builtInTools";
export { caseEvidence, type CaseEvidence, type CaseEvidenceOptions, type EvidenceSource, type SourcedFinding } from "./caseEvidence";
export { applyToolAdjustments } from "./applyToolAdjustments";
export {
  suggestAuditAnswers,
  type SuggestAuditAnswersOptions,
  type AuditSuggestionPolicy,
  DEFAULT_AUDIT_SUGGESTION_POLICY,
  type SuggestionBasis,
  type AuditSuggestion,
  type AuditSuggestions,
} from "./suggestAuditAnswers";
export {
  summariseAudits,
  PRESENCE_POINTS,
  type CriterionSummary,
  type AdjustmentCount,
  type ToolAuditSummary,
  type AuditSummaryNote,
  type AuditSummary,
} from "./summariseAudits";
export { parseAuditRecord } from "./parseAuditRecord";
export { safeParseAuditRecord } from "./safeParseAuditRecord";
export { parseAuditTool } from "./parseAuditTool";
export { safeParseAuditTool } from "./safeParseAuditTool";
