/**
 * Every finding code that family documents and the plain-language checks can return. Stable
 * forever once released.
 *
 * - `documents/left-out` (info): something was not shown to this reader, and why
 *   (`params.content`, `params.reason`, `params.count`).
 * - `documents/nothing-to-show` (warning): the case file holds nothing for a part of this
 *   document as of its date (`params.what`: `assessment-map`, `safety-plan`, `plan-rules`,
 *   `bottom-lines`, `words-and-pictures`, `words-and-pictures-pages`).
 * - `documents/person-not-named` (warning): an id names no one in the case; the document says
 *   "someone" instead (`params.personId`).
 * - `documents/no-child-version` (warning): a rule of the plan has no version for the child;
 *   the child's plan shows the rule as written.
 * - `documents/readability/long-sentence` (warning): a sentence is longer than the limit
 *   (`params.words`, `params.max`, `params.sentence`, `params.quoted`); `info` with
 *   `quoted: "yes"` for a sentence wholly inside quotation marks (someone's own words).
 * - `documents/readability/jargon` (warning): a word or acronym from the jargon list
 *   (`params.term`, `params.found`, `params.plain`, `params.plainIs`, `params.quoted`); `info`
 *   with `quoted: "yes"` when it is only inside quotation marks (someone's own words).
 * - `documents/readability/reading-age` (info): the text needs a reading age above the target
 *   (`params.readingAge`, `params.target`, `params.readingEase`).
 *
 * @category Family documents
 */
export const DOCUMENT_FINDING_CODES = [
  "documents/left-out",
  "documents/nothing-to-show",
  "documents/person-not-named",
  "documents/no-child-version",
  "documents/readability/long-sentence",
  "documents/readability/jargon",
  "documents/readability/reading-age",
] as const;

/** @category Family documents */
export type DocumentFindingCode = (typeof DOCUMENT_FINDING_CODES)[number];

/**
 * Why something was left out of a document (`params.reason` of `documents/left-out`):
 *
 * - `sharing-policy`: the sharing policy does not show this part to this kind of reader.
 * - `child-consent`: the child has not given consent for their words to be shared.
 * - `child-limits`: the child said this reader must not see their words.
 * - `another-child`: a child's document holds only their own words, not a brother's or sister's.
 * - `not-for-reader`: the part is about someone else's role (a rule the reader has no part in,
 *   when only their own rules may be shown).
 *
 * @category Family documents
 */
export type LeftOutReason = "sharing-policy" | "child-consent" | "child-limits" | "another-child" | "not-for-reader";
