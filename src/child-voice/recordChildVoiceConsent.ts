import { castDraft, produce, type Draft } from "immer";
import { fieldOf, guardInput, parseInto, throwIfIssues, type InputIssue } from "../core";
import { peopleIssues, peopleOf, type ChildConsentInput, type ChildVoiceInputOptions, type ParentConsentInput } from "./childVoiceInput";
import { ChildConsentSchema, ParentConsentSchema, type ChildConsent, type ChildVoiceRecord, type ParentConsent } from "./ChildVoiceRecord";
import { sameJson } from "./entries";

/**
 * The consent to record: the child's, the parent's, or both. A part left out is kept as it is.
 *
 * @category Child voice
 */
export interface ChildVoiceConsentUpdate {
  /** The child's consent to the record being shared, as plain JSON. */
  readonly child?: ChildConsentInput;
  /** The parent's consent to the work with their child, as plain JSON. */
  readonly parent?: ParentConsentInput;
}

/** The consent to record, parsed. */
interface ParsedConsentUpdate {
  readonly child?: ChildConsent;
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
export function recordChildVoiceConsentRecipe(draft: Draft<ChildVoiceRecord>, update: ParsedConsentUpdate): void {
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
 * Follows the contract of every updater ("Updating documents" in `docs/for-vendors.md`): plain
 * JSON in, shape and references checked together, every problem in one error whose paths are
 * the record's (`["consent", "child", "on"]`), a new frozen record out; neither input is changed.
 *
 * @param record - Any child-voice record.
 * @param update - The consent to record, as plain JSON.
 * @param options - `people`, to check the parent who consented and the people in the child's limits.
 * @returns A new record with the consent, or `record` itself when nothing changed.
 * @throws {@link KinsafeError} with code `invalid-input` when a part does not parse or names people not in `options.people` (every problem in `issues`, with the record's paths).
 *
 * @example
 * {@includeCode ../../tests/child-voice/recordChildVoiceConsent.test.ts#docs-example}
 *
 * @category Child voice
 */
export function recordChildVoiceConsent<R extends ChildVoiceRecord>(record: R, update: ChildVoiceConsentUpdate, options: ChildVoiceInputOptions = {}): R {
  return guardInput("child-voice consent", () => {
    const issues: InputIssue[] = [];
    const people = peopleOf(options);
    const childInput = fieldOf(update, "child");
    const parentInput = fieldOf(update, "parent");
    const child = childInput === undefined ? undefined : parseInto(ChildConsentSchema, childInput, ["consent", "child"], "child's consent", issues);
    const parent = parentInput === undefined ? undefined : parseInto(ParentConsentSchema, parentInput, ["consent", "parent"], "parent's consent", issues);
    const limits = fieldOf(childInput, "limits");
    peopleIssues(issues, limits, ["consent", "child", "limits"], people, ["onlyWith", "notWith"]);
    peopleIssues(issues, parentInput, ["consent", "parent"], people, ["personId"]);
    throwIfIssues("child-voice consent", issues);
    const parsed: ParsedConsentUpdate = { ...(child === undefined ? {} : { child }), ...(parent === undefined ? {} : { parent }) };
    return produce(record, (draft) => {
      recordChildVoiceConsentRecipe(draft, parsed);
    });
  });
}
