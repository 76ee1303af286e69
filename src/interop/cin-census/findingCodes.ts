/**
 * Every finding code the CIN census reader and writer can return. Stable once released.
 *
 * - `cin-census/malformed-xml`, `cin-census/unsafe-xml`, `cin-census/limit-exceeded`: reading
 *   stopped (broken XML; a document type declaration or an entity that is not allowed; a size,
 *   depth, tag or text limit). Records read before that point are kept.
 * - `cin-census/not-cin-census`: the root element is not `Message` or the collection is not `CIN`.
 * - `cin-census/missing-header`, `cin-census/invalid-header`: the header is absent or a header
 *   value cannot be read.
 * - `cin-census/child-without-id`: a child with no usable `LAchildID`; the child is left out.
 * - `cin-census/invalid-value`: a value that is not a date, code, yes/no or number of the right
 *   kind; the value is left out.
 * - `cin-census/missing-value`: a required value is absent (`ReferralNFA`, `ICPCnotRequired`, a
 *   plan's `InitialCategoryOfAbuse`, `LatestCategoryOfAbuse` or `NumberOfPreviousCPP`); the record
 *   is kept with the value not recorded (absent), never a guessed `false` or `0`.
 * - `cin-census/record-dropped`: an episode, assessment, plan or enquiry without the value it
 *   cannot exist without (its start date); it is left out.
 * - `cin-census/repeated-element`: a single value of a child given twice; the last is kept.
 * - `cin-census/repeated-header`: a second `Header`, or a header value given twice; the last
 *   value is kept.
 * - `cin-census/legacy-code`: a value in an older code system, converted (e.g. `Sex` 1 -> M).
 * - `cin-census/unknown-element`: an element the CIN census does not define; skipped with
 *   everything inside it. In `Children` (a mistyped `Child`) it is an error: a whole child is
 *   lost, and the finding names it (`childId`) when the skipped element holds an `LAchildID`.
 * - `cin-census/stray-text`: text between elements (mixed content); skipped.
 * - `cin-census/elements-not-kept`: read, but the canonical child record has no place for it
 *   (e.g. `FormerUPN`); one finding per element name, with the count.
 * - `cin-census/duplicate-child`: the same `LAchildID` twice in one return; both are kept.
 * - `cin-census/child-not-written`: the writer left out a child with no CIN episode.
 * - `cin-census/date-before-referral`: a date of an episode before its referral date, which
 *   DfE's validation rejects (`rule` names it: DfE validation rule 1103 assessment start, 4015 CIN
 *   plan start, 2889 section 47 start, 1105 child protection plan start; a closure before the
 *   referral). The record
 *   is kept; the finding names the child, the element, the value and the referral date.
 * - `cin-census/date-after-reference-date`: a date after the return's reference date (a return
 *   reports up to it). The record is kept.
 * - `cin-census/conflicting-details`: merging returns found a date of birth or sex that differs.
 * - `cin-census/episode-not-in-next-return`: merging returns found an episode (CIN or
 *   looked-after) open at one return's reference date that the next return of its kind lacks;
 *   it is kept open, as the earlier return has it (see `CohortFindingCode`).
 *
 * @category CIN census
 */
export const CIN_CENSUS_FINDING_CODES = [
  "cin-census/malformed-xml",
  "cin-census/unsafe-xml",
  "cin-census/limit-exceeded",
  "cin-census/not-cin-census",
  "cin-census/missing-header",
  "cin-census/invalid-header",
  "cin-census/child-without-id",
  "cin-census/invalid-value",
  "cin-census/missing-value",
  "cin-census/record-dropped",
  "cin-census/repeated-element",
  "cin-census/repeated-header",
  "cin-census/legacy-code",
  "cin-census/unknown-element",
  "cin-census/stray-text",
  "cin-census/elements-not-kept",
  "cin-census/duplicate-child",
  "cin-census/child-not-written",
  "cin-census/conflicting-details",
  "cin-census/episode-not-in-next-return",
  "cin-census/date-before-referral",
  "cin-census/date-after-reference-date",
] as const;

/**
 * A CIN census finding code (see {@link CIN_CENSUS_FINDING_CODES}).
 *
 * @category CIN census
 */
export type CinCensusFindingCode = (typeof CIN_CENSUS_FINDING_CODES)[number];
