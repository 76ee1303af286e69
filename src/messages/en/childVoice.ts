import type { ChildVoiceFindingCode } from "../../child-voice/findingCodes";

/**
 * English templates for the child-voice finding codes.
 *
 * @category Messages
 */
export const enChildVoice: Readonly<Record<ChildVoiceFindingCode, string>> = {};
