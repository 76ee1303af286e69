/**
 * Every finding code the workforce census reader can return. Stable once released.
 *
 * - `workforce/malformed-xml`, `workforce/unsafe-xml`, `workforce/limit-exceeded`: reading stopped
 *   (broken XML; a document type declaration or entity that is not allowed; a limit).
 * - `workforce/not-workforce-census`: the root is not `Message` or the collection is not `CSWW`.
 * - `workforce/missing-reference-date`: no usable reference date, so no metrics input is made.
 * - `workforce/invalid-value`: a value of the wrong kind; left out (an `SWENo` that is not a
 *   valid id, e.g. with a control character: the worker is kept with an id from its position).
 * - `workforce/repeated-element`: an element given twice where one is expected (`SWENo` or
 *   `FTE` twice in a worker, a second `Header`, a header value twice); the last is kept.
 * - `workforce/worker-dropped`: a worker without a usable FTE; left out.
 * - `workforce/worker-without-id`: a worker without `SWENo`; kept with an id from its position.
 * - `workforce/unknown-element`: an element the census does not define; skipped.
 * - `workforce/elements-not-kept`: read, but the metrics input has no place for it; one finding
 *   per element name, with the count. (No longer returned: every element of the census is kept.)
 * - `workforce/agency-cover-exceeds` (warning): `NoAgencyFTE` (agency workers covering vacancies)
 *   is more than the FTE of agency workers in post at the reference date, or more than
 *   `NumberOfVacancies`; `value` and `limit` give both. The value is kept, and the share it
 *   would give (over 100%) is unavailable in the metrics.
 *
 * @category Workforce
 */
export const WORKFORCE_FINDING_CODES = [
  "workforce/malformed-xml",
  "workforce/unsafe-xml",
  "workforce/limit-exceeded",
  "workforce/not-workforce-census",
  "workforce/missing-reference-date",
  "workforce/invalid-value",
  "workforce/repeated-element",
  "workforce/worker-dropped",
  "workforce/worker-without-id",
  "workforce/unknown-element",
  "workforce/elements-not-kept",
  "workforce/agency-cover-exceeds",
] as const;

/**
 * A workforce census finding code (see {@link WORKFORCE_FINDING_CODES}).
 *
 * @category Workforce
 */
export type WorkforceFindingCode = (typeof WORKFORCE_FINDING_CODES)[number];
