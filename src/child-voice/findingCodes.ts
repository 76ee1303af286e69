/**
 * Every finding code that the child-voice checks can return. Stable forever once released.
 *
 * @category Child voice
 */
export const CHILD_VOICE_FINDING_CODES = [
  // filled in by checkChildVoice's rules
] as const;

/** @category Child voice */
export type ChildVoiceFindingCode = (typeof CHILD_VOICE_FINDING_CODES)[number];
