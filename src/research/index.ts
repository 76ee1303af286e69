export {
  TIME_DIARY_ACTIVITIES,
  TimeDiaryActivitySchema,
  type TimeDiaryActivity,
  TimeDiaryEntryIdSchema,
  type TimeDiaryEntryId,
  TimeDiaryEntrySchema,
  type TimeDiaryEntry,
} from "./TimeDiary";
export { timeWithFamilies, type TimeWithFamiliesOptions } from "./timeWithFamilies";
export {
  SurveyIdSchema,
  type SurveyId,
  SurveyItemIdSchema,
  type SurveyItemId,
  RESPONDENT_GROUPS,
  RespondentGroupSchema,
  type RespondentGroup,
  SurveyItemSchema,
  type SurveyItem,
  SurveySchema,
  type Survey,
  SurveyResponseSchema,
  type SurveyResponse,
} from "./Survey";
export { compareTimePoints, type CompareTimePointsOptions, type PairedComparison } from "./compareTimePoints";
export { scalingTrajectory, type ScalingTrajectoryOptions } from "./scalingTrajectory";
export { parseSurvey } from "./parseSurvey";
export { safeParseSurvey } from "./safeParseSurvey";
export { parseSurveyResponse } from "./parseSurveyResponse";
export { safeParseSurveyResponse } from "./safeParseSurveyResponse";
export { parseTimeDiaryEntry } from "./parseTimeDiaryEntry";
export { safeParseTimeDiaryEntry } from "./safeParseTimeDiaryEntry";
