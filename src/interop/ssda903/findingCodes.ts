/**
 * Every finding code the SSDA903 reader and writer can return. Stable once released.
 *
 * - `ssda903/malformed-xml`, `ssda903/unsafe-xml`, `ssda903/malformed-csv`,
 *   `ssda903/limit-exceeded`: reading of one file stopped; rows read before that are kept.
 * - `ssda903/unknown-table`: a CSV whose columns match no SSDA903 table; its rows are not read.
 * - `ssda903/missing-column`: a table without a column it needs; its rows are not read.
 * - `ssda903/missing-specified-column`: a CSV table without a column the specification of its
 *   year requires but its rows can be read without (an episodes file without `DEC` or `REC`, a
 *   header file without `DOB`): one error per file naming the columns (`field`); the rows are
 *   read, and what needs the column cannot be told from the file (without `DEC` every episode
 *   would look open).
 * - `ssda903/duplicate-column`: a CSV that names a column of its table twice (`CHILD,CHILD,…`);
 *   which of the two holds the value is unknown, so its rows are not read.
 * - `ssda903/ragged-row`: a CSV row with more or fewer cells than the header row (one finding
 *   per row); missing cells are read as empty, extra cells are not read (`extra` counts the
 *   non-empty ones).
 * - `ssda903/columns-not-kept`: columns that are read but not kept (e.g. liia-tools' `LA`).
 * - `ssda903/invalid-value`: a date or code of the wrong kind; left out.
 * - `ssda903/row-dropped`: a row without a value it cannot exist without (`CHILD`, `DECOM`,
 *   `RNE`, `LS`, `PLACE`, `REVIEW`, `MIS_START`…); left out.
 * - `ssda903/child-without-header`: rows for a child who is not in the Header table; kept.
 * - `ssda903/duplicate-row`: the same row twice in one return; kept once.
 * - `ssda903/conflicting-header`: two header rows (or XML `CHILD`s) for one child in one return
 *   that give a field (`DOB`, `SEX`, `ETHNIC`, `UPN`…) different values; one finding per field.
 *   The rows are merged into one: the later row's value is kept, fields only one row gives are
 *   kept from it.
 * - `ssda903/conflicting-row`: two rows for one child in one return of a table that holds one
 *   row per child (UASC, OC2, OC3, AD1, previous permanence) that give a field different values;
 *   one finding per field. The rows are merged into one as header rows are: the later row's value
 *   is kept, fields only one row gives are kept from it. (The same row twice is
 *   `ssda903/duplicate-row`.)
 * - `ssda903/repeated-element`: an XML element given twice where one is expected (a second
 *   `HEADER` in a `CHILD`, `DECOM` or `PL` twice in an `EPISODE`); the last value is kept.
 * - `ssda903/rows-superseded`: rows of an earlier return replaced by a later return's version
 *   (one finding per table, with the count).
 * - `ssda903/overlapping-episodes`: a child's episodes overlap in time; named by the file and
 *   line of the episode that starts before the one before it has ended.
 * - `ssda903/date-out-of-order`: a date that cannot be right: an end before its start (`DEC`
 *   before `DECOM`, `MIS_END` before `MIS_START`, `SW_DEC` before `SW_DECOM`, `DOLO_END` before
 *   `DOLO_START`) or an episode starting before the child's date of birth; `field` and `value` name the date, `other` and `otherValue` the one it
 *   contradicts. The row is kept.
 * - `ssda903/unknown-element`: an XML element SSDA903 does not define; skipped.
 * - `ssda903/children-not-matched`: children not found among the CIN records they were to be
 *   attached to (one finding, with the count and the SSDA903 `files`; `file` when there is
 *   one); they are added as records of their own. Not given when `attachTo` is empty.
 *
 * @category SSDA903
 */
export const SSDA903_FINDING_CODES = [
  "ssda903/malformed-xml",
  "ssda903/unsafe-xml",
  "ssda903/malformed-csv",
  "ssda903/limit-exceeded",
  "ssda903/unknown-table",
  "ssda903/missing-column",
  "ssda903/missing-specified-column",
  "ssda903/duplicate-column",
  "ssda903/ragged-row",
  "ssda903/columns-not-kept",
  "ssda903/invalid-value",
  "ssda903/row-dropped",
  "ssda903/child-without-header",
  "ssda903/duplicate-row",
  "ssda903/conflicting-header",
  "ssda903/conflicting-row",
  "ssda903/repeated-element",
  "ssda903/rows-superseded",
  "ssda903/overlapping-episodes",
  "ssda903/date-out-of-order",
  "ssda903/unknown-element",
  "ssda903/children-not-matched",
] as const;

/**
 * An SSDA903 finding code (see {@link SSDA903_FINDING_CODES}).
 *
 * @category SSDA903
 */
export type Ssda903FindingCode = (typeof SSDA903_FINDING_CODES)[number];
