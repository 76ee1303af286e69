/**
 * Every finding code that the child-voice checks can return. Stable forever once released.
 *
 * - `child-voice/shared-without-child-consent` (error): shared although the child refused, or was not asked.
 * - `child-voice/shared-before-child-consent` (error): shared before the day the child gave consent.
 * - `child-voice/shared-before-record-date` (error): a sharing is dated before the record itself.
 * - `child-voice/parent-consent-not-recorded` (warning): the parent of a child in their care was not asked.
 * - `child-voice/not-childs-exact-words` (info): an item is not in the child's exact words.
 * - `child-voice/empty-section` (info): a house or part of the tool has nothing in it.
 * - `child-voice/safety-house-without-path-position` (warning; error when `safetyHouseJudgement` refuses): the child's place on the path is not recorded.
 * - `child-voice/words-and-pictures-missing-heading` (warning): a "why involved" story lacks a short-form heading.
 * - `child-voice/words-and-pictures-not-shared-with-child` (warning): a child the story is for has not been shown it.
 * - `child-voice/shared-against-childs-limits` (error): shared with, or read out in front of, someone the child said may not see it.
 * - `child-voice/observation-empty` (warning): an observation record holds no observation.
 * - `child-voice/pre-birth-section-empty` (info): a pre-birth record says nothing of the parents' hopes, their worries, or the plan for the baby's arrival.
 *
 * @category Child voice
 */
export const CHILD_VOICE_FINDING_CODES = [
  "child-voice/shared-without-child-consent",
  "child-voice/shared-before-child-consent",
  "child-voice/shared-before-record-date",
  "child-voice/parent-consent-not-recorded",
  "child-voice/not-childs-exact-words",
  "child-voice/empty-section",
  "child-voice/safety-house-without-path-position",
  "child-voice/words-and-pictures-missing-heading",
  "child-voice/words-and-pictures-not-shared-with-child",
  "child-voice/shared-against-childs-limits",
  "child-voice/observation-empty",
  "child-voice/pre-birth-section-empty",
] as const;

/** @category Child voice */
export type ChildVoiceFindingCode = (typeof CHILD_VOICE_FINDING_CODES)[number];
