import type { MessageCatalogue } from "../messages";
import { COMMON_EN } from "./common.en";
import { ASSESSMENT_MAP_EN } from "./kinds/assessmentMap.en";
import { BOTTOM_LINES_LETTER_EN } from "./kinds/bottomLinesLetter.en";
import { NETWORK_BRIEFING_EN } from "./kinds/networkBriefing.en";
import { SAFETY_PLAN_EN } from "./kinds/safetyPlan.en";
import { WORDS_AND_PICTURES_EN } from "./kinds/wordsAndPictures.en";

const MESSAGES = { ...COMMON_EN, ...ASSESSMENT_MAP_EN, ...SAFETY_PLAN_EN, ...NETWORK_BRIEFING_EN, ...BOTTOM_LINES_LETTER_EN, ...WORDS_AND_PICTURES_EN };

/**
 * A text key of family documents: every heading, sentence and label a document writes, and the
 * messages of {@link DOCUMENT_FINDING_CODES}.
 *
 * @category Family documents
 */
export type DocumentTextKey = keyof typeof MESSAGES;

/**
 * The English words of family documents, one template per {@link DocumentTextKey}. To reword a
 * document or write it in another language, pass a catalogue with the keys to change as
 * `renderFamilyDocument`'s `catalogue` (keys it lacks fall back to these). Templates use the
 * placeholders and plural forms of `fillTemplate`; the names and words in them come from the
 * case file.
 *
 * @example
 * {@includeCode ../../tests/documents/catalogue.test.ts#reword}
 *
 * @category Family documents
 */
export const enDocuments: MessageCatalogue<DocumentTextKey> = { locale: "en-GB", messages: MESSAGES };
