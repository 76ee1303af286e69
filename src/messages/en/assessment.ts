import type { AssessmentFindingCode } from "../../assessment/findingCodes";

/**
 * English templates for the assessment-map finding codes.
 *
 * @category Messages
 */
export const enAssessment: Readonly<Record<AssessmentFindingCode, string>> = {};
