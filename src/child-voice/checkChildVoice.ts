import { compareIsoDates, type Finding } from "../core";
import { CHILD_VOICE_SECTIONS, PreBirthSectionSchema, type ChildVoiceRecord, type WordsAndPicturesHeading } from "./ChildVoiceRecord";
import type { ChildVoiceFindingCode } from "./findingCodes";
import { mayShareWith } from "./currentChildVoice";
import { tellsWhatHappenedThen } from "../language";

/**
 * Options of {@link checkChildVoice}.
 *
 * @category Child voice
 */
export interface CheckChildVoiceOptions {
  /**
   * Whether the child was in their parents' care when the record was made, so that the parents'
   * consent was needed. Default `true`; pass `false` for a child looked after elsewhere.
   */
  readonly childInParentsCare?: boolean;
}

/** The short-form headings of a "why involved" story (Susie Essex), besides the title. */
const SHORT_FORM_HEADINGS: readonly WordsAndPicturesHeading[] = ["who-is-worried", "what-worried-about", "what-happened-then", "what-we-are-doing"];

/**
 * Checks a child-voice record against the practice rules and returns every finding.
 *
 * The rules (domain specification section 4 and its sources):
 *
 * - `child-voice/shared-without-child-consent` (error) and `child-voice/shared-before-child-consent`
 *   (error): a Three Houses, Wizards and Fairies, Safety House or observation record was shared although the
 *   child refused or was not asked, or before the day they agreed. "Obtain the child's consent
 *   before sharing it" (Three Houses practice, Weld and Greening; WA CPM 2.2.17). A child who is
 *   `not-able-to-consent` is not reported. Words and Pictures is written by the adults to be
 *   shown to the children and network (Essex and Turnell), and a pre-birth record holds the
 *   parents' words, so the rule does not apply to them.
 * - `child-voice/shared-before-record-date` (error): a sharing is dated before the record.
 * - `child-voice/parent-consent-not-recorded` (warning): the parents of a child in their care were
 *   not asked ("prepare parents in advance … get consent if the child is in their care", 4.1).
 * - `child-voice/shared-against-childs-limits` (error): a sharing lists a person the child said
 *   may not see the record (`consent.child.limits.notWith`), or someone outside the only people
 *   the child named (`onlyWith`): for example a Three Houses read out with Dad there when the
 *   child said "not Daddy". Any tool, Words and Pictures included. The same rule as
 *   `mayShareWith`.
 * - `child-voice/not-childs-exact-words` (info): an item of a child's tool is not in the child's
 *   exact words ("use the child's exact words, no paraphrase", 4.1). An item marked `isObserved`
 *   (what the child showed, not said) is not a paraphrase and is not reported.
 * - `child-voice/observation-empty` (warning): an observation record of a baby or pre-verbal child
 *   holds no observation.
 * - `child-voice/pre-birth-section-empty` (info): a pre-birth record lacks the parents' hopes,
 *   their worries, or the plan for the baby's arrival (no words are expected from an unborn child;
 *   these are what to record instead).
 * - `child-voice/empty-section` (info): a house or part of the tool has nothing in it (the Safety
 *   House path is covered by its position instead).
 * - `child-voice/safety-house-without-path-position` (warning): the child's own scaling on the
 *   path is missing (Parker, 4.3).
 * - `child-voice/words-and-pictures-missing-heading` (warning): a "why involved" story lacks one
 *   of the short-form headings: who is worried, what are they worried about, what happened then,
 *   what are we doing about the worries (Essex, Knowledge Bank examples, 4.4).
 * - `child-voice/words-and-pictures-not-shared-with-child` (warning): a child the story is for
 *   is not among the people of any sharing (the story is "shown to the children with the
 *   parents", 4.4).
 *
 * It never throws for a record that parses.
 *
 * @param record - Any child-voice record.
 * @param options - Whether the child was in their parents' care.
 * @returns Every finding: consent first, then sharing, then the tool's own rules.
 *
 * @example
 * {@includeCode ../../tests/child-voice/checkChildVoice.test.ts#docs-example}
 *
 * @category Child voice
 */
