/**
 * Every finding code that the assessment-map checks can return. Stable forever once released.
 *
 * @category Assessment map
 */
export const ASSESSMENT_FINDING_CODES = [
  // filled in by checkAssessmentMap's rules
] as const;

/** @category Assessment map */
export type AssessmentFindingCode = (typeof ASSESSMENT_FINDING_CODES)[number];
