// kinsafe/documents: documents for families, rendered from the case file for each reader, and
// plain-language checks. No Node built-ins: runs in browsers and in Node.
export { renderFamilyDocument } from "./renderFamilyDocument";
export { FAMILY_DOCUMENT_KINDS, type FamilyDocumentKind, type DocumentAudience, type DocumentAudienceKind, type RenderFamilyDocumentOptions, type FamilyDocument, type PreProceedingsLetterDetails } from "./types";
export { DEFAULT_SHARING_POLICY, SHARED_CONTENT, SharingPolicySchema, parseSharingPolicy, type SharedContent, type SharingPolicy } from "./sharing";
export { DOCUMENT_FINDING_CODES, type DocumentFindingCode, type LeftOutReason } from "./findingCodes";
export { enDocuments, type DocumentTextKey } from "./messages.en";
export { checkReadability, measureReadability } from "./readability/checkReadability";
export { DEFAULT_PLAIN_LANGUAGE_TERMS } from "./readability/terms";
export type { ReadabilityOptions, ReadabilityScores, PlainLanguageTerm } from "./readability/types";