export function checkChildVoice(record: ChildVoiceRecord, options: CheckChildVoiceOptions = {}): readonly Finding<ChildVoiceFindingCode>[] {
  const findings: Finding<ChildVoiceFindingCode>[] = [];
  const { child, parent } = record.consent;

  if (parent.status === "not-asked" && options.childInParentsCare !== false) {
    findings.push({ code: "child-voice/parent-consent-not-recorded", severity: "warning", path: ["consent", "parent", "status"] });
  }

  record.sharedWith.forEach((sharing, index) => {
    if (compareIsoDates(sharing.on, record.date) < 0) {
      findings.push({
        code: "child-voice/shared-before-record-date",
        severity: "error",
        path: ["sharedWith", index, "on"],
        params: { sharedOn: sharing.on, recordDate: record.date },
      });
    }
    (sharing.personIds ?? []).forEach((personId, k) => {
      if (mayShareWith(record, personId)) return;
      if (child.limits?.notWith?.includes(personId) !== true && child.limits?.onlyWith?.includes(personId) !== false) return;
      findings.push({
        code: "child-voice/shared-against-childs-limits",
        severity: "error",
        path: ["sharedWith", index, "personIds", k],
        params: { personId, sharedOn: sharing.on, how: sharing.how, ...(child.limits?.childsReason === undefined ? {} : { childsReason: child.limits.childsReason }) },
      });
    });
    if (record.tool === "words-and-pictures" || record.tool === "pre-birth") return;
    if (child.status === "refused" || child.status === "not-asked") {
      findings.push({
        code: "child-voice/shared-without-child-consent",
        severity: "error",
        path: ["sharedWith", index],
        params: { audience: sharing.audience, sharedOn: sharing.on, consent: child.status },
      });
    } else if (child.status === "given" && child.on !== undefined && compareIsoDates(sharing.on, child.on) < 0) {
      findings.push({
        code: "child-voice/shared-before-child-consent",
        severity: "error",
        path: ["sharedWith", index],
        params: { audience: sharing.audience, sharedOn: sharing.on, consentOn: child.on },
      });
    }
  });

  switch (record.tool) {
    case "three-houses":
    case "wizards-and-fairies":
    case "safety-house": {
      const items: readonly { readonly section: string; readonly isChildsExactWords: boolean; readonly isObserved?: boolean | undefined }[] = record.items;
      items.forEach((item, index) => {
        if (!item.isChildsExactWords && item.isObserved !== true) {
          findings.push({ code: "child-voice/not-childs-exact-words", severity: "info", path: ["items", index, "isChildsExactWords"] });
        }
      });
      const sections: readonly string[] = CHILD_VOICE_SECTIONS[record.tool];
      for (const section of sections) {
        if (section === "path") continue;
        if (!items.some((item) => item.section === section)) {
          findings.push({ code: "child-voice/empty-section", severity: "info", path: ["items"], params: { section } });
        }
      }
      if (record.tool === "safety-house" && record.pathPosition === undefined) {
        findings.push({ code: "child-voice/safety-house-without-path-position", severity: "warning", path: ["pathPosition"] });
      }
      break;
    }
    case "words-and-pictures": {
      if (record.purpose === "why-involved") {
        for (const heading of SHORT_FORM_HEADINGS) {
          // "What happened then" is often told on the page of the worry; a page that tells it counts.
          const covered = (page: { readonly heading?: WordsAndPicturesHeading | undefined; readonly text: string }): boolean =>
            page.heading === heading || (heading === "what-happened-then" && page.heading !== "title" && tellsWhatHappenedThen(page.text));
          if (!record.pages.some(covered)) {
            findings.push({ code: "child-voice/words-and-pictures-missing-heading", severity: "warning", path: ["pages"], params: { heading } });
          }
        }
      }
      const shownTo = new Set(record.sharedWith.flatMap((s) => s.personIds ?? []));
      record.audiences.forEach((childId, index) => {
        if (!shownTo.has(childId)) {
          findings.push({ code: "child-voice/words-and-pictures-not-shared-with-child", severity: "warning", path: ["audiences", index], params: { childId } });
        }
      });
      break;
    }
    case "observation": {
      if (record.observations.length === 0) findings.push({ code: "child-voice/observation-empty", severity: "warning", path: ["observations"] });
      break;
    }
    case "pre-birth": {
      for (const section of PreBirthSectionSchema.options) {
        if (!record.items.some((item) => item.section === section)) {
          findings.push({ code: "child-voice/pre-birth-section-empty", severity: "info", path: ["items"], params: { section } });
        }
      }
      break;
    }
  }
  return findings;
}
