import type { MessageCatalogue } from "../messages";
import type { ChildVoiceFindingCode } from "./findingCodes";

/**
 * English templates for the child-voice finding codes.
 *
 * @category Messages
 */
export const enChildVoice: MessageCatalogue<ChildVoiceFindingCode> = {
  locale: "en",
  messages: {
    "child-voice/shared-without-child-consent":
      "This record was shared with {audience} on {sharedOn}, but the child's consent to share it is recorded as {consent}. Get the child's consent before sharing what they said.",
    "child-voice/shared-before-child-consent":
      "This record was shared with {audience} on {sharedOn}, before the child gave consent on {consentOn}. Get the child's consent before sharing what they said.",
    "child-voice/shared-before-record-date":
      "The sharing on {sharedOn} is dated before the record itself ({recordDate}). Check the dates.",
    "child-voice/parent-consent-not-recorded":
      "The parents were not asked for consent to this work with a child in their care. Prepare the parents, show them the tool, and record their consent.",
    "child-voice/not-childs-exact-words":
      "This entry is not in the child's exact words. Write down what the child said, without paraphrasing it.",
    "child-voice/empty-section":
      "Nothing is recorded in \"{section}\". If the child had nothing to say here, note that.",
    "child-voice/safety-house-without-path-position":
      "The child's place on the path to their Safety House is not recorded, so the child's own judgement of their safety is missing.",
    "child-voice/words-and-pictures-missing-heading":
      "The Words and Pictures story has no \"{heading}\" page. A story explaining why Children's Services are involved should say who is worried, what they are worried about, what happened then, and what is being done about the worries.",
    "child-voice/words-and-pictures-not-shared-with-child":
      "The Words and Pictures story has not been shown to {childId}, one of the children it was written for.",
    "child-voice/shared-against-childs-limits":
      "This record was shared with {personId} on {sharedOn} ({how}), but the child said that person may not see it. Tell the child, and keep the record from that person from now on.",
    "child-voice/observation-empty":
      "The observation record has no observation in it. Write down what the child did and showed, where, with whom, and who saw it.",
    "child-voice/pre-birth-section-empty":
      "Nothing is recorded under \"{section}\" for the unborn baby. No words are expected from the baby: record the parents' hopes and worries for the baby and the plan for the baby's arrival.",
  } satisfies Readonly<Record<ChildVoiceFindingCode, string>>,
};
