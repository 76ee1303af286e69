import { castDraft, produce, type Draft } from "immer";
import type { ChildConsent, ChildVoiceRecord, ParentConsent } from "./ChildVoiceRecord";
import { sameJson } from "./entries";

/**
 * The consent to record: the child's, the parent's, or both. A part left out is kept as it is.
 *
 * @category Child voice
 */
export interface ChildVoiceConsentUpdate {
  /** The child's consent to the record being shared. */
  readonly child?: ChildConsent;
  /** The parent's consent to the work with their child. */
  readonly parent?: ParentConsent;
}

/**
 * Replaces the child's and/or the parent's consent on a draft record.
 *
 * @param draft - A draft of any child-voice record.
 * @param update - The consent to record.
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceConsent.test.ts#recipe}
 *
 * @internal Shared by {@link recordChildVoiceConsent} and audited changes.
 */
export function recordChildVoiceConsentRecipe(draft: Draft<ChildVoiceRecord>, update: ChildVoiceConsentUpdate): void {
  if (update.child !== undefined && !sameJson(draft.consent.child, update.child)) draft.consent.child = castDraft(update.child);
  if (update.parent !== undefined && !sameJson(draft.consent.parent, update.parent)) draft.consent.parent = castDraft(update.parent);
}

/**
 * Records the child's consent to share their record, the parent's consent to the work, or both.
 *
 * Practice (domain specification 4.1, after Weld and Greening and the My Three Houses app's
 * parental consent form): prepare the parents in advance and get their consent if the child is
 * in their care; obtain the child's consent before sharing what they said. Each part given
 * replaces the one recorded; a part left out is kept.
 *
 * @param record - Any child-voice record.
 * @param update - The consent to record.
 * @returns A new record with the consent, or `record` itself when nothing changed.
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceConsent.test.ts#docs-example}
 *
 * @category Child voice
 */
export function recordChildVoiceConsent<R extends ChildVoiceRecord>(record: R, update: ChildVoiceConsentUpdate): R {
  return produce(record, (draft) => {
    recordChildVoiceConsentRecipe(draft, update);
  });
}
