export { CHILD_VOICE_FINDING_CODES, type ChildVoiceFindingCode } from "./findingCodes";
