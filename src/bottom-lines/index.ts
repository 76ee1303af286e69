export { BOTTOM_LINE_KINDS, type BottomLineKind, BottomLineSchema, type BottomLine, type BottomLineOf, FreeTextJudgementSchema, type FreeTextJudgement } from "./BottomLine";
export {
  type BottomLineVerdict,
  BOTTOM_LINE_VERDICTS,
  type EvidenceValue,
  type BottomLineEvidence,
  type BottomLineCase,
  type BottomLineResult,
  type BottomLineReport,
  type CustomPredicateContext,
  type CustomPredicateResult,
  type CustomPredicate,
  type EvaluateBottomLinesOptions,
} from "./BottomLineReport";
export { BOTTOM_LINE_FINDING_CODES, type BottomLineFindingCode, BOTTOM_LINE_FINDINGS, type BottomLineFindingInfo } from "./findingCodes";
export { enBottomLines, type BottomLineTextKey } from "./messages.en";
export { PolicyBottomLineSchema, type PolicyBottomLine, BottomLinePolicySchema, type BottomLinePolicy } from "./BottomLinePolicy";
export { evaluateBottomLines } from "./evaluateBottomLines";
export { bottomLinesForCase, type BottomLineOverride, type BottomLinesForCaseOptions } from "./bottomLinesForCase";
export { formatBottomLineReport, type FormatBottomLineReportOptions } from "./formatBottomLineReport";
export { readinessOfCase, type ReadinessOfCaseOptions } from "./readinessOfCase";
export { parseBottomLine } from "./parseBottomLine";
export { safeParseBottomLine } from "./safeParseBottomLine";
export { parseBottomLinePolicy } from "./parseBottomLinePolicy";
export { safeParseBottomLinePolicy } from "./safeParseBottomLinePolicy";
