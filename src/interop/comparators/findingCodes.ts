/**
 * Every finding code of {@link parseComparatorsCsv}. Stable once released.
 *
 * - `comparators/malformed-csv`: the text is not CSV (a quoted cell that does not end, a cell
 *   over the limit); reading stopped at that line.
 * - `comparators/missing-header`: the file is empty, or its first row is not the header (a
 *   required column is missing: `metric_id`, `period`, `area`, `value`, `source`); nothing is read.
 * - `comparators/duplicate-column`: the header names a column twice; nothing is read.
 * - `comparators/unknown-column` (info): a column the format does not define; ignored.
 * - `comparators/wrong-cell-count`: a row with more or fewer cells than the header; left out.
 * - `comparators/unknown-metric` (warning): a `metric_id` that is not one of kinsafe's metrics
 *   (nor a breakdown path under one); the row is left out.
 * - `comparators/invalid-period`: a `period` that is not a collection year `YYYY-YY` (e.g.
 *   `2024-25`); left out.
 * - `comparators/invalid-value`: a `value` that is not a plain number (digits, an optional
 *   decimal point; no thousands separators, no `%`); left out.
 * - `comparators/out-of-range`: a negative value, or a percentage over 100; left out.
 * - `comparators/invalid-symbol`: a `symbol` other than `c`, `x`, `z`, `low` or `u`; left out.
 * - `comparators/missing-value`: neither a value nor a symbol, or an empty `area` or `source`
 *   (every figure must say whose it is and where it comes from); left out.
 * - `comparators/value-and-symbol` (warning): both a value and a symbol; the value is kept and
 *   the symbol dropped.
 * - `comparators/duplicate-row` (warning): a second row for the same metric, period and area;
 *   the first is kept.
 *
 * @category Comparators
 */
export const COMPARATOR_FINDING_CODES = [
  "comparators/malformed-csv",
  "comparators/missing-header",
  "comparators/duplicate-column",
  "comparators/unknown-column",
  "comparators/wrong-cell-count",
  "comparators/unknown-metric",
  "comparators/invalid-period",
  "comparators/invalid-value",
  "comparators/out-of-range",
  "comparators/invalid-symbol",
  "comparators/missing-value",
  "comparators/value-and-symbol",
  "comparators/duplicate-row",
] as const;

/**
 * A comparators finding code (see {@link COMPARATOR_FINDING_CODES}). Like `ReturnsFindingCode`, it is
 * not in the main entry's `FindingCode` union, so that the main entry's types do not depend on
 * this entry's: `FindingCode | ComparatorFindingCode` covers both.
 *
 * @category Comparators
 */
export type ComparatorFindingCode = (typeof COMPARATOR_FINDING_CODES)[number];
