export {
  AssessmentMapIdSchema,
  type AssessmentMapId,
  HarmStatementIdSchema,
  type HarmStatementId,
  DangerStatementIdSchema,
  type DangerStatementId,
  SafetyGoalIdSchema,
  type SafetyGoalId,
  SafetyScaleIdSchema,
  type SafetyScaleId,
  MapItemIdSchema,
  type MapItemId,
  MapVariantSchema,
  type MapVariant,
  ParticipantRoleSchema,
  type ParticipantRole,
  ParticipantSchema,
  type Participant,
  PositionSchema,
  type Position,
  OccurrenceSchema,
  type Occurrence,
  HarmSeveritySchema,
  type HarmSeverity,
  HarmStatusSchema,
  type HarmStatus,
  UnknownActorSchema,
  type UnknownActor,
  OtherChildRelationSchema,
  type OtherChildRelation,
  OtherChildSchema,
  type OtherChild,
  HarmStatementSchema,
  type HarmStatement,
  DangerStatementSchema,
  type DangerStatement,
  ComplicatingFactorSchema,
  type ComplicatingFactor,
  StrengthSchema,
  type Strength,
  ExistingSafetySchema,
  type ExistingSafety,
  GreyAreaSchema,
  type GreyArea,
  DurationSchema,
  type Duration,
  SafetyGoalSchema,
  type SafetyGoal,
  NextStepStatusSchema,
  type NextStepStatus,
  NextStepSchema,
  type NextStep,
  ScaleSubjectSchema,
  type ScaleSubject,
  ScalePolaritySchema,
  type ScalePolarity,
  ScaleJudgementSchema,
  type ScaleJudgement,
  SafetyScaleSchema,
  type SafetyScale,
  ParentOrCarerRelationSchema,
  type ParentOrCarerRelation,
  ParentOrCarerSchema,
  type ParentOrCarer,
  JudgementStatementSchema,
  type JudgementStatement,
  MapAnalysisSchema,
  type MapAnalysis,
  AssessmentMapSchema,
  type AssessmentMap,
  type AssessmentMapInput,
} from "./AssessmentMap";
export { ASSESSMENT_FINDING_CODES, type AssessmentFindingCode } from "./findingCodes";
export { enAssessment } from "./messages.en";

// Assessment map: creation, parsing, updaters and audited commands
export {
  MAP_ITEM_SCHEMAS,
  AssessmentMapColumnSchema,
  type AssessmentMapColumn,
  type MapItemInput,
  type MapItemPatch,
  type HarmStatementInput,
  type DangerStatementInput,
  type ComplicatingFactorInput,
  type GreyAreaInput,
  type StrengthInput,
  type ExistingSafetyInput,
  type SafetyGoalInput,
  type NextStepInput,
  type SafetyScaleInput,
  type ScaleJudgementInput,
  type ParticipantInput,
  type HarmStatementPatch,
  type DangerStatementPatch,
  type ComplicatingFactorPatch,
  type GreyAreaPatch,
  type StrengthPatch,
  type ExistingSafetyPatch,
  type SafetyGoalPatch,
  type NextStepPatch,
  type SafetyScalePatch,
  type RemoveItemOptions,
  type AddMapItemOptions,
  type MapItemShape,
} from "./mapColumns";
export { createAssessmentMap, type AssessmentMapInit } from "./createAssessmentMap";
export { newAssessmentMapVersion, type NewAssessmentMapVersionInit } from "./newAssessmentMapVersion";
export {
  describeAssessmentMapChanges,
  type AssessmentMapChange,
  type AssessmentMapChangeKind,
  type AssessmentMapChangeColumn,
  type AssessmentMapChangeValue,
  type AssessmentMapRater,
} from "./describeAssessmentMapChanges";
export { formatAssessmentMapChange, formatAssessmentMapChanges, type FormatAssessmentMapChangeOptions } from "./formatAssessmentMapChange";
export { enMapChanges } from "./mapChangeMessages.en";
export { parseAssessmentMap } from "./parseAssessmentMap";
export { safeParseAssessmentMap } from "./safeParseAssessmentMap";
export { addHarmStatement } from "./addHarmStatement";
export { updateHarmStatement } from "./updateHarmStatement";
export { removeHarmStatement } from "./removeHarmStatement";
export { addDangerStatement } from "./addDangerStatement";
export { updateDangerStatement } from "./updateDangerStatement";
export { removeDangerStatement } from "./removeDangerStatement";
export { addComplicatingFactor } from "./addComplicatingFactor";
export { updateComplicatingFactor } from "./updateComplicatingFactor";
export { removeComplicatingFactor } from "./removeComplicatingFactor";
export { addGreyArea } from "./addGreyArea";
export { updateGreyArea } from "./updateGreyArea";
export { removeGreyArea } from "./removeGreyArea";
export { addStrength } from "./addStrength";
export { updateStrength } from "./updateStrength";
export { removeStrength } from "./removeStrength";
export { addExistingSafety } from "./addExistingSafety";
export { updateExistingSafety } from "./updateExistingSafety";
export { removeExistingSafety } from "./removeExistingSafety";
export { addSafetyGoal } from "./addSafetyGoal";
export { updateSafetyGoal } from "./updateSafetyGoal";
export { removeSafetyGoal } from "./removeSafetyGoal";
export { addNextStep } from "./addNextStep";
export { updateNextStep } from "./updateNextStep";
export { removeNextStep } from "./removeNextStep";
export { addSafetyScale } from "./addSafetyScale";
export { updateSafetyScale } from "./updateSafetyScale";
export { removeSafetyScale } from "./removeSafetyScale";
export { addParticipant } from "./addParticipant";
export { removeParticipant } from "./removeParticipant";
export { addScaleJudgement } from "./addScaleJudgement";
export { removeScaleJudgement } from "./removeScaleJudgement";
export { setNextStepStatus } from "./setNextStepStatus";
export { linkChildVoice } from "./linkChildVoice";
export { unlinkChildVoice } from "./unlinkChildVoice";
export { setAssessmentMapVariant } from "./setAssessmentMapVariant";
export { setParentsAndCarers, type ParentOrCarerInput } from "./setParentsAndCarers";
export { setAnalysis, type MapAnalysisInput } from "./setAnalysis";
export { reclassifyGreyArea, type GreyAreaTarget } from "./reclassifyGreyArea";
export {
  AssessmentMapCommandSchema,
  type AssessmentMapCommand,
  AssessmentMapAuditEntrySchema,
  type AssessmentMapAuditEntry,
} from "./AssessmentMapCommand";
export { applyAssessmentMapChange } from "./applyAssessmentMapChange";

