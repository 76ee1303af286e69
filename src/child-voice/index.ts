export { ChildVoiceRecordIdSchema, type ChildVoiceRecordId } from "./ChildVoiceRecordId";
export {
  ChildVoiceItemIdSchema,
  type ChildVoiceItemId,
  ChildVoiceToolSchema,
  type ChildVoiceTool,
  ChildConsentSchema,
  type ChildConsent,
  ParentConsentSchema,
  type ParentConsent,
  ChildVoiceConsentSchema,
  type ChildVoiceConsent,
  SharingAudienceSchema,
  type SharingAudience,
  SharingMethodSchema,
  type SharingMethod,
  ChildVoiceSharingSchema,
  type ChildVoiceSharing,
  ThreeHousesSectionSchema,
  type ThreeHousesSection,
  ThreeHousesItemSchema,
  type ThreeHousesItem,
  ThreeHousesRecordSchema,
  type ThreeHousesRecord,
  WizardsAndFairiesSectionSchema,
  type WizardsAndFairiesSection,
  WizardsAndFairiesItemSchema,
  type WizardsAndFairiesItem,
  WizardsAndFairiesRecordSchema,
  type WizardsAndFairiesRecord,
  SafetyHouseSectionSchema,
  type SafetyHouseSection,
  SafetyHouseItemSchema,
  type SafetyHouseItem,
  SafetyHouseRecordSchema,
  type SafetyHouseRecord,
  WordsAndPicturesHeadingSchema,
  type WordsAndPicturesHeading,
  WordsAndPicturesPageSchema,
  type WordsAndPicturesPage,
  WordsAndPicturesPurposeSchema,
  type WordsAndPicturesPurpose,
  WordsAndPicturesRecordSchema,
  type WordsAndPicturesRecord,
  ChildVoiceRecordSchema,
  type ChildVoiceRecord,
  type ChildVoiceRecordInput,
  type ChildVoiceRecordWithItems,
  type ChildVoiceItem,
  CHILD_VOICE_SECTIONS,
  ChildObservationSchema,
  type ChildObservation,
  ObservationRecordSchema,
  type ObservationRecord,
  PreBirthSectionSchema,
  type PreBirthSection,
  PreBirthItemSchema,
  type PreBirthItem,
  PreBirthRecordSchema,
  type PreBirthRecord,
} from "./ChildVoiceRecord";
export { CHILD_VOICE_FINDING_CODES, type ChildVoiceFindingCode } from "./findingCodes";
export { enChildVoice } from "./messages.en";
export { type ChildVoiceChanges } from "./entries";
export { parseChildVoiceRecord } from "./parseChildVoiceRecord";
export { safeParseChildVoiceRecord } from "./safeParseChildVoiceRecord";
export { addChildVoiceItem } from "./addChildVoiceItem";
export { updateChildVoiceItem } from "./updateChildVoiceItem";
export { removeChildVoiceItem } from "./removeChildVoiceItem";
export { setSafetyHousePathPosition } from "./setSafetyHousePathPosition";
export { recordChildVoiceConsent, type ChildVoiceConsentUpdate } from "./recordChildVoiceConsent";
export { recordChildVoiceSharing } from "./recordChildVoiceSharing";
export { addWordsAndPicturesPage } from "./addWordsAndPicturesPage";
export { updateWordsAndPicturesPage } from "./updateWordsAndPicturesPage";
export { removeWordsAndPicturesPage } from "./removeWordsAndPicturesPage";
export { newWordsAndPicturesVersion, type NewWordsAndPicturesVersionOptions } from "./newWordsAndPicturesVersion";
export { checkChildVoice, type CheckChildVoiceOptions } from "./checkChildVoice";
export { childVoiceCoverage, type ChildVoiceCoverage, type PlanToldThrough } from "./childVoiceCoverage";
export {
  childTookPart,
  childHasBeenToldBy,
  childVoiceCurrency,
  currentChildVoice,
  childsOwnScale,
  mayShareWith,
  childVoiceExpectation,
  DEFAULT_CHILD_VOICE_POLICY,
  type ChildVoicePolicy,
  type ChildVoiceReading,
  type ChildVoiceCurrency,
  type ChildVoiceChild,
  type ChildVoiceExpectation,
} from "./currentChildVoice";
export {
  type ChildVoiceInputOptions,
  type ChildVoiceItemInput,
  type ThreeHousesItemInput,
  type WizardsAndFairiesItemInput,
  type SafetyHouseItemInput,
  type WordsAndPicturesPageInput,
  type ChildVoiceSharingInput,
  type ChildConsentInput,
  type ParentConsentInput,
  type ItemInputByTool,
  type WithOptionalId,
} from "./childVoiceInput";