// Safety scales (normalising, spread, trajectory, anchors) and statement composers.
export { normaliseScore } from "./normaliseScore";
export { scoreSpread, type ScoreSpread, type ScoreSpreadOptions, type ScoreSummary, type RaterRole } from "./scoreSpread";
export { scaleTrajectory, type ScaleTrajectory, type ScaleTrajectoryOptions, type TrajectoryPoint, type MissingScalePoint } from "./scaleTrajectory";
export { DEFAULT_SCALE_ANCHORS, anchorsFor, type ScaleAnchors, type ScaleAnchorAudience } from "./scaleAnchors";
export { composeDangerStatement, draftDangerStatement, type DangerStatementParts, type ComposeDangerStatementOptions } from "./composeDangerStatement";
export { composeSafetyGoal, draftSafetyGoal, DEFAULT_GOAL_OUTCOMES, type SafetyGoalParts, type ComposeSafetyGoalOptions } from "./composeSafetyGoal";
export { composeHarmStatement, draftHarmStatement, type HarmStatementParts } from "./composeHarmStatement";
export type { StatementDraft, ComposeLanguageOptions, ComposeFindingCode } from "./composeFindings";
export {
  checkAssessmentMap,
  type CheckAssessmentMapOptions,
  type ChildVoiceRecordRef,
  DEFAULT_JARGON,
  DEFAULT_FUTURE_MARKERS,
  DEFAULT_PAST_MARKERS,
  DEFAULT_ABSENCE_MARKERS,
  DEFAULT_HARM_EVENT_TERMS,
  DEFAULT_RISK_MARKERS,
  DEFAULT_MAX_DANGER_STATEMENTS,
  DEFAULT_MINIMUM_SAFETY_DEMONSTRATED_DAYS,
  DEFAULT_REQUIRED_RATER_ROLES,
} from "./checkAssessmentMap";
export { DEFAULT_JARGON_TERMS, type JargonTerm, type JargonKind } from "../language";
export { DEFAULT_DISPUTE_MARKERS, DEFAULT_THREAT_PATTERNS, DEFAULT_TIME_PATTERNS, DEFAULT_SAFE_PERSON_CLAIMS } from "../language";
export { DEFAULT_DANGER_ANCHOR_TERMS, DEFAULT_SAFETY_ANCHOR_TERMS } from "./checkScaleAnchors";
export { PROFESSIONAL_PARTICIPANT_ROLES, FATHER_RELATIONS } from "./checkParticipation";
export { ASSESSMENT_FINDINGS, type AssessmentFindingInfo, ASSESSMENT_QUALITY_RULES, type AssessmentQualityRule } from "./findingCodes";
export { parseAssessmentMapCommand } from "./parseAssessmentMapCommand";
export { safeParseAssessmentMapCommand } from "./safeParseAssessmentMapCommand";
export { safetyHouseJudgement, type SafetyHouseJudgementOptions } from "./safetyHouseJudgement";
